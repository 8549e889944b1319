package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The rule findings of filings published as diagnostics through the pipeline: on a {@code .filing} of the
 * workspace, on a JSON filing the client opens; each with its rule code, its instance and status as data, its
 * operands as related information; again after a template edit.
 */
class FindingsTest {

	private static final String FILING = "example-city-2021-error.filing";
	private static final String JSON = "example-city-2021-error.json";

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String filing;

	@BeforeAll
	static void start() throws Exception {
		Path workspace = LspSession.exampleWorkspace(dir);
		Files.copy(Fixtures.examples().resolve("gov-info-disclosure/filings/" + JSON), workspace.resolve(JSON));
		lsp = new LspSession(workspace);
		filing = LspSession.read(dir.resolve(FILING));
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void aFilingWithAnArithmeticErrorGetsTheFailedRulesWhereTheFigureIs() throws Exception {
		List<Diagnostic> diagnostics = lsp.diagnostics(FILING, d -> d.stream().anyMatch(x -> "R1".equals(code(x))));

		Diagnostic r1 = only(diagnostics, "R1", "FAIL");
		assertThat(r1.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
		assertThat(r1.getSource()).isEqualTo("formwork");
		// where the CLI says: example-city-2021-error.filing:21:93
		assertThat(r1.getRange().getStart().getLine()).isEqualTo(20);
		assertThat(r1.getRange().getStart().getCharacter()).isEqualTo(92);
		assertThat(Texts.slice(filing, r1.getRange())).isEqualTo("178");
		assertThat(r1.getMessage().getLeft()).contains("本列数据的勾稽关系为")
				.contains("In each column, item one plus item two equals item three plus item four (Total: 185 ≠ 194)");
		assertThat(data(r1).get("instance").getAsString()).isEqualTo("total");
		assertThat(r1.getRelatedInformation()).hasSize(4).allSatisfy(related -> {
			assertThat(related.getLocation().getUri()).isEqualTo(lsp.uri(FILING));
			assertThat(related.getMessage()).startsWith("t3[");
		});
		assertThat(r1.getRelatedInformation()).extracting(r -> r.getMessage()).contains("t3[received, total] = 178");

		assertThat(only(diagnostics, "R3", "FAIL").getSeverity()).isEqualTo(DiagnosticSeverity.Error);
		assertThat(only(diagnostics, "R8_requests", "FAIL").getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
		// as many rule instances cannot be assessed as the CLI counts (its stored output): hints, never errors
		String cli = Files.readString(Fixtures.examples().resolve("gov-info-disclosure/expected/" + FILING + ".txt"));
		java.util.regex.Matcher counted = java.util.regex.Pattern.compile("(\\d+) not assessable").matcher(cli);
		assertThat(counted.find()).as(cli).isTrue();
		assertThat(diagnostics.stream().filter(d -> "NOT_ASSESSABLE".equals(status(d))))
				.hasSize(Integer.parseInt(counted.group(1)))
				.allSatisfy(d -> assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Hint));
	}

	@Test
	void aJsonFilingTheClientOpensGetsTheSameFindings() throws Exception {
		lsp.open(JSON, LspSession.read(dir.resolve(JSON)));
		List<Diagnostic> diagnostics = lsp.diagnostics(JSON, d -> !d.isEmpty());

		assertThat(diagnostics).filteredOn(d -> "FAIL".equals(status(d))).extracting(FindingsTest::code)
				.containsExactlyInAnyOrder("R1", "R3", "R8_requests");
		String json = LspSession.read(dir.resolve(JSON));
		assertThat(Texts.slice(json, only(diagnostics, "R1", "FAIL").getRange())).isEqualTo("178");

		lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(lsp.uri(JSON))));
		assertThat(lsp.diagnostics(JSON, List::isEmpty)).isEmpty();
	}

	@Test
	void aTemplateEditRevalidatesTheOpenFilings() throws Exception {
		lsp.open(FILING, filing);
		lsp.diagnostics(FILING, d -> d.stream().anyMatch(x -> "R1".equals(code(x))));
		String template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		String edited = template.replace("check R1 \"收支平衡\" en \"Balance of requests\" error",
				"check R1 \"收支平衡\" en \"Balance of requests\" warning");
		assertThat(edited).isNotEqualTo(template);

		lsp.open("gov-info-disclosure-2019.form", edited);
		List<Diagnostic> after = lsp.diagnostics(FILING,
				d -> d.stream().anyMatch(x -> "R1".equals(code(x)) && x.getSeverity() == DiagnosticSeverity.Warning));
		assertThat(only(after, "R1", "FAIL").getSeverity()).isEqualTo(DiagnosticSeverity.Warning);

		lsp.open("gov-info-disclosure-2019.form", template);
		lsp.diagnostics(FILING,
				d -> d.stream().anyMatch(x -> "R1".equals(code(x)) && x.getSeverity() == DiagnosticSeverity.Error));
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}

	static JsonObject data(Diagnostic diagnostic) {
		return diagnostic.getData() instanceof JsonObject json ? json : new JsonObject();
	}

	static String status(Diagnostic diagnostic) {
		JsonObject data = data(diagnostic);
		return data.has("status") ? data.get("status").getAsString() : null;
	}

	private static Diagnostic only(List<Diagnostic> diagnostics, String rule, String status) {
		List<Diagnostic> found = diagnostics.stream().filter(d -> rule.equals(code(d)) && status.equals(status(d))).toList();
		assertThat(found).as(rule).hasSize(1);
		return found.get(0);
	}
}
