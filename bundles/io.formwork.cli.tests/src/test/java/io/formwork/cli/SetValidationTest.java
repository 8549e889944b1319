package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * formwork validate --set on examples/province: two years across the 2020→2021 change of format, a hierarchy
 * of consolidated reports, one planted carry-over break and one planted imbalance (see its README).
 */
class SetValidationTest {

	static final Path ROOT = ValidateCommandTest.EXAMPLES;
	static final Path PROVINCE = ROOT.resolve("examples/province");

	static String relative(String text) {
		return text.replace(ROOT + "/", "");
	}

	static void compare(String actual, Path expected) throws IOException {
		if (Boolean.getBoolean("formwork.updateExpected")) {
			Files.writeString(expected, actual, StandardCharsets.UTF_8);
		}
		assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

	@Test
	void theProvincesFilingsGiveTheirStoredFindings() throws IOException {
		CliRun run = CliRun.of("validate", "--lang", "en", "--set", PROVINCE.toString());
		compare(relative(run.out()), PROVINCE.resolve("expected/validate.en.txt"));
		assertThat(run.err()).isEmpty();
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void theCarryOverBreakIsFoundAcrossTheChangeOfFormatAndUpTheHierarchy() {
		CliRun run = CliRun.of("validate", "--lang", "en", "--set", PROVINCE.toString());
		assertThat(run.out())
				.contains("2021/xizhou-shimen.filing:20:22: warning [R6] Natural persons: carried in this year (4) differs from last year's carried over (2)")
				.contains("2021/xizhou.filing:20:22: warning [R6] Natural persons: carried in this year (9) differs from last year's carried over (7)")
				.contains("2021/province.filing:20:22: warning [R6] Natural persons: carried in this year (20) differs from last year's carried over (18)");
		assertThat(run.out().lines().filter(l -> l.contains("[R6]"))).hasSize(6);
	}

	@Test
	void theImbalanceIsReportedForItsOneCellWithTheChildrensFigures() {
		CliRun run = CliRun.of("validate", "--lang", "zh", "--set", PROVINCE.toString());
		assertThat(run.out().lines().filter(l -> l.contains("[AGG]")).toList()).containsExactly(relativeTo(
				"examples/province/2021/nanzhou.filing:12:21: 错误 [AGG] t2_6[penalty, decisions]（第二十条第（六）项 行政处罚 / 本年处理决定数量）：南州市 填报 3853，下级合计 3838，差额 15（南州市白水县 1509、南州市云溪县 2329）"));
	}

	private static String relativeTo(String path) {
		return ROOT + "/" + path;
	}

	@Test
	void theSummaryIsOneSelfContainedPageWithAChart(@TempDir Path dir) throws IOException {
		Path html = dir.resolve("summary.html");
		CliRun run = CliRun.of("validate", "--lang", "zh", "--set", PROVINCE.toString(), "--html", html.toString());
		assertThat(run.exit()).isEqualTo(1);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		compare(relative(page), PROVINCE.resolve("expected/summary.zh.html"));
		assertThat(page).contains("<svg").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
		assertThat(page).contains("南州市").contains("3853").contains("3838").contains(">15<");
	}

	@Test
	void oneYearCanBeValidatedWithTheEarlierYearAsItsPreviousPeriod() {
		CliRun run = CliRun.of("validate", "--lang", "en", "--set", PROVINCE.toString(), "--year", "2021");
		assertThat(run.out()).doesNotContain("2020/").endsWith("10 filing(s), 1 error(s), 6 warning(s), 160 not assessable\n");
	}

	@Test
	void aMissingPriorFilingMakesTheCarryOverNotAssessableNotFailed(@TempDir Path dir) throws IOException {
		Path set = copy(dir);
		Files.delete(set.resolve("2020/xizhou-shimen.filing"));
		CliRun run = CliRun.of("validate", "--lang", "en", "--format", "json", "--set", set.toString());
		assertThat(run.out()).doesNotContain("xizhou-shimen.filing\",\n    \"template\" : \"gid_2019\"");
		CliRun text = CliRun.of("validate", "--lang", "en", "--set", set.toString());
		assertThat(text.out()).doesNotContain("xizhou-shimen.filing:20:22: warning [R6]")
				.contains("2021/xizhou.filing:20:22: warning [R6]");
		assertThat(text.err()).contains("no filing of Shimen County, Xizhou (xizhou-shimen) for 2020");
		CliRun explain = CliRun.of("explain", "--lang", "en", "--template",
				ROOT.resolve("examples/gov-info-disclosure/gov-info-disclosure-2021-province.form").toString(), "--rule", "R6",
				set.resolve("2021/xizhou-shimen.filing").toString());
		assertThat(explain.out()).contains("[natural] not assessable").doesNotContain("fail");
	}

	@Test
	void aConsolidatedReportWithAChildMissingCannotBeChecked(@TempDir Path dir) throws IOException {
		Path set = copy(dir);
		Files.delete(set.resolve("2021/nanzhou-yunxi.filing"));
		CliRun run = CliRun.of("validate", "--lang", "en", "--format", "json", "--set", set.toString());
		assertThat(run.out()).contains("Nanzhou consolidates its children, but these filings are missing: Yunxi County, Nanzhou")
				.doesNotContain("imbalance 15");
	}

	@Test
	void theSummaryIsNeverWrittenOverAnInput() throws IOException {
		Path filing = PROVINCE.resolve("2021/nanzhou.filing");
		String before = Files.readString(filing);
		CliRun run = CliRun.of("validate", "--set", PROVINCE.toString(), "--html", filing.toString());
		assertThat(run.err()).contains("is an input; refusing to overwrite it");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(Files.readString(filing)).isEqualTo(before);
	}

	@Test
	void aSetWithoutTemplatesIsAClearMessage(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("2021"));
		Files.copy(PROVINCE.resolve("2021/nanzhou.filing"), dir.resolve("2021/nanzhou.filing"));
		CliRun run = CliRun.of("validate", "--set", dir.toString());
		assertThat(run.err()).contains("no template: list them in formwork-set.json or name one with --template");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void aManifestImplyingAnotherPreviousPeriodThanTheFilingsStateIsAWarningAtItsEntry(@TempDir Path dir) throws IOException {
		Path set = copy(dir);
		String templates = ROOT.resolve("examples/gov-info-disclosure").toString();
		// "x" filed 2020/xizhou.filing (西州市) and 2021/xizhou-shimen.filing (西州市石门县), says the manifest
		Files.writeString(set.resolve("formwork-set.json"), """
				{
				  "templates": ["%s/gov-info-disclosure-2019.form", "%s/gov-info-disclosure-2021-province.form"],
				  "filings": [
				    { "body": "x", "year": 2020, "file": "2020/xizhou.filing" },
				    { "body": "y", "year": 2020, "file": "2020/xizhou-shimen.filing" },
				    { "body": "x", "year": 2021, "file": "2021/xizhou-shimen.filing" }
				  ]
				}
				""".formatted(templates, templates), StandardCharsets.UTF_8);
		Files.delete(set.resolve("bodies.json"));
		CliRun run = CliRun.of("validate", "--lang", "en", "--set", set.toString());
		assertThat(run.out()).contains(set.resolve("formwork-set.json") + ":6:5: warning [set.filing] This filing states 西州市石门县, 2021; "
				+ "its previous period, paired by the body and year the filings state, is " + set.resolve("2020/xizhou-shimen.filing")
				+ " (stating 西州市石门县, 2020), but the manifest lists " + set.resolve("2020/xizhou.filing")
				+ " (stating 西州市, 2020) as x's filing of the year before; the filings' statement is followed");
		// the filings' pairing: Shimen's own carry-over break is found
		assertThat(run.out()).contains("2021/xizhou-shimen.filing:20:22: warning [R6] Natural persons: carried in this year (4) differs from last year's carried over (2)");
		assertThat(run.exit()).isEqualTo(0);
		CliRun zh = CliRun.of("validate", "--lang", "zh", "--set", set.toString());
		assertThat(zh.out()).contains(":6:5: 警告 [set.filing] 本填报声明西州市石门县、2021 年，按填报声明的单位和年度配对的上期是 ");
	}

	/** The province's set in a folder of its own, its manifest naming the templates by absolute path. */
	static Path copy(Path dir) throws IOException {
		Path set = dir.resolve("province");
		try (Stream<Path> files = Files.walk(PROVINCE)) {
			for (Path file : files.toList()) {
				Path target = set.resolve(PROVINCE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		String manifest = Files.readString(set.resolve("formwork-set.json"), StandardCharsets.UTF_8)
				.replace("\"../gov-info-disclosure/", "\"" + ROOT.resolve("examples/gov-info-disclosure") + "/");
		Files.writeString(set.resolve("formwork-set.json"), manifest, StandardCharsets.UTF_8);
		return set;
	}
}
