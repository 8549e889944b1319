package io.formwork.lang.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.inject.Inject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.pipeline.FilingFormats;

/**
 * Xtext's language server, announcing only what is implemented for templates and filings.
 * <p>
 * Xtext announces some capabilities whatever the languages bind: signature help (the languages have no
 * signature help service, so the answer would always be empty), commands (none are registered), code lenses (no
 * service bound). Those are turned off here. Rename is the languages' own ({@code FormworkRenameService}: through
 * revisions, into filings). Folding
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
		if (issue instanceof FilingFindings.FindingIssue finding) {
			return finding.diagnostic();
		}
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

	// ------------------------------------------------------------- filings that are not Xtext documents (JSON, CSV…)

	@Inject
	private FilingFindings findings;

	/**
	 * The documents open in the client that the pipeline reads and Xtext does not (JSON, CSV, published pages,
	 * Word and Excel forms, narrative text): URI → version.
	 */
	private final Map<String, Boolean> openFilings = new ConcurrentHashMap<>();

	/** The extensions of the two languages, which Xtext reads and validates itself. */
	private static final Set<String> XTEXT_FORMATS = Set.of("form", "filing");

	/**
	 * True for a document of a format the pipeline's reader registry reads (every door's, {@code
	 * FilingFormats.standard()}) and Xtext does not: validated when the client opens or saves it, read from the file.
	 */
	private boolean isOtherFormat(String uri) {
		URI parsed = URI.createURI(uri);
		String extension = parsed.fileExtension();
		if (!parsed.isFile() || extension == null) {
			return false;
		}
		String lower = extension.toLowerCase(Locale.ROOT);
		return !XTEXT_FORMATS.contains(lower) && FilingFormats.standard().extensions().contains(lower);
	}

	@Inject
	private UriExtensions uris;

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		if (isOtherFormat(uri)) {
			openFilings.put(uri, Boolean.TRUE);
			validateLater(uri);
			return;
		}
		super.didOpen(params);
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		if (isOtherFormat(params.getTextDocument().getUri())) {
			return; // read from the file: validated when saved
		}
		super.didChange(params);
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		if (isOtherFormat(uri)) {
			findings.filingsChanged();
			validateLater(uri);
			return;
		}
		super.didSave(params);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		if (isOtherFormat(uri)) {
			openFilings.remove(uri);
			getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
			return;
		}
		super.didClose(params);
	}

	/** Validates an open filing of another format in a write request (after any build under way). */
	private void validateLater(String uri) {
		getRequestManager().runWrite(() -> null, (cancel, nothing) -> {
			validateOther(uri);
			return null;
		});
	}

	private void validateOther(String uri) {
		URI parsed = URI.createURI(uri);
		ProjectManager project = getWorkspaceManager().getProjectManager(parsed);
		List<Diagnostic> diagnostics = List.of();
		if (project != null && project.getBaseDir() != null && project.getBaseDir().isFile()) {
			Path root = Path.of(project.getBaseDir().toFileString()).toAbsolutePath().normalize();
			Path file = Path.of(parsed.toFileString()).toAbsolutePath().normalize();
			if (findings.isFiling(project.getResourceSet(), root, file)) {
				diagnostics = findings.diagnostics(project.getResourceSet(), root, file, null);
			}
		}
		getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
	}

	/**
	 * After a build that changed a template, the open filings are validated again: those of other formats, and the
	 * open {@code .filing}s (Xtext rebuilds a filing only when the names it uses changed, not when a rule did).
	 */
	@Override
	public void afterBuild(List<IResourceDescription.Delta> deltas) {
		super.afterBuild(deltas);
		boolean templates = deltas.stream().anyMatch(d -> "form".equals(d.getUri().fileExtension()));
		if (!templates) {
			return;
		}
		for (String uri : openFilings.keySet()) {
			validateOther(uri);
		}
		Set<URI> rebuilt = new HashSet<>();
		deltas.forEach(d -> rebuilt.add(d.getUri()));
		for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
			for (Resource resource : List.copyOf(project.getResourceSet().getResources())) {
				URI uri = resource.getURI();
				if ("filing".equals(uri.fileExtension()) && !rebuilt.contains(uri)
						&& getWorkspaceManager().isDocumentOpen(uri) && resource instanceof XtextResource xtext) {
					List<Issue> issues = new ArrayList<>(xtext.getResourceServiceProvider().getResourceValidator()
							.validate(xtext, CheckMode.ALL, CancelIndicator.NullImpl));
					Path root = Path.of(project.getBaseDir().toFileString()).toAbsolutePath().normalize();
					Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
					issues.addAll(findings.issues(project.getResourceSet(), root, file,
							xtext.getParseResult().getRootNode().getText(), issues));
					getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(
							uris.toUriString(uri), issues.stream().map(this::toDiagnostic).toList()));
				}
			}
		}
	}
}
