package io.formwork.forms.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.forms.FormTemplate;
import io.formwork.forms.HtmlFilingReader;
import io.formwork.forms.Templates;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;

/**
 * Any bytes read as a published page of the 2021 format give located facts and problems, never an exception,
 * and the same filing twice. The corpus (src/test/resources/io/formwork/forms/fuzz/HtmlFilingReaderFuzzTestInputs)
 * starts from a small page with the 2021 format's table 1 and nested tables.
 */
class HtmlFilingReaderFuzzTest {

	private static FormTemplate template;
	private static Path file;

	@FuzzTest(maxExecutions = 1500)
	void anyPageGivesLocatedFiguresNotExceptions(byte[] input) throws IOException {
		if (template == null) {
			template = Templates.of(2021);
			file = Files.createTempDirectory("formwork-fuzz").resolve("page.html");
		}
		Files.write(file, input);
		Filing first = new HtmlFilingReader(template).read(file);
		for (Problem problem : first.problems()) {
			assertThat(problem.location()).as("location of %s", problem).isNotNull();
			assertThat(problem.zh()).isNotBlank();
			assertThat(problem.en()).isNotBlank();
		}
		for (Fact fact : first.facts().values()) {
			assertThat(fact.location().file()).isEqualTo(file.toString());
		}
		Filing second = new HtmlFilingReader(template).read(file);
		assertThat(second.facts()).isEqualTo(first.facts());
	}
}
