package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * textDocument/rename of a code: where it is declared, in the rules of its template and of the revision that
 * inherits it, and in the filings of the revision (whose rows belong to the revision's effective template).
 */
class RenameTest {

	@TempDir
	static Path dir;
	static LspSession lsp;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void aRowRenamedIn2019IsRenamedInItsRulesAndInThe2021Filing() throws Exception {
		String template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		String filing = LspSession.read(dir.resolve("example-city-2021-error.filing"));
		WorkspaceEdit edit = lsp.server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(lsp.uri("gov-info-disclosure-2019.form")),
						Texts.find(template, "row carried_over", "carried_over"), "carried_forward"))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertThat(changes).containsKeys(lsp.uri("gov-info-disclosure-2019.form"), lsp.uri("example-city-2021-error.filing"));
		String renamed = Texts.apply(template, changes.get(lsp.uri("gov-info-disclosure-2019.form")));
		assertThat(renamed).contains("row carried_forward ", "[handled] + [carried_forward]", "prior [carried_forward]")
				.doesNotContain("[carried_over]", "row carried_over ");
		String renamedFiling = Texts.apply(filing, changes.get(lsp.uri("example-city-2021-error.filing")));
		assertThat(renamedFiling).contains("\tcarried_forward: natural 8").doesNotContain("carried_over:");
		assertThat(changes.get(lsp.uri("example-city-2021-error.filing"))).hasSize(1);
		// the catalog declares no such row: untouched
		assertThat(changes).doesNotContainKey(lsp.uri("gov-info-disclosure-catalog.form"));
	}

	@Test
	void anIndicatorRenamedFromAReferenceIsRenamedInTheCatalogAndEveryTemplate() throws Exception {
		String template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		String catalog = LspSession.read(dir.resolve("gov-info-disclosure-catalog.form"));
		WorkspaceEdit edit = lsp.server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(lsp.uri("gov-info-disclosure-2019.form")),
						Texts.find(template, "claim stated_reviews", "review_cases"), "reviews"))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertThat(Texts.apply(catalog, changes.get(lsp.uri("gov-info-disclosure-catalog.form"))))
				.contains("indicator reviews ").doesNotContain("indicator review_cases ");
		// three claims and a column group in 2019, the three claims in the 2021 revision (NavigationTest finds the same)
		assertThat(changes.get(lsp.uri("gov-info-disclosure-2019.form"))).hasSize(4);
		assertThat(changes.get(lsp.uri("gov-info-disclosure-2021.form"))).hasSize(3);
		assertThat(Texts.apply(template, changes.get(lsp.uri("gov-info-disclosure-2019.form"))))
				.doesNotContain("indicator review_cases ").doesNotContain("indicator review_cases\n");
	}
}
