package io.formwork.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;

/**
 * Trevas on Spark in local mode ({@code local[cores]}) on the benchmark set, as one batch: R1–R5 as plain
 * {@code calc} expressions and as datapoint rulesets with {@code check_datapoint}; validation alone (the data
 * frames built and cached in Spark's memory beforehand) and end to end (JSON files read by Formwork's reader,
 * datasets and data frames built, rules run, statuses collected). One operation is one filing. JMH's own
 * threads: one; the parallelism is Spark's. Needs the {@code spark} profile and a Java 17 JVM (see run).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SparkBenchmark {

	/** Spark's local cores. */
	@Param({ "1", "2" })
	public int cores;

	final JsonFilingReader reader = new JsonFilingReader();
	Path folder;
	List<Path> files;
	SparkSession spark;
	SparkVtl vtl;
	Vtl.Data cached;
	Vtl.Data one;

	@Setup(Level.Trial)
	public void setUp() {
		Path[] made = new Path[1];
		files = Benchmarks.writeSet(made);
		folder = made[0];
		spark = SparkVtl.session(cores);
		vtl = new SparkVtl(spark);
		List<Filing> filings = files.stream().map(reader::read).toList();
		cached = SparkVtl.datasets(spark, filings, true);
		one = SparkVtl.datasets(spark, filings.subList(0, 1), true);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		spark.stop();
		Benchmarks.delete(folder);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public byte[][] plain() {
		return vtl.check(cached, SparkVtl.Mode.PLAIN);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public byte[][] checkDatapoint() {
		return vtl.check(cached, SparkVtl.Mode.CHECK_DATAPOINT);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public byte[][] plainEndToEnd() {
		return vtl.check(SparkVtl.datasets(spark, read(), false), SparkVtl.Mode.PLAIN);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public byte[][] checkDatapointEndToEnd() {
		return vtl.check(SparkVtl.datasets(spark, read(), false), SparkVtl.Mode.CHECK_DATAPOINT);
	}

	/** The fixed cost of a batch: the plain rules on a batch of one filing (five Spark jobs). */
	@Benchmark
	public byte[][] plainOneFiling() {
		return vtl.check(one, SparkVtl.Mode.PLAIN);
	}

	/** The same with {@code check_datapoint} (four Spark jobs). */
	@Benchmark
	public byte[][] checkDatapointOneFiling() {
		return vtl.check(one, SparkVtl.Mode.CHECK_DATAPOINT);
	}

	private List<Filing> read() {
		List<Filing> filings = new ArrayList<>(files.size());
		for (Path file : files) {
			filings.add(reader.read(file));
		}
		return filings;
	}
}
