package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definition and document symbols in a filing of the 2021 format (a revision of 2019): its tables, rows and
 * columns belong to the revision's effective template, and lead to the text that states them.
 */
class FilingNavigationTest {

	private static final String FILING = "example-city-2021-error.filing";

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String filing;
	static String template2019;
	static String template2021;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		filing = LspSession.read(dir.resolve(FILING));
		template2019 = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		template2021 = LspSession.read(dir.resolve("gov-info-disclosure-2021.form"));
		lsp.open(FILING, filing);
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void aRowInheritedFromTheRevisedTemplateLeadsToItsDeclarationIn2019() throws Exception {
		Location target = definition(Texts.find(filing, "table t3 {", "received:"));

		assertThat(target.getUri()).isEqualTo(lsp.uri("gov-info-disclosure-2019.form"));
		assertThat(lineAt(template2019, target)).contains("row received ");
		assertThat(Texts.slice(template2019, target.getRange())).contains("received");
	}

	@Test
	void aTableTheRevisionChangesLeadsToWhereTheFilingsTableIsDeclared() throws Exception {
		Location target = definition(Texts.find(filing, "table ", "t2_1"));

		assertThat(target.getUri()).isIn(lsp.uri("gov-info-disclosure-2019.form"), lsp.uri("gov-info-disclosure-2021.form"));
		String text = target.getUri().equals(lsp.uri("gov-info-disclosure-2019.form")) ? template2019 : template2021;
		assertThat(lineAt(text, target)).contains("table t2_1");
	}

	@Test
	void aColumnTheRevisionAddsLeadsToTheRevision() throws Exception {
		Location target = definition(Texts.find(filing, "regulations:", "in_force"));

		assertThat(target.getUri()).isEqualTo(lsp.uri("gov-info-disclosure-2021.form"));
		assertThat(lineAt(template2021, target)).contains("column in_force ");
		assertThat(Texts.slice(template2021, target.getRange())).contains("in_force");
	}

	@Test
	void theFilingsSymbolsAreItsTablesWithTheirRowsAndItsClaims() throws Exception {
		List<DocumentSymbol> symbols = lsp.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(lsp.uri(FILING))))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();

		List<String> names = new ArrayList<>();
		symbols.forEach(s -> names.addAll(names(s)));
		assertThat(names).contains("filing for gid_2021 year 2021", "table t2_1", "table t3", "received", "carried_over");
		DocumentSymbol t3 = find(symbols, "table t3");
		assertThat(t3.getChildren()).extracting(DocumentSymbol::getName).contains("received", "granted", "carried_over");
		assertThat(Texts.slice(filing, t3.getSelectionRange())).contains("t3");
	}

	private static Location definition(Position at) throws Exception {
		List<? extends Location> targets = lsp.server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(lsp.uri(FILING)), at))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS).getLeft();
		assertThat(targets).hasSize(1);
		return targets.get(0);
	}

	private static String lineAt(String text, Location location) {
		return text.split("\n", -1)[location.getRange().getStart().getLine()];
	}

	private static DocumentSymbol find(List<DocumentSymbol> symbols, String name) {
		for (DocumentSymbol symbol : symbols) {
			if (symbol.getName().equals(name)) {
				return symbol;
			}
			if (symbol.getChildren() != null) {
				DocumentSymbol found = find(symbol.getChildren(), name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> names(DocumentSymbol symbol) {
		List<String> result = new ArrayList<>();
		result.add(symbol.getName());
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(c -> result.addAll(names(c)));
		}
		return result;
	}
}
