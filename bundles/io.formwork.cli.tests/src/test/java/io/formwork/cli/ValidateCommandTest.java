package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "example-county-2019-error", "example-city-2021-error" })
	void theSameFilingInThreeFormatsGivesTheSameFindings(String name) {
		List<String> json = findings(name + ".json");
		assertThat(json).isNotEmpty();
		assertThat(findings(name + ".csv")).isEqualTo(json);
		assertThat(findings(name + ".filing")).isEqualTo(json);
	}

	@Test
	void aFilingWithoutAnExtensionIsReadInTheFormatItsContentShows(@org.junit.jupiter.api.io.TempDir Path dir)
			throws IOException {
		for (String format : List.of("json", "csv", "filing")) {
			Path copy = dir.resolve("city-" + format);
			Files.copy(EXAMPLES.resolve(DIR + "/filings/example-city-2021-error." + format), copy);
			CliRun run = CliRun.of("validate", "--lang", "en", "--template",
					EXAMPLES.resolve(template("2021")).toString(), copy.toString());
			assertThat(withoutLocations(run.out())).as(format).isEqualTo(findings("example-city-2021-error.json"));
		}
	}

	/** The findings of one example filing as the text report gives them, without the file, line and column. */
	static List<String> findings(String name) {
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", EXAMPLES.resolve(template(name)).toString(),
				EXAMPLES.resolve(DIR + "/filings/" + name).toString());
		assertThat(run.exit()).as(run.err()).isEqualTo(1);
		return withoutLocations(run.out());
	}

	/** The located lines of a text report from the severity on: what was found, not where. */
	static List<String> withoutLocations(String report) {
		return report.lines().filter(l -> l.matches(".*?:\\d+:\\d+: .*"))
				.map(l -> l.replaceFirst("^.*?:\\d+:\\d+: ", "")).toList();
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
