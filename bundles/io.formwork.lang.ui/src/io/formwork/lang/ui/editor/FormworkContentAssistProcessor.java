package io.formwork.lang.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Content assist from Xtext's IDE services, called in-process as Xtext's web integration calls them: the
 * contexts at the cursor ({@link ContentAssistContextFactory}) and the proposals for them
 * ({@link IdeContentProposalProvider}): keywords, indicator, member, table and rule codes, functions, and in
 * filings the template's row, column and claim codes.
 */
public class FormworkContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "Formwork content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			List<ContentAssistEntry> entries = SourceModels.withCurrent(document, resource -> entries(resource, offset));
			if (entries == null) {
				return new ICompletionProposal[0];
			}
			for (ContentAssistEntry entry : entries) {
				String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				int start = offset - prefix.length();
				String display = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
				if (entry.getDescription() != null) {
					display += " — " + entry.getDescription();
				}
				proposals.add(new CompletionProposal(entry.getProposal(), start, prefix.length(),
						entry.getProposal().length(), null, display, null, entry.getDocumentation()));
			}
		} catch (RuntimeException e) {
			FormworkUi.log("Content assist failed", e);
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The proposals at an offset of a parsed resource, best first, without duplicates. */
	public static List<ContentAssistEntry> entries(XtextResource resource, int offset) {
		Injector injector = FormworkUi.injectorFor(resource.getURI().fileExtension());
		String text = resource.getParseResult().getRootNode().getText();
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			if (entry.getProposal() != null && seen.add(entry.getProposal() + "\u0000" + entry.getPrefix())) {
				entries.add(entry);
			}
		}
		return entries;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '[', '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
