package io.formwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;

/**
 * What Spark's start costs, once in a fresh JVM ({@code SingleShotTime}, one fork): starting a local session
 * ({@code local[2]}) and checking one filing with the plain rules, the first jobs included; the session stopped
 * after.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SparkStartBenchmark {

	Path folder;
	List<Filing> filing;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		folder = Files.createTempDirectory("formwork-bench");
		filing = List.of(new JsonFilingReader().read(new FilingGenerator(Benchmarks.SEED).write(1, folder).get(0)));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		Benchmarks.delete(folder);
	}

	@Benchmark
	public byte[][] startAndCheckOneFiling() {
		SparkSession spark = SparkVtl.session(2);
		try {
			return new SparkVtl(spark).check(SparkVtl.datasets(spark, filing, false), SparkVtl.Mode.PLAIN);
		} finally {
			spark.stop();
		}
	}
}
