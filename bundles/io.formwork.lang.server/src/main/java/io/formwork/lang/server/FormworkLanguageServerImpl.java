package io.formwork.lang.server;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server, announcing only what is implemented for templates and filings.
 * <p>
 * Xtext announces some capabilities whatever the languages bind: signature help (the languages have no
 * signature help service, so the answer would always be empty), commands (none are registered), rename (its
 * default service does not know that a row code is used as text in filings and rule messages, so renaming
 * would leave the workspace inconsistent), code lenses (no service bound). Those are turned off here. Folding
 * ranges are announced to every client (Xtext announces them only to clients that declare folding support). The
 * rest (sync, completion, hover, definition, references, document symbols, highlights, folding, formatting,
 * workspace symbols, code actions: the editor's quick fixes, semantic tokens: the editor's highlighting classes)
 * is backed by the languages' services and tested.
 */
public class FormworkLanguageServerImpl extends LanguageServerImpl {

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		capabilities.setExecuteCommandProvider(null);
		capabilities.setRenameProvider((Either<Boolean, org.eclipse.lsp4j.RenameOptions>) null);
		capabilities.setCodeLensProvider(null);
		// served whatever the client says of its folding support (Xtext announces it only to clients that say)
		capabilities.setFoldingRangeProvider(true);
		return capabilities;
	}

	/**
	 * The folder to serve: the client's root, or, when it opened no folder (a single file: no root URI, no root
	 * path), the directory the server was started in, instead of failing the initialization.
	 */
	@Override
	@SuppressWarnings("deprecation")
	protected URI getBaseDir(InitializeParams params) {
		URI base = super.getBaseDir(params);
		if (base != null) {
			return base;
		}
		return URI.createFileURI(Path.of("").toAbsolutePath().toString() + "/");
	}

	/**
	 * A diagnostic where Xtext puts it, but never with its end before its start: a syntax error located from its
	 * offset alone (a string cut off by the end of the file) has no end line, and gets an empty range at its start.
	 */
	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		Range range = diagnostic.getRange();
		Position start = range.getStart();
		Position end = range.getEnd();
		if (end.getLine() < start.getLine()
				|| end.getLine() == start.getLine() && end.getCharacter() < start.getCharacter()) {
			diagnostic.setRange(new Range(start, new Position(start.getLine(), start.getCharacter())));
		}
		return diagnostic;
	}
}
