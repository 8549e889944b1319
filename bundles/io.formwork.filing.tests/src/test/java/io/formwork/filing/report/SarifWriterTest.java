package io.formwork.filing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.formwork.filing.Expected;
import io.formwork.runtime.Language;

class SarifWriterTest {

	private static String write(Language language) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SarifWriter(language).write(WriterFixture.results(), out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<JsonNode> results() throws IOException {
		JsonNode run = new ObjectMapper().readTree(write(Language.EN)).get("runs").get(0);
		List<JsonNode> results = new ArrayList<>();
		run.get("results").forEach(results::add);
		return results;
	}

	@Test
	void aRunIsWrittenAsExpectedInEnglish() throws IOException {
		Expected.assertMatches(WriterFixture.FOLDER.resolve("report.en.sarif"), write(Language.EN));
	}

	@Test
	void aRunIsWrittenAsExpectedInChinese() throws IOException {
		Expected.assertMatches(WriterFixture.FOLDER.resolve("report.zh.sarif"), write(Language.ZH));
	}

	@Test
	void theLogIsSarif210WithOneRunOfFormwork() throws IOException {
		JsonNode log = new ObjectMapper().readTree(write(Language.EN));
		assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
		assertThat(log.get("version").asText()).isEqualTo("2.1.0");
		assertThat(log.get("runs")).hasSize(1);
		JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
		assertThat(driver.get("name").asText()).isEqualTo("formwork");
		assertThat(driver.has("informationUri")).isFalse();
		List<String> ids = new ArrayList<>();
		driver.get("rules").forEach(rule -> {
			ids.add(rule.get("id").asText());
			assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
		});
		assertThat(ids).containsExactly("filing.unknownKey", "R1", "R2", "R3", "filing.notANumber",
				"filing.unknownCell");
	}

	@Test
	void failedFindingsAndProblemsAreResultsAtTheirLevelAndPassesAreNot() throws IOException {
		assertThat(results()).extracting(r -> r.get("ruleId").asText() + " " + r.get("level").asText())
				.containsExactly("filing.unknownKey warning", "R1 error", "R1 none", "R2 none",
						"filing.notANumber error", "filing.unknownCell error", "R2 warning", "R3 note",
						"R1 error", "R1 none", "R2 none", "R3 note");
	}

	@Test
	void aFindingThatCannotBeAssessedIsNotApplicableNeverAWarning() throws IOException {
		for (JsonNode result : results()) {
			boolean none = result.get("level").asText().equals("none");
			assertThat(result.has("kind")).isEqualTo(none);
			if (none) {
				assertThat(result.get("kind").asText()).isEqualTo("notApplicable");
			}
		}
		JsonNode blank = results().get(2);
		assertThat(blank.get("message").get("text").asText())
				.isEqualTo("Rule R1 (business) cannot be assessed: t3[received, business] is blank");
	}

	@Test
	void aResultIsLocatedInTheFilingAndRelatedToTheRuleInTheTemplate() throws IOException {
		JsonNode natural = results().get(1);
		JsonNode location = natural.get("locations").get(0).get("physicalLocation");
		assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("src/test/resources/writers/a.json");
		assertThat(location.get("region").get("startLine").asInt()).isEqualTo(7);
		assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(48);
		JsonNode rule = natural.get("relatedLocations").get(0).get("physicalLocation");
		assertThat(rule.get("artifactLocation").get("uri").asText()).isEqualTo("templates/demo.form");
		assertThat(rule.get("region").get("startLine").asInt()).isEqualTo(20);
	}

	@Test
	void aSpreadsheetCellIsALogicalLocationAndNoRegion() throws IOException {
		JsonNode spreadsheet = results().get(8).get("locations").get(0);
		assertThat(spreadsheet.get("physicalLocation").get("artifactLocation").get("uri").asText())
				.isEqualTo("reports/c.xlsx");
		assertThat(spreadsheet.get("physicalLocation").has("region")).isFalse();
		assertThat(spreadsheet.get("logicalLocations").get(0).get("name").asText()).isEqualTo("表3!C5");
	}

	@Test
	void aPathIsWrittenAsAUriReference() {
		assertThat(SarifWriter.uri("filings/a.json")).isEqualTo("filings/a.json");
		assertThat(SarifWriter.uri("filings\\2021 年\\示例.json"))
				.isEqualTo("filings/2021%20%E5%B9%B4/%E7%A4%BA%E4%BE%8B.json");
		assertThat(SarifWriter.uri("/srv/filings/a.json")).isEqualTo("file:///srv/filings/a.json");
		assertThat(SarifWriter.uri("platform:/resource/demo/demo.form")).isEqualTo("platform:/resource/demo/demo.form");
	}
}
