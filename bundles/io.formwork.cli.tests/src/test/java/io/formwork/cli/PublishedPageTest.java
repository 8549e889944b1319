package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages of the readers' corpus (bundles/io.formwork.forms.tests/src/test/resources/pages) with inconsistencies
 * planted in them, through {@code formwork validate}: the CLI gives the findings the corpus expects (what the
 * shared reading gives; BuilderTest checks the Eclipse builder's markers for the same page), each message quoting
 * the sentence its figure was read from.
 */
class PublishedPageTest {

	static final Path PAGES = ValidateCommandTest.EXAMPLES.resolve("bundles/io.formwork.forms.tests/src/test/resources/pages");
	/** "finding warning [R8_granted] 7:39 (段落 paragraph): message" lines of a page's expected output. */
	private static final Pattern EXPECTED = Pattern.compile("^finding (error|warning) \\[([^\\]]+)\\] .*?: (.*)$");
	/** "file:line:col (cell): warning [R8_granted] message" lines of the CLI's output. */
	private static final Pattern REPORTED = Pattern.compile("^.*?: (error|warning) \\[([^\\]]+)\\] (.*)$");

	@ParameterizedTest
	@ValueSource(strings = { "word-error-narrative.docx", "error-narrative.html", "error-review.html" })
	void aPageWithPlantedInconsistenciesGivesTheCorpusFindingsQuotingTheirSentences(String page) throws IOException {
		List<String> expected = new ArrayList<>();
		for (String line : Files.readAllLines(PAGES.resolve(page + ".expected"), StandardCharsets.UTF_8)) {
			Matcher m = EXPECTED.matcher(line);
			if (m.matches()) {
				expected.add(m.group(1) + " [" + m.group(2) + "] " + m.group(3));
			}
		}
		CliRun run = CliRun.of("validate", "--lang", "en", "--template",
				ValidateCommandTest.EXAMPLES.resolve(ValidateCommandTest.DIR + "/gov-info-disclosure-2021.form").toString(),
				PAGES.resolve(page).toString());
		List<String> reported = new ArrayList<>();
		for (String line : run.out().split("\n")) {
			Matcher m = REPORTED.matcher(line);
			if (m.matches() && m.group(2).startsWith("R")) {
				reported.add(m.group(1) + " [" + m.group(2) + "] " + m.group(3));
			}
		}
		assertThat(expected).isNotEmpty().allMatch(e -> e.contains("「") && e.contains("」"));
		assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(run.exit()).as("warnings only").isZero();
	}
}
