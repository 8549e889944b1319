package io.formwork.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the validation benchmarks share: the seed, the size of the set, and a folder of its filings. */
public final class Benchmarks {

	/** The seed of the benchmark set. */
	public static final long SEED = 2021;

	/** The filings of the benchmark set: every operation validates all of them (JMH counts each as one). */
	public static final int FILINGS = 1000;

	private Benchmarks() {
	}

	/** The benchmark set written into a new temporary folder, in order. */
	static List<Path> writeSet(Path[] folder) {
		try {
			folder[0] = Files.createTempDirectory("formwork-bench");
			return new FilingGenerator(SEED).write(FILINGS, folder[0]);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes a folder and what is in it. */
	static void delete(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
