package io.formwork.narrative.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.narrative.ClaimSpec;
import io.formwork.narrative.Extraction;
import io.formwork.narrative.NarrativeExtractor;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Problem;

/**
 * Any text, plain or HTML, read with the claims of the 2008 format gives located facts and problems, never an
 * exception, and the same result twice. The first byte of an input chooses plain text (even) or HTML (odd);
 * the rest is the text in UTF-8. The corpus
 * (src/test/resources/io/formwork/narrative/fuzz/NarrativeExtractorFuzzTestInputs) starts from the opening of the
 * seed report (2,000 characters, so that each run stays short), as text and as HTML. Lines end at \n, \r\n or a
 * lone \r, as the extractor counts them.
 */
class NarrativeExtractorFuzzTest {

	/** Read on the first run, after Jazzer's agent is attached, so that the extractor's classes are instrumented. */
	private static List<ClaimSpec> claims;

	@FuzzTest(maxExecutions = 2500)
	void anyTextGivesLocatedFiguresNotExceptions(byte[] input) throws IOException {
		if (claims == null) {
			claims = claims(Path.of(System.getProperty("formwork.fixtures"), "seed", "claims-2008.tsv"));
		}
		if (input.length == 0) {
			return;
		}
		boolean html = (input[0] & 1) == 1;
		String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
		Extraction first = extract(text, html);
		long lines = text.split("\r\n|\r|\n", -1).length;
		for (Fact fact : first.facts()) {
			assertThat(fact.location().line()).as("line of %s", fact).isPositive();
			assertThat(fact.location().column()).as("column of %s", fact).isPositive();
			if (!html) {
				assertThat((long) fact.location().line()).as("line of %s", fact).isLessThanOrEqualTo(lines);
			}
			assertThat(fact.source()).as("sentence of %s", fact).isNotNull();
			assertThat(fact.statedUnit()).as("unit of %s", fact).isNull();
		}
		for (Problem problem : first.problems()) {
			assertThat(problem.zh()).isNotBlank();
			assertThat(problem.en()).isNotBlank();
		}
		assertThat(extract(text, html)).as("the same text read again").isEqualTo(first);
	}

	private static Extraction extract(String text, boolean html) {
		return html ? NarrativeExtractor.extractHtml(text, "input.html", claims)
				: NarrativeExtractor.extract(text, "input.txt", claims);
	}

	/** The fixture format of claims-2008.tsv: name, unit (- for none), section heading, phrases…, tab-separated. */
	private static List<ClaimSpec> claims(Path file) throws IOException {
		List<ClaimSpec> read = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			read.add(new ClaimSpec(fields[0], fields[1].equals("-") ? null : fields[1], fields[2],
					List.of(Arrays.copyOfRange(fields, 3, fields.length))));
		}
		return read;
	}
}
