package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textDocument/completion over JSON-RPC, at a {@code <|>} cursor put into copies of the example files. */
class CompletionTest {

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String template;
	static String filing;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		filing = LspSession.read(dir.resolve("example-city-2021-error.filing"));
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void aRuleIsOfferedTheRowCodesOfItsTableThatStartWithWhatIsTyped() throws Exception {
		String marked = template.replace("[handled] + [carried_over]\n", "[handled] + [carried_<|>over]\n");
		List<CompletionItem> items = complete("gov-info-disclosure-2019.form", marked);

		assertThat(labels(items)).contains("carried_in", "carried_over").doesNotContain("granted", "handled");
		CompletionItem carriedIn = items.stream().filter(i -> i.getLabel().equals("carried_in")).findFirst().orElseThrow();
		// the proposal replaces what was typed of the code, "carried_", before the cursor
		assertThat(carriedIn.getTextEdit().getLeft().getNewText()).isEqualTo("carried_in");
		assertThat(Texts.slice(marked.replace("<|>", ""), carriedIn.getTextEdit().getLeft().getRange()))
				.isEqualTo("carried_");
	}

	@Test
	void aRowIsOfferedTheIndicatorCodesOfTheCatalog() throws Exception {
		String marked = template.replace("indicator requests_received\n", "indicator requests_<|>\n");
		List<CompletionItem> items = complete("gov-info-disclosure-2019.form", marked);

		assertThat(labels(items)).contains("requests_received", "requests_carried_in", "requests_handled")
				.doesNotContain("granted", "documents_issued");
	}

	@Test
	void anOfferedIndicatorCarriesItsLabelsAndItsDocumentationNotItsTypeName() throws Exception {
		String marked = template.replace("indicator requests_received\n", "indicator requests_<|>\n");
		List<CompletionItem> items = complete("gov-info-disclosure-2019.form", marked);

		CompletionItem received = items.stream().filter(i -> i.getLabel().equals("requests_received")).findFirst()
				.orElseThrow();
		assertThat(received.getDetail()).isEqualTo("本年新收政府信息公开申请数量 — New requests received this year");
		assertThat(received.getDocumentation().getRight().getKind()).isEqualTo("markdown");
		assertThat(received.getDocumentation().getRight().getValue()).contains("**指标 Indicator** `requests_received`",
				"类型 type: count", "单位 unit: 件");
		assertThat(items).extracting(CompletionItem::getDetail).doesNotContain("Indicator", "Line", "Member");
	}

	@Test
	void anOfferedFilingColumnCarriesTheColumnsLabelsNotLineOrMember() throws Exception {
		String marked = filing.replace("received: natural 152, business 18,", "received: natural 152, b<|>usiness 18,");
		List<CompletionItem> items = complete("example-city-2021-error.filing", marked);

		CompletionItem business = items.stream().filter(i -> i.getLabel().equals("business")).findFirst().orElseThrow();
		assertThat(business.getDetail()).isNotIn("Line", "Member").contains("商业企业");
		assertThat(business.getDocumentation().getRight().getValue()).contains("`business`");
	}

	@Test
	void aFilingRowIsOfferedTheColumnCodesOfItsTemplatesTable() throws Exception {
		String marked = filing.replace("received: natural 152, business 18,", "received: natural 152, b<|>usiness 18,");
		List<CompletionItem> items = complete("example-city-2021-error.filing", marked);

		assertThat(labels(items)).contains("business").doesNotContain("natural", "issued");
	}

	private static List<CompletionItem> complete(String file, String marked) throws Exception {
		LspSession.Cursor cursor = LspSession.Cursor.in(marked);
		lsp.open(file, cursor.text());
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(lsp.uri(file)), cursor.position());
		Either<List<CompletionItem>, CompletionList> result = lsp.server.getTextDocumentService().completion(params)
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
