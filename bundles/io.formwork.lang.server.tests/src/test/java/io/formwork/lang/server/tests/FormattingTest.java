package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import io.formwork.lang.ide.FormworkIdeSetup;

/**
 * textDocument/formatting and rangeFormatting: the edits produce the text the language's formatter (Xtext's
 * formatter2, called in this JVM) produces: the example's canonical layout, back from a copy without indentation.
 */
class FormattingTest {

	@TempDir
	static Path dir;
	static LspSession lsp;
	static String template;
	/** The 2019 template with every line's indentation (tabs) taken away. */
	static String unindented;

	@BeforeAll
	static void start() throws Exception {
		lsp = new LspSession(LspSession.exampleWorkspace(dir));
		template = LspSession.read(dir.resolve("gov-info-disclosure-2019.form"));
		unindented = template.replaceAll("(?m)^\\t+", "");
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.close();
	}

	@Test
	void formattingADocumentGivesEditsThatProduceTheFormattersText() throws Exception {
		lsp.open("gov-info-disclosure-2019.form", unindented);
		List<? extends TextEdit> edits = lsp.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(id(), new FormattingOptions(4, false)))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		assertThat(edits).isNotEmpty();
		String formatted = Texts.apply(unindented, edits);
		assertThat(formatted).isEqualTo(formatInProcess(unindented));
		// the formatter restores the canonical layout of every line but line comments, which it leaves where they are
		assertThat(withoutLineComments(formatted)).isEqualTo(withoutLineComments(template));
	}

	private static java.util.List<String> withoutLineComments(String text) {
		return text.lines().filter(l -> !l.strip().startsWith("//")).toList();
	}

	@Test
	void formattingARangeChangesOnlyTheLinesInIt() throws Exception {
		lsp.open("gov-info-disclosure-2019.form", unindented);
		int from = unindented.indexOf("check R1");
		int to = unindented.indexOf("check R2");
		Range range = new Range(Texts.position(unindented, from), Texts.position(unindented, to));
		List<? extends TextEdit> edits = lsp.server.getTextDocumentService()
				.rangeFormatting(new DocumentRangeFormattingParams(id(), new FormattingOptions(4, false), range))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		assertThat(edits).isNotEmpty().allSatisfy(e -> {
			assertThat(Texts.offset(unindented, e.getRange().getStart())).isBetween(from - 1, to);
			assertThat(Texts.offset(unindented, e.getRange().getEnd())).isBetween(from - 1, to);
		});
		String formatted = Texts.apply(unindented, edits);
		assertThat(formatted).contains(template.substring(template.indexOf("\tcheck R1"), template.indexOf("\tcheck R2")));
		assertThat(formatted.substring(0, from)).isEqualTo(unindented.substring(0, from));
	}

	@Test
	void formattingAFilingRestoresTheCanonicalLayoutOfTheExample() throws Exception {
		String filing = LspSession.read(dir.resolve("example-city-2021-error.filing"));
		// indentation gone, spaces doubled and taken away, the blank line after the header gone; rows still wrapped
		String messy = String.join("\n", filing.lines().map(l -> l.startsWith("//") ? l
				: l.replaceAll("^\\t+", "").replace(": ", " :").replace(", ", " ,  ")).toList()) + "\n";
		messy = messy.replace("\n\ntable t2_1", "\ntable t2_1").replace("claim stated_requests ", "claim   stated_requests ");
		assertThat(messy).isNotEqualTo(filing);
		lsp.open("example-city-2021-error.filing", messy);
		List<? extends TextEdit> edits = lsp.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(lsp.uri("example-city-2021-error.filing")),
						new FormattingOptions(4, false)))
				.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);

		assertThat(edits).isNotEmpty();
		assertThat(Texts.apply(messy, edits)).isEqualTo(filing);
		lsp.open("example-city-2021-error.filing", filing);
	}

	private static TextDocumentIdentifier id() {
		return new TextDocumentIdentifier(lsp.uri("gov-info-disclosure-2019.form"));
	}

	/** The language's formatter on a text, run in this JVM outside the server. */
	static String formatInProcess(String text) throws Exception {
		Injector injector = new FormworkIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (String name : List.of("gov-info-disclosure-catalog.form")) {
			set.getResource(URI.createFileURI(dir.resolve(name).toString()), true);
		}
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(dir.resolve("in-process.form").toString()));
		resource.load(new StringInputStream(text, "UTF-8"), set.getLoadOptions());
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		return access.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
	}
}
