package io.formwork.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

	private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

	/** The rows of numbers/cases.tsv: text as printed, what parsing it gives. */
	static Stream<Arguments> cases() throws IOException {
		return Files.readAllLines(Expected.RESOURCES.resolve("numbers/cases.tsv"), StandardCharsets.UTF_8).stream()
				.filter(line -> !line.startsWith("#"))
				.map(line -> line.split("\t", -1))
				.map(columns -> Arguments.of(unescape(columns[0]), columns[1]));
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@MethodSource("cases")
	void aPrintedFigureIsReadAsReportsPrintIt(String text, String expected) {
		assertThat(describe(Numbers.parse(text))).isEqualTo(expected);
	}

	@Test
	void aJsonNumberIsReadExactlyFromItsText() {
		assertThat(describe(Numbers.exact("12.50"))).isEqualTo("12.50 (2)");
		assertThat(describe(Numbers.exact("1.5e2"))).isEqualTo("150 (0)");
		assertThat(describe(Numbers.exact("0.1"))).isEqualTo("0.1 (1)");
	}

	@Test
	void aNumberTooLongToBeAFigureIsRefusedRatherThanExpanded() {
		assertThat(Numbers.exact("1e999999999").ok()).isFalse();
		assertThat(Numbers.exact("1e-200").ok()).isFalse();
		assertThat(Numbers.parse("1" + "0".repeat(100)).ok()).isFalse();
		assertThat(Numbers.parse("1" + "0".repeat(99)).ok()).isTrue();
		assertThat(Numbers.parse("9".repeat(10_000_000)).errorEn()).endsWith("is out of range (at most 100 digits before and after the point)");
	}

	private static String describe(Numbers.Parsed parsed) {
		if (!parsed.ok()) {
			return "notANumber: " + parsed.errorEn();
		}
		if (parsed.value().isBlank()) {
			return "blank";
		}
		return parsed.value() + " (" + parsed.value().decimals() + ")" + (parsed.unit() == null ? "" : " " + parsed.unit());
	}

	private static String unescape(String text) {
		Matcher m = ESCAPE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
		}
		return m.appendTail(out).toString();
	}
}
