package io.formwork.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;

/**
 * Trevas in memory on the benchmark set, as one batch (VTL works on datasets of many filings): validation alone
 * (the datasets built beforehand) and end to end (JSON files read by Formwork's reader, datasets built, rules
 * run). One operation is one filing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class TrevasBenchmark {

	final JsonFilingReader reader = new JsonFilingReader();
	Path folder;
	List<Path> files;
	Vtl.Data data;

	/** Each thread's VTL engine. */
	@State(Scope.Thread)
	public static class Engine {
		final Vtl vtl = new Vtl();
	}

	@Setup(Level.Trial)
	public void setUp() {
		Path[] made = new Path[1];
		files = Benchmarks.writeSet(made);
		folder = made[0];
		data = Vtl.datasets(files.stream().map(reader::read).toList());
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		Benchmarks.delete(folder);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public byte[][] trevas(Engine engine) {
		return engine.vtl.check(data);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public byte[][] trevasEndToEnd(Engine engine) {
		List<Filing> filings = new ArrayList<>(files.size());
		for (Path file : files) {
			filings.add(reader.read(file));
		}
		return engine.vtl.check(Vtl.datasets(filings));
	}
}
