package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.lang.FilingStandaloneSetup;
import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.lang.formwork.FormFile;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.engine.Engine;

/**
 * Each semantic of the engine on files: src/test/resources/engine/semantics.form and filings with their expected
 * findings beside them.
 */
class EngineSemanticsTest {

	static final Path DIR = FormFiles.testData().resolve("engine");

	static Stream<String> cases() {
		return Stream.of("consistent", "blanks", "errors");
	}

	static XtextResourceSet set() {
		XtextResourceSet set = new FilingStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		for (Path form : FormFiles.formFiles(DIR)) {
			set.getResource(URI.createFileURI(form.toAbsolutePath().toString()), true);
		}
		return set;
	}

	static Engine engine(XtextResourceSet set) {
		var resource = set.getResource(URI.createFileURI(DIR.resolve("semantics.form").toAbsolutePath().toString()), true);
		assertThat(FormFiles.validate(resource)).extracting(FormFiles::describe).isEmpty();
		return new Engine(new PlanCompiler().compile(((FormFile) resource.getContents().get(0)).getTemplate()));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void eachFilingGivesExactlyTheExpectedFindings(String name) throws IOException {
		XtextResourceSet set = set();
		Filing filing = TextualFilings.read(set, DIR.resolve(name + ".filing"));
		compare(engine(set).validate(filing), name);
	}

	@Test
	void thePreviousPeriodIsReadWhenItIsGiven() throws IOException {
		XtextResourceSet set = set();
		Filing filing = TextualFilings.read(set, DIR.resolve("consistent.filing"));
		Filing prior = TextualFilings.read(set, DIR.resolve("prior-2020.filing"));
		compare(engine(set).validate(filing, prior), "consistent-with-prior");
	}

	static void compare(ValidationResult result, String name) throws IOException {
		List<String> actual = new ArrayList<>();
		for (Finding f : result.findings()) {
			actual.add(f.ruleId() + "[" + f.instance() + "] " + f.status() + " " + plain(f.left()) + " "
					+ plain(f.right()) + " | " + f.messageEn());
		}
		for (Problem p : result.problems()) {
			actual.add("problem " + p.code() + " " + p.location().line() + ":" + p.location().column() + " | " + p.en());
		}
		Path expected = DIR.resolve(name + ".expected");
		if (Boolean.getBoolean("formwork.updateExpected")) {
			Files.writeString(expected, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
		}
		assertThat(actual).containsExactlyElementsOf(
				Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
	}

	static String plain(java.math.BigDecimal number) {
		return number == null ? "-" : number.stripTrailingZeros().toPlainString();
	}
}
