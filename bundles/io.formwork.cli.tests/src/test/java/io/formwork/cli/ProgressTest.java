package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProgressTest {

	@Test
	void eachStepRedrawsTheBarInPlaceAndTheEndErasesIt() {
		StringWriter err = new StringWriter();
		ValidateCommand.Progress progress = new ValidateCommand.Progress(new PrintWriter(err), 3, true);
		progress.step(Path.of("filings/a-long-name.json"));
		progress.step(Path.of("filings/b.json"));
		progress.step(Path.of("c.csv"));
		progress.done();
		String[] draws = err.toString().split("\r", -1);
		assertThat(draws).hasSize(6);
		assertThat(draws[1]).isEqualTo("[" + " ".repeat(30) + "] 0/3 a-long-name.json");
		assertThat(draws[2]).startsWith("[" + "#".repeat(10) + " ".repeat(20) + "] 1/3 b.json");
		assertThat(draws[3]).startsWith("[" + "#".repeat(20) + " ".repeat(10) + "] 2/3 c.csv");
		// a shorter line covers what the longer one before it left on the screen
		assertThat(draws[2]).hasSameSizeAs(draws[1]);
		assertThat(draws[3]).hasSameSizeAs(draws[1]);
		assertThat(draws[4]).isBlank().hasSameSizeAs(draws[1]);
		assertThat(draws[5]).isEmpty();
	}

	@Test
	void nothingIsDrawnWhenNotOnATerminal() {
		StringWriter err = new StringWriter();
		ValidateCommand.Progress progress = new ValidateCommand.Progress(new PrintWriter(err), 3, false);
		progress.step(Path.of("a.json"));
		progress.done();
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void nothingIsDrawnForASingleFiling() {
		StringWriter err = new StringWriter();
		ValidateCommand.Progress progress = new ValidateCommand.Progress(new PrintWriter(err), 1, true);
		progress.step(Path.of("a.json"));
		progress.done();
		assertThat(err.toString()).isEmpty();
	}
}
