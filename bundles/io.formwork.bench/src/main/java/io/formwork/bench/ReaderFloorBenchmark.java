package io.formwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
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

import io.formwork.bench.generated.Gid2021Filing;
import io.formwork.filing.JsonFilingReader;

/**
 * The floor under any JSON reader on this machine: what reading the 1,000 benchmark files costs before a reader
 * does anything with them. Reading the bytes alone ({@code Files.readAllBytes}); Jackson's byte parser going
 * through every token without asking for its text; a plain loop over the bytes. The {@code memory} rows do the
 * same on bytes already in memory, to separate the file system from the parsing. Beside them, the fast path of
 * {@link JsonFilingReader#readInto} (which checks the bytes, matches the addresses and parses the figures), on the
 * files and in memory. One operation is one filing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ReaderFloorBenchmark {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	final JsonFilingReader reader = new JsonFilingReader();
	Path folder;
	Path[] files;
	byte[][] bytes;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Path[] made = new Path[1];
		files = Benchmarks.writeSet(made).toArray(Path[]::new);
		folder = made[0];
		bytes = new byte[files.length][];
		for (int i = 0; i < files.length; i++) {
			bytes[i] = Files.readAllBytes(files[i]);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		Benchmarks.delete(folder);
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public long readAllBytes() throws IOException {
		long n = 0;
		for (Path file : files) {
			n += Files.readAllBytes(file).length;
		}
		return n;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public long jacksonTokens() throws IOException {
		long n = 0;
		for (Path file : files) {
			n += tokens(Files.readAllBytes(file));
		}
		return n;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public long byteScan() throws IOException {
		long n = 0;
		for (Path file : files) {
			n += scan(Files.readAllBytes(file));
		}
		return n;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public long jacksonTokensInMemory() throws IOException {
		long n = 0;
		for (byte[] b : bytes) {
			n += tokens(b);
		}
		return n;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public long byteScanInMemory() {
		long n = 0;
		for (byte[] b : bytes) {
			n += scan(b);
		}
		return n;
	}

	@State(Scope.Thread)
	public static class Into {
		final Gid2021Filing typed = new Gid2021Filing();
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int readInto(Into into) {
		int n = 0;
		for (Path file : files) {
			n += reader.readInto(file, into.typed).size();
		}
		return n;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public int readIntoInMemory(Into into) {
		int n = 0;
		for (int i = 0; i < bytes.length; i++) {
			n += reader.readInto(bytes[i], "filing.json", into.typed).size();
		}
		return n;
	}

	@Benchmark
	@OperationsPerInvocation(Benchmarks.FILINGS)
	public long jacksonTextInMemory() throws IOException {
		long n = 0;
		for (byte[] b : bytes) {
			n += text(b);
		}
		return n;
	}

	/**
	 * The least a fast path over Jackson would do: every token, the characters of every name, string and number
	 * (no string made) hashed, the line and column of each value token. Without the UTF-8 check, the layout
	 * lookup, the figures and the filling that {@code readInto} does.
	 */
	static long text(byte[] json) throws IOException {
		long n = 0;
		try (JsonParser parser = JSON.createParser(json)) {
			ParserBase base = (ParserBase) parser;
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING
						|| token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
					char[] chars = parser.getTextCharacters();
					int h = 0;
					for (int i = parser.getTextOffset(), end = i + parser.getTextLength(); i < end; i++) {
						h = 31 * h + chars[i];
					}
					n += h;
					if (token != JsonToken.FIELD_NAME) {
						n += base.getTokenLineNr() + base.getTokenColumnNr();
					}
				}
			}
		}
		return n;
	}

	/** Every token, its text never asked for: what Jackson's byte parser costs at the least. */
	static long tokens(byte[] json) throws IOException {
		long n = 0;
		try (JsonParser parser = JSON.createParser(json)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				n += token.id();
			}
		}
		return n;
	}

	/** A loop over the bytes that counts quotes and line feeds (a reader must look at every byte once). */
	static long scan(byte[] json) {
		long n = 0;
		for (byte b : json) {
			n += b == '"' ? 1 : b == '\n' ? 2 : 0;
		}
		return n;
	}
}
