package io.formwork.lang.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.lang.FilingStandaloneSetup;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.lang.tests.FormFiles;
import io.formwork.runtime.Filing;

/**
 * Any text read as a textual filing yields a filing with located problems, never an exception. The corpus
 * (src/test/resources/io/formwork/lang/tests/fuzz/FilingParserFuzzTestInputs) starts from the example filings.
 */
class FilingParserFuzzTest {

	/** Created on the first run, after Jazzer's agent is attached, so that the language's classes are instrumented. */
	private static XtextResourceSet set;
	private static Path dir;
	private static LoggedErrors logged;

	@FuzzTest(maxExecutions = 3000)
	void anyTextReadsAsAFilingWithProblemsNotExceptions(byte[] input) throws IOException {
		if (set == null) {
			set = new FilingStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
			for (Path form : FormFiles.formFiles(FormFiles.examples().resolve("gov-info-disclosure"))) {
				set.getResource(URI.createFileURI(form.toAbsolutePath().toString()), true);
			}
			dir = Files.createTempDirectory("formwork-fuzz");
			logged = LoggedErrors.attach();
		}
		Path file = dir.resolve("input.filing");
		Files.write(file, input);
		try {
			Filing filing = TextualFilings.read(set, file);
			assertThat(filing.problems()).allSatisfy(p -> assertThat(p.location()).isNotNull());
			assertThat(logged.take()).as("errors Xtext logged instead of reporting").isEmpty();
		} finally {
			logged.take();
			var resource = set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), false);
			if (resource != null) {
				resource.unload();
				set.getResources().remove(resource);
			}
		}
	}
}
