package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CheckCommandTest {

	static Path examples() {
		return Path.of(System.getProperty("formwork.examples", "../../examples"));
	}

	@Test
	void checkingTheBundledExamplesFindsNoProblem() {
		CliRun run = CliRun.of("check", examples().resolve("gov-info-disclosure").toString());
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).isEqualTo("5 个文件，0 个错误，0 个警告 | 5 file(s), 0 error(s), 0 warning(s)\n");
		assertThat(run.exit()).isZero();
	}

	@Test
	void aBrokenTemplateIsReportedWithItsLocationAndExitCodeOne() {
		CliRun run = CliRun.of("check", "src/test/resources/broken/units.form");
		assertThat(run.out()).contains(
				"units.form:16:10: error [formwork.unitMismatch] 不能将件与万元相加。 Cannot add 件 and 万元.");
		assertThat(run.out()).endsWith("1 个文件，1 个错误，0 个警告 | 1 file(s), 1 error(s), 0 warning(s)\n");
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void aMissingPathIsAClearMessageAndExitCodeTwo() {
		CliRun run = CliRun.of("check", "no/such/template.form");
		assertThat(run.err()).isEqualTo("no/such/template.form: no such file or folder\n");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void noArgumentsPrintUsageAndExitCodeTwo() {
		CliRun run = CliRun.of();
		assertThat(run.err()).contains("Name a command: check, validate, explain, diff or migrate").contains("Usage: formwork");
		assertThat(run.exit()).isEqualTo(2);
	}
}
