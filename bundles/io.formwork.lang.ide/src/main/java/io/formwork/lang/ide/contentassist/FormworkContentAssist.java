package io.formwork.lang.ide.contentassist;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/**
 * Completion items as Xtext makes them, their documentation (the hover's, zh and en) sent as Markdown, which
 * is how it is written.
 */
public class FormworkContentAssist extends ContentAssistService {

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition,
			Document document) {
		CompletionItem item = super.toCompletionItem(entry, caretOffset, caretPosition, document);
		if (entry.getDocumentation() != null) {
			item.setDocumentation(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, entry.getDocumentation())));
		}
		return item;
	}
}
