package io.formwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.TypedFiling;
import io.formwork.runtime.engine.Engine;

/**
 * End to end: each filing read from its JSON file (in the page cache: a folder of filings written at set-up)
 * and validated; one operation is one filing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class EndToEndBenchmark {

	Engine engine;
	Gid2021Validator generated;
	final JsonFilingReader reader = new JsonFilingReader();
	Path folder;
	Path[] files;

	@State(Scope.Thread)
	public static class Out {
		final byte[] statuses = new byte[HandWritten.INSTANCES];
		/** the typed filing each thread reads into ({@code readInto} empties it first) */
		final Gid2021Filing typed = new Gid2021Filing();
	}

	@Setup(Level.Trial)
	public void setUp() {
		Subjects subjects = Subjects.get();
		engine = subjects.engine();
		generated = subjects.generated();
		Path[] made = new Path[1];
		files = Benchmarks.writeSet(made).toArray(Path[]::new);
		folder = made[0];
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		Benchmarks.delete(folder);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int handWritten(Out out) throws IOException {
		int failed = 0;
		for (Path file : files) {
			failed += HandWritten.check(HandWritten.read(Files.readAllBytes(file)), out.statuses);
		}
		return failed;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int generated(Out out) {
		int errors = 0;
		for (Path file : files) {
			errors += generated.check(Gid2021Filing.fromFiling(reader.read(file)), null, out.statuses);
		}
		return errors;
	}

	/**
	 * The generated validator's statuses, each filing read straight into the typed filing
	 * ({@link JsonFilingReader#readInto}: no {@code Filing}, and in the plain shape no object per fact).
	 */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int generatedReadInto(Out out) {
		int errors = 0;
		for (Path file : files) {
			reader.readInto(file, out.typed);
			errors += generated.check(out.typed, null, out.statuses);
		}
		return errors;
	}

	/** The generated validator's findings over the typed filing read straight from JSON. */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void generatedFindingsReadInto(Out out, Blackhole blackhole) {
		for (Path file : files) {
			reader.readInto(file, out.typed);
			blackhole.consume(generated.findings(out.typed, null));
		}
	}

	/**
	 * The engine's statuses, each filing read straight into a typed filing of the engine's own layout
	 * ({@link Engine#layout()}, {@link FigureSlots#filing}) and checked from it ({@link Engine#check(TypedFiling,
	 * TypedFiling, byte[])}).
	 */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int engineReadInto(EngineOut out) {
		int errors = 0;
		for (Path file : files) {
			reader.readInto(file, out.typed);
			errors += engine.check(out.typed, null, out.statuses);
		}
		return errors;
	}

	/**
	 * The pipeline's fast path for a JSON filing (issue 14): read straight into a typed filing of the engine's layout,
	 * then the findings of the instances that do not pass ({@link Engine#validateNonPassing(TypedFiling, java.util.List,
	 * TypedFiling)}); compare with {@link #engineReadInto}, the statuses alone.
	 */
	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void engineNonPassingReadInto(EngineOut out, Blackhole blackhole) {
		for (Path file : files) {
			blackhole.consume(engine.validateNonPassing(out.typed, reader.readInto(file, out.typed), null));
		}
	}

	@State(Scope.Thread)
	public static class EngineOut {
		final byte[] statuses = new byte[HandWritten.INSTANCES];
		/** a typed filing of the engine's layout, which each thread reads into */
		TypedFiling typed;

		@Setup(Level.Trial)
		public void setUp() {
			typed = FigureSlots.filing(Subjects.get().engine().layout());
		}
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void generatedFindings(Blackhole blackhole) {
		for (Path file : files) {
			blackhole.consume(generated.validate(reader.read(file)));
		}
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public void engine(Blackhole blackhole) {
		for (Path file : files) {
			blackhole.consume(engine.validate(reader.read(file)));
		}
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int engineCheck(Out out) {
		int errors = 0;
		for (Path file : files) {
			errors += engine.check(reader.read(file), null, out.statuses);
		}
		return errors;
	}
}
