package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import io.formwork.lang.ide.FormworkIdeSetup;

/**
 * textDocument/publishDiagnostics: the template self-checks' messages, bilingual, where the checks put them; a
 * garbled file gets syntax diagnostics and the server goes on answering.
 */
class DiagnosticsTest {

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String template;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void theExampleFilesOfTheWorkspaceArePublishedWithoutProblems() throws Exception {
		for (String file : List.of("gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form",
				"gov-info-disclosure-2021.form")) {
			assertThat(lsp.diagnostics(file, List::isEmpty)).as(file).isEmpty();
		}
		// the filing's only diagnostics are its rule findings (FindingsTest): no syntax or code problem
		assertThat(lsp.diagnostics("example-city-2021-error.filing", d -> !d.isEmpty()))
				.allSatisfy(d -> assertThat(d.getSource()).isEqualTo("formwork"));
	}

	@Test
	void aRuleAddingCountsToAnAmountIsReportedWithTheSelfChecksMessageOnTheRule() throws Exception {
		// R7 is stated by the 2021 revision of 2019; t2_8's fee amount (万元) is a 2021 column
		String revision = LspSession.read(dir.resolve("gov-info-disclosure-2021.form"));
		String broken = revision.replace("assert [in_force] = prior [in_force] + [issued] - [repealed]",
				"assert [in_force] + t2_8[fees, fee_amount] = prior [in_force] + [issued] - [repealed]");
		assertThat(broken).isNotEqualTo(revision);
		lsp.open("gov-info-disclosure-2021.form", broken);
		List<Diagnostic> diagnostics = lsp.diagnostics("gov-info-disclosure-2021.form", d -> !d.isEmpty());

		List<Issue> issues = selfChecks(broken, "gov-info-disclosure-2021.form");
		assertThat(issues).isNotEmpty();
		assertThat(diagnostics).hasSameSizeAs(issues);
		for (int i = 0; i < issues.size(); i++) {
			Issue issue = issues.get(i);
			Diagnostic diagnostic = diagnostics.get(i);
			assertThat(diagnostic.getMessage().getLeft()).isEqualTo(issue.getMessage());
			assertThat(diagnostic.getCode().getLeft()).isEqualTo(issue.getCode());
			assertThat(diagnostic.getRange().getStart().getLine()).isEqualTo(issue.getLineNumber() - 1);
			assertThat(diagnostic.getRange().getStart().getCharacter()).isEqualTo(issue.getColumn() - 1);
			assertThat(Texts.offset(broken, diagnostic.getRange().getStart())).isEqualTo(issue.getOffset());
			assertThat(Texts.offset(broken, diagnostic.getRange().getEnd())).isEqualTo(issue.getOffset() + issue.getLength());
		}
		Diagnostic first = diagnostics.get(0);
		assertThat(first.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
		assertThat(first.getCode().getLeft()).isEqualTo("formwork.unitMismatch");
		assertThat(first.getMessage().getLeft()).isEqualTo("不能将件与万元相加。 Cannot add 件 and 万元.");
		assertThat(Texts.slice(broken, first.getRange())).contains("t2_8[fees, fee_amount]");
		assertThat(lineOf(broken, first)).contains("assert [in_force] + t2_8[fees, fee_amount]");

		lsp.open("gov-info-disclosure-2021.form", revision);
		assertThat(lsp.diagnostics("gov-info-disclosure-2021.form", List::isEmpty)).isEmpty();
	}

	@Test
	void aGarbledTemplateGetsLocatedSyntaxDiagnosticsAndTheServerGoesOnAnswering() throws Exception {
		String garbled = LspSession.read(Fixtures.fixtures().resolve("garbled/garbled.form"));
		lsp.open("garbled.form", garbled);
		List<Diagnostic> diagnostics = lsp.diagnostics("garbled.form", d -> !d.isEmpty());

		assertThat(diagnostics).allSatisfy(d -> {
			assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
			assertThat(d.getMessage().getLeft()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
			assertThat(Texts.offset(garbled, d.getRange().getStart())).isBetween(0, garbled.length());
			assertThat(Texts.offset(garbled, d.getRange().getEnd()))
					.isBetween(Texts.offset(garbled, d.getRange().getStart()), garbled.length());
		});
		assertThat(diagnostics).extracting(d -> d.getRange().getStart().getLine()).contains(5);

		var hover = lsp.server.getTextDocumentService().hover(new HoverParams(
				new TextDocumentIdentifier(lsp.uri("gov-info-disclosure-2019.form")),
				Texts.find(template, null, "documents_issued"))).get(LspSession.WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(hover.getContents().getRight().getValue()).contains("documents_issued");
	}

	@Test
	void syntaxErrorsAreGivenInChineseThenInEnglish() throws Exception {
		String garbled = LspSession.read(Fixtures.fixtures().resolve("garbled/garbled.form"));
		lsp.open("garbled-zh.form", garbled);
		List<Diagnostic> diagnostics = lsp.diagnostics("garbled-zh.form", d -> !d.isEmpty());

		List<Diagnostic> syntax = diagnostics.stream()
				.filter(d -> d.getCode() != null && d.getCode().getLeft() != null
						&& d.getCode().getLeft().equals(org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC))
				.toList();
		assertThat(syntax).isNotEmpty().allSatisfy(d -> {
			String message = d.getMessage().getLeft();
			// Chinese first, up to the full stop, then the parser's English naming the tokens
			assertThat(message).matches("(?s)[^A-Za-z]*\\p{IsHan}.*。 .*[A-Za-z].*");
			assertThat(message.substring(message.indexOf("。 ") + 2)).containsAnyOf("input", "missing", "mismatched",
					"expecting", "alternative");
		});
	}

	/** What the template self-checks say about a text, run in this JVM outside the server. */
	static List<Issue> selfChecks(String text, String as) throws IOException {
		Injector injector = new FormworkIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (String name : List.of("gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form")) {
			if (!name.equals(as)) {
				set.getResource(URI.createFileURI(dir.resolve(name).toString()), true);
			}
		}
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(dir.resolve(as).toString()));
		resource.load(new StringInputStream(text, "UTF-8"), set.getLoadOptions());
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	private static String lineOf(String text, Diagnostic diagnostic) {
		return text.split("\n", -1)[diagnostic.getRange().getStart().getLine()];
	}
}
