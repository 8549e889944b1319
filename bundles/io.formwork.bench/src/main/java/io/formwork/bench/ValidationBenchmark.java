package io.formwork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;

import io.formwork.bench.generated.Gid2021Filing;
import io.formwork.bench.generated.Gid2021Validator;
import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;
import io.formwork.runtime.engine.BoundFiling;
import io.formwork.runtime.engine.Engine;

/**
 * Validation alone: the benchmark set read beforehand into each validator's input (runtime filings, typed
 * filings, {@code int} arrays), then validated; one operation is one filing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ValidationBenchmark {

	Engine engine;
	Gid2021Validator generated;
	Filing[] filings;
	/** The filings bound to the engine's slots beforehand, as {@link #typed} are for the generated validator. */
	BoundFiling[] bound;
	Gid2021Filing[] typed;
	int[][] primitive;

	/** Each thread's status array. */
	@State(Scope.Thread)
	public static class Out {
		final byte[] statuses = new byte[HandWritten.INSTANCES];
	}

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		Subjects subjects = Subjects.get();
		engine = subjects.engine();
		generated = subjects.generated();
		Path[] folder = new Path[1];
		List<Path> files = Benchmarks.writeSet(folder);
		try {
			JsonFilingReader reader = new JsonFilingReader();
			filings = files.stream().map(reader::read).toArray(Filing[]::new);
			typed = new Gid2021Filing[filings.length];
			bound = new BoundFiling[filings.length];
			primitive = new int[filings.length][];
			for (int i = 0; i < filings.length; i++) {
				typed[i] = Gid2021Filing.fromFiling(filings[i]);
				bound[i] = engine.bind(filings[i]);
				primitive[i] = HandWritten.read(Files.readAllBytes(files.get(i)));
			}
		} finally {
			Benchmarks.delete(folder[0]);
		}
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int handWritten(Out out) {
		int failed = 0;
		for (int[] v : primitive) {
			failed += HandWritten.check(v, out.statuses);
		}
		return failed;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int generated(Out out) {
		int errors = 0;
		for (Gid2021Filing filing : typed) {
			errors += generated.check(filing, null, out.statuses);
		}
		return errors;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void generatedFindings(Blackhole blackhole) {
		for (Gid2021Filing filing : typed) {
			blackhole.consume(generated.findings(filing, null));
		}
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void engine(Blackhole blackhole) {
		for (Filing filing : filings) {
			blackhole.consume(engine.validate(filing));
		}
	}

	/** The engine's statuses on filings bound beforehand ({@code Engine.bind}), as the generated one is timed. */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int engineCheck(Out out) {
		int errors = 0;
		for (BoundFiling filing : bound) {
			errors += engine.check(filing, null, out.statuses);
		}
		return errors;
	}

	/**
	 * Issue 14's full findings for the instances that do not pass ({@link io.formwork.runtime.engine.Engine#validateNonPassing}:
	 * {@code check}'s statuses first, then the exact finding, both messages, for each failure and each instance
	 * not assessable; passes only counted): what every door reports. Compare with {@link #engineBindAndCheck}.
	 */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void engineNonPassing(Blackhole blackhole) {
		for (Filing filing : filings) {
			blackhole.consume(engine.validateNonPassing(filing, null));
		}
	}

	/** The engine's statuses from the runtime's filings: binding (a hash lookup per fact) included. */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int engineBindAndCheck(Out out) {
		int errors = 0;
		for (Filing filing : filings) {
			errors += engine.check(filing, null, out.statuses);
		}
		return errors;
	}
}
