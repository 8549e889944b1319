package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** The capabilities the server announces in its initialize result are exactly the ones it implements. */
class CapabilitiesTest {

	/**
	 * What the server implements, each tested in this module: sync (DiagnosticsTest), completion
	 * (CompletionTest), hover (HoverTest), formatting (FormattingTest), code actions (CodeActionTest), semantic
	 * tokens (SemanticTokensTest), rename (RenameTest), the rest (NavigationTest, FilingNavigationTest).
	 */
	static final Set<String> CLAIMED = Set.of("textDocumentSync", "completionProvider", "hoverProvider",
			"definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider",
			"workspaceSymbolProvider", "documentFormattingProvider", "documentRangeFormattingProvider",
			"foldingRangeProvider", "codeActionProvider", "semanticTokensProvider", "renameProvider");

	@TempDir
	Path dir;

	@Test
	void theAnnouncedCapabilitiesAreExactlyTheImplementedOnes() throws Exception {
		try (LspSession lsp = new LspSession(LspSession.exampleWorkspace(dir))) {
			ServerCapabilities capabilities = lsp.initialized.getCapabilities();
			JsonObject json = new MessageJsonHandler(java.util.Map.of()).getGson().toJsonTree(capabilities)
					.getAsJsonObject();
			Set<String> announced = new TreeSet<>();
			json.entrySet().forEach(e -> {
				boolean off = e.getValue().isJsonNull()
						|| e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isBoolean()
								&& !e.getValue().getAsBoolean();
				if (!off) {
					announced.add(e.getKey());
				}
			});
			assertThat(announced).containsExactlyInAnyOrderElementsOf(CLAIMED);
			assertThat(capabilities.getCompletionProvider().getTriggerCharacters()).containsExactly(".");
		}
	}

	/** Folding is served to every client, so it is announced to those that do not say they support it. */
	@Test
	void foldingRangesAreAnnouncedToAClientThatDoesNotDeclareThem() throws Exception {
		org.eclipse.lsp4j.InitializeParams params = LspSession.initializeParams(LspSession.exampleWorkspace(dir));
		params.getCapabilities().getTextDocument().setFoldingRange(null);
		try (LspSession lsp = new LspSession(dir, params)) {
			assertThat(lsp.initialized.getCapabilities().getFoldingRangeProvider().getLeft()).isTrue();
		}
	}

	/** Started by an editor on a single file, with no folder: it serves the directory it was started in. */
	@Test
	void aClientThatOpensNoFolderIsServedTheDirectoryTheServerStartedIn() throws Exception {
		org.eclipse.lsp4j.InitializeParams params = LspSession.initializeParams(dir);
		params.setRootUri(null);
		Path startedIn = Path.of("").toAbsolutePath();
		try (LspSession lsp = new LspSession(startedIn, params)) {
			// surefire starts the tests in this module's folder, where the garbled fixture is
			assertThat(lsp.diagnostics("src/test/resources/garbled/garbled.form", d -> !d.isEmpty())).isNotEmpty();
		}
	}
}
