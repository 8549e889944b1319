package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * formwork form: the example forms (blank, and filled from the example filings) are generated here rather
 * than committed, validated, and compared with the output stored in examples/…/expected/forms/.
 * Regenerate the stored output with -Dformwork.updateExpected=true and review the diff.
 */
class FormCommandTest {

	static final Path EXAMPLES = ValidateCommandTest.EXAMPLES;
	static final String DIR = ValidateCommandTest.DIR;

	@TempDir
	static Path forms;

	/** Every example form: blank-2019.docx …, example-county-2019.xlsx …, made once for the class. */
	static List<String> names() {
		List<String> names = new ArrayList<>();
		for (String kind : new String[] { "docx", "xlsx" }) {
			names.add("blank-2019." + kind);
			names.add("blank-2021." + kind);
			for (String filing : new String[] { "example-county-2019", "example-county-2019-error", "example-city-2021",
					"example-city-2021-error" }) {
				names.add(filing + "." + kind);
			}
		}
		return names;
	}

	static String template(String name) {
		return EXAMPLES.resolve(DIR + "/gov-info-disclosure-" + (name.contains("2019") ? "2019" : "2021") + ".form").toString();
	}

	@BeforeAll
	static void generateTheExampleForms() {
		for (String name : names()) {
			List<String> args = new ArrayList<>(List.of("form", "--template", template(name), "--out", forms.resolve(name).toString()));
			if (!name.startsWith("blank")) {
				args.add("--fill");
				args.add(EXAMPLES.resolve(DIR + "/filings/" + name.substring(0, name.lastIndexOf('.')) + ".json").toString());
			}
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertThat(run.err()).as(name).isEmpty();
			assertThat(run.exit()).as(name).isZero();
		}
	}

	@ParameterizedTest
	@MethodSource("names")
	void everyExampleFormGivesItsStoredFindings(String name) throws IOException {
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", template(name), forms.resolve(name).toString());
		String actual = run.out().replace(forms + "/", "forms/");
		Path expected = EXAMPLES.resolve(DIR + "/expected/forms/" + name + ".txt");
		if (Boolean.getBoolean("formwork.updateExpected")) {
			Files.createDirectories(expected.getParent());
			Files.writeString(expected, actual);
		}
		assertThat(actual).isEqualTo(Files.readString(expected));
		assertThat(run.exit()).isEqualTo(name.contains("error") ? 1 : 0);
	}

	@Test
	void theSameFilingAsJsonHtmlDocxAndXlsxGivesTheSameFindings() throws IOException {
		String json = EXAMPLES.resolve(DIR + "/filings/example-city-2021-error.json").toString();
		String html = EXAMPLES.resolve(DIR + "/filings/example-city-2021-error.html").toString();
		List<String> findings = new ArrayList<>();
		for (String file : new String[] { json, html, forms.resolve("example-city-2021-error.docx").toString(),
				forms.resolve("example-city-2021-error.xlsx").toString() }) {
			CliRun run = CliRun.of("validate", "--format", "json", "--template", template("2021"), file);
			assertThat(run.exit()).as(file).isEqualTo(1);
			findings.add(findings(run.out()));
		}
		assertThat(findings.get(0)).contains("R1").contains("R3").contains("R8_requests");
		assertThat(findings).allMatch(f -> f.equals(findings.get(0)));
	}

	@Test
	void aCleanFilingAsHtmlAndJsonGivesTheSameFindings() throws IOException {
		List<String> findings = new ArrayList<>();
		for (String file : new String[] { "example-county-2019.json", "example-county-2019.html" }) {
			CliRun run = CliRun.of("validate", "--format", "json", "--template", template("2019"),
					EXAMPLES.resolve(DIR + "/filings/" + file).toString());
			assertThat(run.exit()).as(file).isZero();
			findings.add(findings(run.out()));
		}
		assertThat(findings.get(1)).isEqualTo(findings.get(0));
	}

	/**
	 * An operand's value as a number: "12863700元" on a page is 1286.3700 万元, printed to the yuan, where the
	 * JSON filing states 1286.37; the same figure, at another printed precision.
	 */
	private static String number(JsonNode value) {
		return value.isNull() ? "blank" : new java.math.BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
	}

	/** Rule, instance, status, the two sides and the operands' values of every finding, locations left aside. */
	private static String findings(String jsonReport) throws IOException {
		JsonNode report = new ObjectMapper().readTree(jsonReport);
		StringBuilder out = new StringBuilder();
		for (JsonNode filing : report.path("filings")) {
			for (JsonNode finding : filing.path("findings")) {
				out.append(finding.path("ruleId").asText()).append(' ').append(finding.path("instance").asText()).append(' ')
						.append(finding.path("status").asText()).append(' ').append(finding.path("left").asText()).append(' ')
						.append(finding.path("right").asText());
				for (JsonNode operand : finding.path("operands")) {
					out.append(' ').append(operand.path("address").asText()).append('=').append(number(operand.path("value")));
				}
				out.append('\n');
			}
		}
		return out.toString();
	}

	@Test
	void aFormIsNeverWrittenOverAnInput() {
		String filing = EXAMPLES.resolve(DIR + "/filings/example-city-2021.json").toString();
		CliRun run = CliRun.of("form", "--template", template("2021"), "--fill", filing, "--out", filing);
		assertThat(run.err()).contains("is an input; refusing to overwrite it");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void anUnknownFormKindIsBadUsage() {
		CliRun run = CliRun.of("form", "--template", template("2021"), "--out", forms.resolve("form.pdf").toString());
		assertThat(run.err()).contains(".docx or .xlsx");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void aFileThatIsNotAFormExitsWithTwoAndALocatedMessageNeverAStackTrace() throws IOException {
		Path bad = forms.resolve("not-a-form.xlsx");
		Files.writeString(bad, "name,value\nx,1\n");
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", template("2021"), bad.toString());
		assertThat(run.out()).contains(bad + ": error [filing.unreadable] Not a XLSX file");
		assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(run.exit()).isEqualTo(2);
	}


	@Test
	void aFilledFormFindsTheTemplateItNamesInAFolderOfTemplates() {
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", EXAMPLES.resolve(DIR).toString(),
				forms.resolve("example-county-2019-error.xlsx").toString(), forms.resolve("example-city-2021.docx").toString());
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("example-county-2019-error.xlsx (gid_2019, 2019, 示例县人民政府办公室)").contains("[R2]")
				.contains("example-city-2021.docx (gid_2021, 2021, 示例市人民政府办公室)").doesNotContain("wrongTemplate");
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void aPageThatNamesNoTemplateGetsTheOneInForceInTheYearItStates() {
		String page = EXAMPLES.resolve(DIR + "/filings/example-county-2019.html").toString();
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", EXAMPLES.resolve(DIR).toString(), page);
		assertThat(run.out()).contains("example-county-2019.html (gid_2019)").doesNotContain("filing.noTemplate");
		assertThat(run.exit()).isEqualTo(0);
	}

	@Test
	void aFileThatNamesNoTemplateAndStatesNoYearNeedsOneNamed(@TempDir Path dir) throws IOException {
		Path page = dir.resolve("report.html");
		Files.writeString(page, "<html><head><title>政府信息公开工作年度报告</title></head><body><p>正文</p></body></html>");
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", EXAMPLES.resolve(DIR).toString(), page.toString());
		assertThat(run.out()).contains("error [filing.noTemplate]").contains("names no template");
		assertThat(run.exit()).isEqualTo(2);
	}
}
