package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * textDocument/semanticTokens/full: the classes of the editor's semantic highlighting, decoded with the legend the
 * server announces.
 */
class SemanticTokensTest {

	@TempDir
	static Path dir;
	static LspSession lsp;
	static SemanticTokensLegend legend;

	record Token(int line, int character, int length, String type, List<String> modifiers) {
	}

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		legend = lsp.initialized.getCapabilities().getSemanticTokensProvider().getLegend();
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void aTemplatesDeclaredCodesAndItsReferencesAreTokensOfTheirClass() throws Exception {
		String template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		List<Token> tokens = tokens("gov-info-disclosure-2019.form");

		Token row = at(tokens, Texts.find(template, "row received", "received"));
		assertThat(row.type()).isEqualTo("variable");
		assertThat(row.modifiers()).containsExactly("declaration");
		assertThat(row.length()).isEqualTo("received".length());
		assertThat(at(tokens, Texts.find(template, "row received", "requests_received")).type()).isEqualTo("property");
		assertThat(at(tokens, Texts.find(template, "check R1", "carried_in")).type()).isEqualTo("enumMember");
		assertThat(at(tokens, Texts.find(template, "Balance of requests\" error for each column in ", "t3")).type()).isEqualTo("class");
	}

	@Test
	void aFilingsCodesAreTokensOfTheTemplatesClasses() throws Exception {
		String filing = LspSession.read(dir.resolve("example-city-2021-error.filing"));
		List<Token> tokens = tokens("example-city-2021-error.filing");

		assertThat(at(tokens, Texts.find(filing, "filing for ", "gid_2021")).type()).isEqualTo("namespace");
		assertThat(at(tokens, Texts.find(filing, "table ", "t3")).type()).isEqualTo("class");
		assertThat(at(tokens, Texts.find(filing, "table t3 {", "received")).type()).isEqualTo("enumMember");
		assertThat(at(tokens, Texts.find(filing, "received:", "business")).type()).isEqualTo("enumMember");
		// keywords and figures are lexical: no semantic token
		assertThat(tokens).noneMatch(t -> t.line() == Texts.find(filing, null, "filing for").getLine() && t.character() == 0);
	}

	private static Token at(List<Token> tokens, Position position) {
		return tokens.stream().filter(t -> t.line() == position.getLine() && t.character() == position.getCharacter())
				.findFirst().orElseThrow(() -> new AssertionError("no token at " + position));
	}

	private static List<Token> tokens(String file) throws Exception {
		lsp.open(file, LspSession.read(dir.resolve(file)));
		SemanticTokens result = lsp.server.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(lsp.uri(file))))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
		List<Integer> data = result.getData();
		assertThat(data.size() % 5).isZero();
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			List<String> modifiers = new ArrayList<>();
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(bit));
				}
			}
			tokens.add(new Token(line, character, data.get(i + 2), legend.getTokenTypes().get(data.get(i + 3)), modifiers));
		}
		return tokens;
	}
}
