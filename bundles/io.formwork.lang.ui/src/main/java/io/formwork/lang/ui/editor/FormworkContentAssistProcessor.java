package io.formwork.lang.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.google.inject.Injector;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.source.ContentAssistantFacade;
import org.eclipse.jface.text.source.ISourceViewerExtension4;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import io.formwork.lang.formwork.Label;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Content assist from Xtext's IDE services, called in-process as Xtext's web integration calls them: the
 * contexts at the cursor ({@link ContentAssistContextFactory}) and the proposals for them
 * ({@link IdeContentProposalProvider}): keywords, indicator, member, table and rule codes, functions, and in
 * filings the template's row, column and claim codes. It opens by itself only after {@code [} and after the
 * {@code .} of a qualified code; anywhere else on Ctrl+Space.
 */
public class FormworkContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "Formwork content assist");
		thread.setDaemon(true);
		return thread;
	});

	/** A proposal as shown: what it inserts, where, its display string and its documentation. */
	public record Proposal(String text, int offset, int replaced, String display, String documentation) {
	}

	/**
	 * Per viewer, whether the content assist session under way was opened automatically (the Generic Editor opens it
	 * on every letter and digit typed; only the session's start event tells an automatic opening from Ctrl+Space).
	 */
	private static final Map<ITextViewer, Boolean> AUTOMATIC = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Set<ITextViewer> TRACKED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	/**
	 * Follows the content assist sessions of a viewer, to know which were opened automatically. Called when the
	 * editor is set up (the reconciler's install) and again on each request, whichever comes once the viewer has
	 * its content assistant.
	 */
	public static void track(ITextViewer viewer) {
		if (!(viewer instanceof ISourceViewerExtension4 extension) || TRACKED.contains(viewer)) {
			return;
		}
		ContentAssistantFacade facade = extension.getContentAssistantFacade();
		if (facade == null || !TRACKED.add(viewer)) {
			return;
		}
		facade.addCompletionListener(new ICompletionListener() {
			@Override
			public void assistSessionStarted(ContentAssistEvent event) {
				AUTOMATIC.put(viewer, event.isAutoActivated);
			}

			@Override
			public void assistSessionEnded(ContentAssistEvent event) {
				AUTOMATIC.remove(viewer);
			}

			@Override
			public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
				// nothing to follow
			}
		});
	}

	/**
	 * Whether content assist may open by itself at an offset: right after {@code [} (a cell reference), or after
	 * the {@code .} of a qualified code ({@code gid.}), with the part of a code typed since. Never after a number
	 * ({@code 12}, {@code 12.}), a comma or a space: there Ctrl+Space asks for it.
	 */
	public static boolean opensAutomatically(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isCodePart(document.getChar(start - 1))) {
				start--;
			}
			if (start == 0) {
				return false;
			}
			char before = document.getChar(start - 1);
			if (before == '[') {
				return true;
			}
			if (before != '.') {
				return false;
			}
			int qualifier = start - 1;
			while (qualifier > 0 && isCodePart(document.getChar(qualifier - 1))) {
				qualifier--;
			}
			// a qualifier is a code: it starts with a letter or '_', never with a digit (12.5 is a number)
			return qualifier < start - 1 && !Character.isDigit(document.getChar(qualifier));
		} catch (BadLocationException e) {
			return false;
		}
	}

	private static boolean isCodePart(char c) {
		return c == '_' || Character.isLetterOrDigit(c);
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		track(viewer);
		return computeCompletionProposals(viewer, offset, Boolean.TRUE.equals(AUTOMATIC.get(viewer)));
	}

	/**
	 * The proposals at an offset, for a session opened automatically (then none where {@link #opensAutomatically}
	 * says no, and the popup stays closed) or on request (Ctrl+Space: always).
	 */
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset, boolean automatic) {
		IDocument document = viewer.getDocument();
		if (automatic && !opensAutomatically(document, offset)) {
			return new ICompletionProposal[0];
		}
		try {
			List<Proposal> proposals = SourceModels.withCurrent(document, resource -> proposals(resource, offset));
			if (proposals == null) {
				return new ICompletionProposal[0];
			}
			return proposals.stream().map(p -> new CompletionProposal(p.text(), p.offset(), p.replaced(), p.text().length(),
					null, p.display(), null, p.documentation())).toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			FormworkUi.log("Content assist failed", e);
			return new ICompletionProposal[0];
		}
	}

	/**
	 * The proposals at an offset: a code in scope is shown with its Chinese label ("documents_issued — 本年制发件数")
	 * and documented like its hover; a qualified name is left out when its simple name is proposed too.
	 */
	public static List<Proposal> proposals(XtextResource resource, int offset) {
		List<ContentAssistEntry> entries = entries(resource, offset);
		Set<String> simple = new HashSet<>();
		for (ContentAssistEntry entry : entries) {
			if (!entry.getProposal().contains(".")) {
				simple.add(entry.getProposal());
			}
		}
		IEObjectDocumentationProvider documentation = resource.getResourceServiceProvider().get(IEObjectDocumentationProvider.class);
		List<Proposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			String text = entry.getProposal();
			int dot = text.lastIndexOf('.');
			if (dot > 0 && dot < text.length() - 1 && simple.contains(text.substring(dot + 1))) {
				continue;
			}
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String display = entry.getLabel() != null ? entry.getLabel() : text;
			String doc = entry.getDocumentation();
			if (entry.getSource() instanceof IEObjectDescription description) {
				EObject element = EcoreUtil.resolve(description.getEObjectOrProxy(), resource);
				if (!element.eIsProxy()) {
					String label = label(element);
					display = label == null ? display : display + " — " + label;
					String markdown = documentation == null ? null : documentation.getDocumentation(element);
					doc = markdown == null ? doc : FormworkTextHover.plain(markdown);
				}
			} else if (entry.getDescription() != null) {
				display += " — " + entry.getDescription();
			}
			proposals.add(new Proposal(text, offset - prefix.length(), prefix.length(), display, doc));
		}
		return proposals;
	}

	/** The entries Xtext proposes at an offset of a parsed resource, without duplicates. */
	public static List<ContentAssistEntry> entries(XtextResource resource, int offset) {
		Injector injector = FormworkUi.injectorFor(resource.getURI().fileExtension());
		String text = resource.getParseResult().getRootNode().getText();
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			if (entry.getProposal() != null && seen.add(entry.getProposal() + "\u0000" + entry.getPrefix())) {
				entries.add(entry);
			}
		}
		return entries;
	}

	/** The Chinese label of a labelled element (or its English one), else null. */
	private static String label(EObject element) {
		var feature = element.eClass().getEStructuralFeature("label");
		if (feature != null && element.eGet(feature) instanceof Label label) {
			return label.getZh() != null ? label.getZh() : label.getEn();
		}
		return null;
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
