package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definition, references, highlights, document and workspace symbols and folding on the example files. */
class NavigationTest {

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String catalog;
	static String template;
	static TextDocumentService docs;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		catalog = LspSession.read(dir.resolve("gov-info-disclosure-catalog.form"));
		template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		lsp.open("gov-info-disclosure-2019.form", template);
		docs = lsp.server.getTextDocumentService();
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void anIndicatorCodeInATemplateLeadsToItsDefinitionInTheCatalog() throws Exception {
		Position at = Texts.find(template, "column issued", "documents_issued");
		List<? extends Location> targets = docs.definition(new DefinitionParams(id(), at))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS).getLeft();

		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).getUri()).isEqualTo(lsp.uri("gov-info-disclosure-catalog.form"));
		assertThat(Texts.slice(catalog, targets.get(0).getRange())).isEqualTo("documents_issued");
	}

	@Test
	void theReferencesToAnIndicatorAreFoundInEveryTemplateOfTheWorkspace() throws Exception {
		// review_cases: three claims (the count, "all upheld", "none corrected") and a column group in 2019, the three
		// claims again in the 2021 revision's new section
		Position at = Texts.find(template, "claim stated_reviews", "review_cases");
		List<? extends Location> references = docs
				.references(new ReferenceParams(id(), at, new ReferenceContext(false)))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		assertThat(references).extracting(Location::getUri).containsExactlyInAnyOrder(
				lsp.uri("gov-info-disclosure-2019.form"), lsp.uri("gov-info-disclosure-2019.form"),
				lsp.uri("gov-info-disclosure-2019.form"), lsp.uri("gov-info-disclosure-2019.form"),
				lsp.uri("gov-info-disclosure-2021.form"), lsp.uri("gov-info-disclosure-2021.form"),
				lsp.uri("gov-info-disclosure-2021.form"));
		for (Location reference : references) {
			String text = LspSession.read(Path.of(java.net.URI.create(reference.getUri())));
			assertThat(Texts.slice(text, reference.getRange())).isEqualTo("review_cases");
		}
	}

	@Test
	void aRowCodeIsHighlightedWhereTheRulesUseIt() throws Exception {
		Position at = Texts.find(template, "check R1", "carried_in");
		List<? extends DocumentHighlight> highlights = docs.documentHighlight(new DocumentHighlightParams(id(), at))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		assertThat(highlights).hasSizeGreaterThanOrEqualTo(3)
				.extracting(h -> Texts.slice(template, h.getRange())).containsOnly("carried_in");
	}

	@Test
	void theOutlineHasTheTemplateItsSectionsTablesAndRules() throws Exception {
		List<DocumentSymbol> symbols = docs.documentSymbol(new DocumentSymbolParams(id()))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();

		assertThat(symbols).extracting(DocumentSymbol::getName).contains("gid_2019");
		DocumentSymbol root = symbols.stream().filter(s -> s.getName().equals("gid_2019")).findFirst().orElseThrow();
		assertThat(names(root)).contains("gid_2019.s1", "gid_2019.s3", "gid_2019.t3", "gid_2019.R1");
	}

	@Test
	void anIndicatorIsFoundByName() throws Exception {
		List<? extends WorkspaceSymbol> symbols = lsp.server.getWorkspaceService()
				.symbol(new WorkspaceSymbolParams("documents_issued")).get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS)
				.getRight();

		assertThat(symbols).anySatisfy(s -> {
			assertThat(s.getName()).endsWith("documents_issued");
			assertThat(s.getLocation().getLeft().getUri()).isEqualTo(lsp.uri("gov-info-disclosure-catalog.form"));
		});
	}

	@Test
	void sectionsTablesAndRulesFold() throws Exception {
		List<FoldingRange> ranges = docs.foldingRange(new FoldingRangeRequestParams(id()))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		int section3 = Texts.find(template, null, "section s3").getLine();
		int rule1 = Texts.find(template, null, "check R1").getLine();
		assertThat(ranges).extracting(FoldingRange::getStartLine).contains(section3, rule1);
	}

	private static List<String> names(DocumentSymbol symbol) {
		List<String> result = new java.util.ArrayList<>();
		result.add(symbol.getName());
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(c -> result.addAll(names(c)));
		}
		return result;
	}

	private static TextDocumentIdentifier id() {
		return new TextDocumentIdentifier(lsp.uri("gov-info-disclosure-2019.form"));
	}
}
