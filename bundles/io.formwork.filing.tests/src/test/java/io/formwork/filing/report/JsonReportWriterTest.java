package io.formwork.filing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.formwork.filing.Expected;

class JsonReportWriterTest {

	private static String write() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new JsonReportWriter().write(WriterFixture.results(), out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aRunIsWrittenAsExpected() throws IOException {
		Expected.assertMatches(WriterFixture.FOLDER.resolve("report.json"), write());
	}

	@Test
	void everyFindingIsThereWithExactNumbersAndBothMessages() throws IOException {
		JsonNode report = new ObjectMapper().readTree(write());
		assertThat(report.get("format").asText()).isEqualTo("formwork-report/1");
		JsonNode a = report.get("filings").get(0);
		assertThat(a.get("findings")).extracting(f -> f.get("ruleId").asText() + " " + f.get("instance").asText()
				+ " " + f.get("status").asText())
				.containsExactly("R1 natural fail", "R1 business notAssessable", "R2  notAssessable", "R3  pass");
		JsonNode natural = a.get("findings").get(0);
		assertThat(natural.get("left").asText()).isEqualTo("15");
		assertThat(natural.get("right").asText()).isEqualTo("14");
		assertThat(natural.get("difference").asText()).isEqualTo("1");
		assertThat(natural.get("operands").get(0).get("location").get("line").asInt()).isEqualTo(7);
		assertThat(natural.get("message").get("en").asText()).contains("Natural persons: 15 ≠ 14");
		JsonNode blank = a.get("findings").get(1).get("operands").get(0);
		assertThat(blank.get("address").asText()).isEqualTo("t3[received, business]");
		assertThat(blank.get("value").isNull()).isTrue();
		assertThat(report.get("totals").get("errors").asInt()).isEqualTo(4);
	}
}
