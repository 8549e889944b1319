package io.formwork.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected outputs stored beside their inputs under src/test/resources. Run with
 * {@code -Dformwork.updateExpected=true} to rewrite them from what the code does now, then review the diff.
 */
public final class Expected {

	/** The fixtures, relative to the module (the working directory of tests), as locations print them. */
	public static final Path RESOURCES = Path.of("src/test/resources");

	private Expected() {
	}

	/** {@code json/good.json} with another extension: {@code json/good.expected}. */
	public static Path beside(Path input, String extension) {
		String name = input.getFileName().toString();
		return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
	}

	public static void assertMatches(Path expected, String actual) {
		try {
			if (Boolean.getBoolean("formwork.updateExpected")) {
				Files.writeString(expected, actual, StandardCharsets.UTF_8);
				return;
			}
			assertThat(expected).as("expected output %s", expected).exists();
			assertThat(actual).as("output compared with %s", expected)
					.isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
