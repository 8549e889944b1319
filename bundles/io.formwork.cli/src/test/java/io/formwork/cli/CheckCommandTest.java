package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CheckCommandTest {

	record Run(int exit, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Formwork.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	static Path examples() {
		return Path.of(System.getProperty("formwork.examples", "../../examples"));
	}

	@Test
	void checkingTheBundledExamplesFindsNoProblem() {
		Run run = run("check", examples().resolve("gov-info-disclosure").toString());
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEqualTo("4 个文件，0 个错误，0 个警告 | 4 file(s), 0 error(s), 0 warning(s)\n");
		assertThat(run.exit()).isZero();
	}

	@Test
	void aBrokenTemplateIsReportedWithItsLocationAndExitCodeOne() {
		Run run = run("check", "src/test/resources/broken/units.form");
		assertThat(run.out()).contains(
				"units.form:16:10: error [formwork.unitMismatch] 不能将件与万元相加。 Cannot add 件 and 万元.");
		assertThat(run.out()).endsWith("1 个文件，1 个错误，0 个警告 | 1 file(s), 1 error(s), 0 warning(s)\n");
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void aMissingPathIsAClearMessageAndExitCodeTwo() {
		Run run = run("check", "no/such/template.form");
		assertThat(run.err()).isEqualTo("no/such/template.form: no such file or folder\n");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void noArgumentsPrintUsageAndExitCodeTwo() {
		Run run = run();
		assertThat(run.err()).contains("Name a command: check, validate or explain").contains("Usage: formwork");
		assertThat(run.exit()).isEqualTo(2);
	}
}
