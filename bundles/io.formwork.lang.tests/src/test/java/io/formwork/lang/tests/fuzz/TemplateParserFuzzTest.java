package io.formwork.lang.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.lang.tests.FormFiles;

/**
 * Any text given to the template parser, linker and validator yields a model and diagnostics, never an
 * exception. The corpus (src/test/resources/io/formwork/lang/tests/fuzz/TemplateParserFuzzTestInputs) starts from the
 * examples.
 */
class TemplateParserFuzzTest {

	/** Created on the first run, after Jazzer's agent is attached, so that the language's classes are instrumented. */
	private static XtextResourceSet set;
	private static int runs;
	private static LoggedErrors logged;

	@FuzzTest(maxExecutions = 3000)
	void anyTextParsesAndValidatesWithoutAnException(byte[] input) throws IOException {
		if (set == null) {
			set = FormFiles.load(FormFiles.examples().resolve("gov-info-disclosure"));
			logged = LoggedErrors.attach();
		}
		final XtextResourceSet SET = set;
		String text = new String(input, StandardCharsets.UTF_8);
		XtextResource resource = (XtextResource) SET.createResource(URI.createURI("file:/fuzz/t" + (runs++ % 4) + ".form"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SET.getLoadOptions());
			var issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			assertThat(issues).isNotNull();
			assertThat(logged.take()).as("errors Xtext logged instead of reporting").isEmpty();
		} finally {
			logged.take();
			resource.unload();
			SET.getResources().remove(resource);
		}
	}
}
