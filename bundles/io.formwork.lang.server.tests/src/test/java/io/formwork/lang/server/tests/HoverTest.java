package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textDocument/hover on the example 2019 template (written in full) and a 2021 filing. */
class HoverTest {

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
		lsp.open("gov-info-disclosure-2019.form", template);
		lsp.open("example-city-2021-error.filing", filing);
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void anIndicatorCodeShowsItsLabelsUnitAndDefinitionFromTheCatalog() throws Exception {
		Position at = Texts.find(template, "column issued", "documents_issued");
		Hover hover = hover("gov-info-disclosure-2019.form", at);

		assertThat(hover.getContents().getRight().getKind()).isEqualTo(MarkupKind.MARKDOWN);
		assertThat(hover.getContents().getRight().getValue())
				.contains("documents_issued")
				.contains("本年制发件数").contains("Documents issued this year")
				.contains("单位 unit: 件")
				.contains("本年度新制作（制发）的规章或规范性文件件数")
				.contains("Regulations or normative documents newly made (issued) in the year");
		assertThat(Texts.slice(template, hover.getRange())).isEqualTo("documents_issued");
	}

	@Test
	void aRowCodeInAFilingShowsTheTemplatesRowAndItsIndicator() throws Exception {
		Position at = Texts.find(filing, "table t3", "received:");
		Hover hover = hover("example-city-2021-error.filing", at);

		assertThat(hover.getContents().getRight().getValue())
				.contains("received").contains("一、本年新收政府信息公开申请数量").contains("requests_received");
	}

	private static Hover hover(String file, Position at) throws Exception {
		return lsp.server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(lsp.uri(file)), at))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
	}
}
