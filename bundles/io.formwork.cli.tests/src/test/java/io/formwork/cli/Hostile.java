package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the hostile suite needs: its fixtures copied to a scratch folder, hashes of inputs, and no stack traces. */
final class Hostile {

	static final Path FIXTURES = Path.of("src/test/resources/hostile").toAbsolutePath();

	private Hostile() {
	}

	/** Copies fixture folder {@code name} (e.g. "mini") into {@code dir} and returns the copy. */
	static Path copy(String name, Path dir) {
		Path from = FIXTURES.resolve(name);
		Path to = dir.resolve(name);
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return to;
	}

	/** SHA-256 of every regular file under {@code dir} (links not followed), by relative path. */
	static Map<String, String> hashes(Path dir) {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
				hashes.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return hashes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Neither output shows a stack trace or an exception's class name. */
	static void assertNoTrace(CliRun run) {
		for (String text : new String[] { run.out(), run.err() }) {
			assertThat(text).doesNotContain("\tat ", "Exception:", "Exception\n", "Error:", "EClassImpl", "java.lang.");
		}
	}

	/** Runs the command line in-process and checks it left no trace. */
	static CliRun run(String... args) {
		CliRun run = CliRun.of(args);
		assertNoTrace(run);
		return run;
	}

	static String s(Path path) {
		return path.toString();
	}
}
