package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example filing against its template, compared with the output stored in examples/…/expected/. */
class ValidateCommandTest {

	static final Path EXAMPLES = Path.of("../..").toAbsolutePath().normalize();
	static final String DIR = "examples/gov-info-disclosure";

	static Stream<String> filings() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES.resolve(DIR).resolve("filings"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	static String template(String filing) {
		return DIR + "/gov-info-disclosure-" + (filing.contains("2018") ? "2008" : filing.contains("2019") ? "2019" : "2021") + ".form";
	}

	@ParameterizedTest
	@MethodSource("filings")
	void everyExampleFilingGivesItsStoredFindings(String name) throws IOException {
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", EXAMPLES.resolve(template(name)).toString(),
				EXAMPLES.resolve(DIR + "/filings/" + name).toString());
		String expected = Files.readString(EXAMPLES.resolve(DIR + "/expected/" + name + ".txt"));
		assertThat(run.out().replace(EXAMPLES + "/", "")).isEqualTo(expected);
		assertThat(run.exit()).isEqualTo(name.contains("error") || name.startsWith("pingliang") ? 1 : 0);
	}

	@Test
	void theSeedReportsOnlineRateIsFoundInItsOwnSentence() {
		CliRun run = CliRun.of("validate", "--lang", "zh", "--template", EXAMPLES.resolve(DIR + "/gov-info-disclosure-2008.form").toString(),
				EXAMPLES.resolve(DIR + "/filings/pingliang-2018.txt").toString());
		assertThat(run.out()).contains("错误 [N5] 所述可在线受理率 92.3% 与 611/6622 = 9.23% 不一致");
		assertThat(run.out()).doesNotContain("[N1]", "[N2]", "[N3]", "[N4]", "[N6]");
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void theSameFilingInThreeFormatsGivesTheSameFindings() {
		CliRun run = CliRun.of("validate", "--lang", "en", "--format", "json", "--template",
				EXAMPLES.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				EXAMPLES.resolve(DIR + "/filings/example-city-2021-error.json").toString(),
				EXAMPLES.resolve(DIR + "/filings/example-city-2021-error.csv").toString(),
				EXAMPLES.resolve(DIR + "/filings/example-city-2021-error.filing").toString());
		assertThat(run.err()).isEqualTo("3 filing(s), 6 error(s), 3 warning(s), 27 not assessable\n");
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void anUnreadableFilingExitsWithTwoAndALocatedMessage(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, "{\"template\": \"gid_2021\", \"facts\": [");
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", EXAMPLES.resolve(DIR + "/gov-info-disclosure-2021.form").toString(), bad.toString());
		assertThat(run.out()).contains("bad.json:1:").contains("filing.unreadable");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(Files.readString(bad)).isEqualTo("{\"template\": \"gid_2021\", \"facts\": [");
	}

	@Test
	void theReportIsNeverWrittenOverAnInput() {
		String filing = EXAMPLES.resolve(DIR + "/filings/example-city-2021.json").toString();
		CliRun run = CliRun.of("validate", "--template", EXAMPLES.resolve(DIR + "/gov-info-disclosure-2021.form").toString(), "--output", filing, filing);
		assertThat(run.err()).contains("is an input; refusing to overwrite it");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void explainShowsEveryOperandAndWhereItWasRead() {
		CliRun run = CliRun.of("explain", "--lang", "en", "--template", EXAMPLES.resolve(DIR + "/gov-info-disclosure-2021.form").toString(),
				"--rule", "R1", EXAMPLES.resolve(DIR + "/filings/example-city-2021-error.filing").toString());
		assertThat(run.out()).contains("R1 (").contains("[received] + [carried_in] = [handled] + [carried_over]")
				.contains("[total] fail: ").contains("t3[received, total] = 178  @ ")
				.contains("left 185, right 194, difference -9, tolerance 0");
		assertThat(run.exit()).isEqualTo(1);
	}
}
