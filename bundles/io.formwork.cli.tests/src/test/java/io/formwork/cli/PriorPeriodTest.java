package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Rules over the previous period (R6, R7) with --prior: within one format, and across a change of format. */
class PriorPeriodTest {

	static final Path ROOT = ValidateCommandTest.EXAMPLES;
	static final String DIR = "examples/gov-info-disclosure";
	static final Path PERIODS = Path.of("src/test/resources/periods").toAbsolutePath();

	@Test
	void documentsInForceCarryOnFromLastYearInTheSameFormat() {
		CliRun run = CliRun.of("explain", "--lang", "en", "--template", ROOT.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				"--rule", "R7", "--prior", ROOT.resolve(DIR + "/filings/example-city-2021.filing").toString(),
				PERIODS.resolve("example-city-2022.filing").toString());
		assertThat(run.out()).contains("[regulations] pass").contains("[normative] fail: ")
				.contains("prior t2_1[normative, in_force] = 121")
				.contains("left 130, right 128, difference 2, tolerance 0");
	}

	@Test
	void theCarryOverHoldsAndOnlyThePlantedBreakIsReported() {
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", ROOT.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				"--prior", ROOT.resolve(DIR + "/filings/example-city-2021.filing").toString(),
				PERIODS.resolve("example-city-2022.filing").toString());
		assertThat(run.out().lines().filter(l -> l.contains(": warning [") || l.contains(": error ["))).hasSize(1)
				.allMatch(l -> l.contains("[R7] Administrative normative documents: documents in force (130) must equal last year's plus issued minus repealed (128)"));
		assertThat(run.out()).endsWith("1 filing(s), 0 error(s), 1 warning(s), 14 not assessable\n");
	}

	@Test
	void withoutThePreviousPeriodTheRulesOverItAreNotAssessable() {
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", ROOT.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				PERIODS.resolve("example-city-2022.filing").toString());
		assertThat(run.out()).doesNotContain("[R6]").doesNotContain("[R7]")
				.endsWith("1 filing(s), 0 error(s), 0 warning(s), 23 not assessable\n");
	}

	@Test
	void lastYearInTheOldFormatIsReadThroughTheRevisionChain() {
		// a 2019-format filing as the previous period of a 2021-format one: R6 compares the carried-over row,
		// which both formats have; R7 has nothing to compare in the 2019 format and is not assessable
		CliRun run = CliRun.of("explain", "--lang", "en", "--template", ROOT.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				"--rule", "R6", "--prior", ROOT.resolve(DIR + "/filings/example-county-2019.filing").toString(),
				ROOT.resolve(DIR + "/filings/example-city-2021.filing").toString());
		assertThat(run.out()).contains("prior t3[carried_over, natural] = ").contains("example-county-2019.filing:");
		CliRun r7 = CliRun.of("explain", "--lang", "en", "--template", ROOT.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				"--rule", "R7", "--prior", ROOT.resolve(DIR + "/filings/example-county-2019.filing").toString(),
				ROOT.resolve(DIR + "/filings/example-city-2021.filing").toString());
		assertThat(r7.out()).contains("[regulations] not assessable").contains("[normative] not assessable")
				.contains("prior t2_1[normative, in_force] = (blank)");
	}
}
