package io.formwork.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The quick fixes of {@link QuickFixes} as LSP code actions: for each diagnostic of the request that has an issue
 * code with fixes, one {@code quickfix} action per fix, editing the text the diagnostic marks.
 */
public class FormworkCodeActionService implements ICodeActionService2 {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getCodeActionParams() == null || options.getCodeActionParams().getContext() == null) {
			return new ArrayList<>();
		}
		if (options.getResource() != null && options.getDocument() != null) {
			return actions(options.getResource(), options.getDocument(), options);
		}
		// Xtext's server gives the URI alone: read the document and its resource, as they are now
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> actions(context.getResource(), context.getDocument(), options));
	}

	private static List<Either<Command, CodeAction>> actions(Resource read,
			Document document, Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(read instanceof XtextResource resource) || document == null) {
			return actions;
		}
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null
					: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
			if (!QuickFixes.handles(code)) {
				continue;
			}
			int start = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			String marked = document.getContents().substring(start, end);
			for (QuickFixes.Fix fix : QuickFixes.fixes(resource, code, start, end, data(diagnostic.getData()))) {
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				TextEdit edit = new TextEdit(diagnostic.getRange(), fix.replacement(marked));
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(edit))));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	/** The issue data a diagnostic carries back from the client: a JSON array of strings, or a list. */
	private static List<String> data(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				result.add(element.isJsonNull() ? null : element.getAsString());
			}
		} else if (data instanceof JsonElement element && element.isJsonPrimitive()) {
			result.add(element.getAsString());
		} else if (data instanceof String[] strings) {
			result.addAll(List.of(strings));
		} else if (data instanceof List<?> list) {
			list.forEach(o -> result.add(String.valueOf(o)));
		}
		return result;
	}
}
