package io.formwork.lang.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.inject.Injector;
import com.google.inject.Key;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Format (Ctrl+Shift+F): the language's formatter (the canonical layout the examples are written in) over the
 * whole document, applied as one undoable edit. A document with syntax errors is left as it is.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		format(document);
		return null;
	}

	/** Formats the document; false when it has syntax errors or is not a Formwork source. */
	public static boolean format(IDocument document) {
		long stamp = document instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : -1;
		List<ITextReplacement> replacements = SourceModels.withCurrent(document, FormatHandler::replacements);
		if (replacements == null || replacements.isEmpty()) {
			return replacements != null;
		}
		if (document instanceof IDocumentExtension4 d4 && d4.getModificationStamp() != stamp) {
			return false;
		}
		MultiTextEdit edit = new MultiTextEdit();
		List<ITextReplacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(ITextReplacement::getOffset));
		for (ITextReplacement r : sorted) {
			edit.addChild(new ReplaceEdit(r.getOffset(), r.getLength(), r.getReplacementText()));
		}
		try {
			edit.apply(document);
			return true;
		} catch (MalformedTreeException | BadLocationException e) {
			FormworkUi.log("Formatting failed", e);
			return false;
		}
	}

	private static List<ITextReplacement> replacements(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		Injector injector = FormworkUi.injectorFor(resource.getURI().fileExtension());
		if (injector.getExistingBinding(Key.get(IFormatter2.class)) == null) {
			return null; // the language has no formatter (filings)
		}
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		return injector.getInstance(IFormatter2.class).format(request);
	}
}
