package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * textDocument/codeAction: the editor's quick fixes for the diagnostics a client sends back, as workspace edits
 * (the same {@code QuickFixes} that Formwork Studio's marker resolutions use).
 */
class CodeActionTest {

	private static final String TEMPLATE = "gov-info-disclosure-2019.form";

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String template;
	static String catalog;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		template = LspSession.read(dir.resolve(TEMPLATE));
		catalog = LspSession.read(dir.resolve("gov-info-disclosure-catalog.form"));
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void anUnknownIndicatorIsOfferedTheClosestIndicatorCodesAndNothingElse() throws Exception {
		String broken = template.replace("一、本年新收政府信息公开申请数量\" indicator requests_received\n",
				"一、本年新收政府信息公开申请数量\" indicator requests_recieved\n");
		assertThat(broken).isNotEqualTo(template);
		lsp.open(TEMPLATE, broken);
		Diagnostic unknown = unknown(broken, "requests_recieved");

		List<CodeAction> actions = actions(unknown);

		assertThat(actions).isNotEmpty().allSatisfy(a -> assertThat(a.getKind()).isEqualTo(CodeActionKind.QuickFix));
		List<String> replacements = actions.stream().map(a -> edit(a).getNewText()).toList();
		assertThat(replacements.get(0)).isEqualTo("requests_received");
		List<String> indicators = declared(catalog, "indicator");
		assertThat(replacements).allSatisfy(code -> assertThat(indicators).contains(code));
		assertThat(actions.get(0).getTitle()).isEqualTo("改为 'requests_received' Change to 'requests_received'");
		String fixed = Texts.apply(broken, List.of(edit(actions.get(0))));
		assertThat(fixed).isEqualTo(template);
	}

	@Test
	void anUnknownRowInARuleIsOfferedTheRowsOfItsTable() throws Exception {
		String broken = template.replace("[handled] + [carried_over]\n", "[handled] + [carried_ovr]\n");
		assertThat(broken).isNotEqualTo(template);
		lsp.open(TEMPLATE, broken);
		Diagnostic unknown = unknown(broken, "carried_ovr");

		List<CodeAction> actions = actions(unknown);

		assertThat(actions).extracting(a -> edit(a).getNewText()).startsWith("carried_over")
				.doesNotContain("requests_carried_over");
		lsp.open(TEMPLATE, template);
	}

	@Test
	void aDiagnosticWithoutAFixGetsNoAction() throws Exception {
		Diagnostic other = new Diagnostic(new org.eclipse.lsp4j.Range(Texts.find(template, null, "template"),
				Texts.find(template, null, "template")), "x");
		other.setCode("formwork.somethingElse");
		assertThat(actions(other)).isEmpty();
	}

	/** The diagnostic the server publishes on the written code, once it has been published. */
	private static Diagnostic unknown(String text, String written) throws Exception {
		return lsp.diagnostics(TEMPLATE, list -> list.stream().anyMatch(d -> Texts.slice(text, d.getRange()).equals(written)))
				.stream().filter(d -> Texts.slice(text, d.getRange()).equals(written)).findFirst().orElseThrow();
	}

	private static List<CodeAction> actions(Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(lsp.uri(TEMPLATE)),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		return lsp.server.getTextDocumentService().codeAction(params).get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS)
				.stream().map(e -> e.getRight()).toList();
	}

	private static TextEdit edit(CodeAction action) {
		List<TextEdit> edits = action.getEdit().getChanges().get(lsp.uri(TEMPLATE));
		assertThat(edits).hasSize(1);
		return edits.get(0);
	}

	private static List<String> declared(String text, String keyword) {
		Matcher m = Pattern.compile("\\b" + keyword + " (\\w+)").matcher(text);
		List<String> names = new java.util.ArrayList<>();
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}
}
