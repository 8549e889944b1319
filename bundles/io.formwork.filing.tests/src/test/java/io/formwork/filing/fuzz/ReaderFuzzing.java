package io.formwork.filing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.formwork.filing.FilingReader;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;

/**
 * What every filing reader promises for any bytes at all: no exception, and every problem and every fact
 * located in the file (a line, 1-based). A reader that caught an unexpected exception reports it unlocated,
 * so this also fails on the failures a reader hides behind its last-resort catch.
 */
final class ReaderFuzzing {

	private final Path file;

	ReaderFuzzing(String name) {
		try {
			file = Files.createTempDirectory("formwork-fuzz").resolve(name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Filing read(FilingReader reader, byte[] input) throws IOException {
		Files.write(file, input);
		Filing filing = reader.read(file);
		for (Problem problem : filing.problems()) {
			assertThat(problem.location().line()).as("line of %s", problem).isPositive();
			assertThat(problem.zh()).as("zh of %s", problem).isNotBlank();
			assertThat(problem.en()).as("en of %s", problem).isNotBlank();
		}
		for (Fact fact : filing.facts().values()) {
			assertThat(fact.location().line()).as("line of %s", fact).isPositive();
			assertThat(fact.location().file()).isEqualTo(file.toString());
		}
		return filing;
	}
}
