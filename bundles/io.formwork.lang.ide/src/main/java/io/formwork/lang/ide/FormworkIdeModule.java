package io.formwork.lang.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import io.formwork.lang.ide.contentassist.FormworkContentAssist;
import io.formwork.lang.ide.contentassist.FormworkContentProposalProvider;
import io.formwork.lang.ide.contentassist.FormworkCrossrefProposalProvider;
import io.formwork.lang.ide.highlighting.FormworkSemanticHighlightingCalculator;
import io.formwork.lang.ide.hover.FormworkDocumentationProvider;
import io.formwork.lang.ide.quickfix.FormworkCodeActionService;
import io.formwork.lang.ide.rename.FormworkRenameService;
import io.formwork.lang.ide.symbol.FormworkDocumentSymbolService;

/**
 * Guice bindings of the Formwork IDE services (content assist, highlighting, hover…), shared by every editor
 * integration: the Eclipse editor and the language server. No Eclipse UI here.
 */
public class FormworkIdeModule extends AbstractFormworkIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return FormworkSemanticHighlightingCalculator.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return FormworkDocumentationProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return FormworkCrossrefProposalProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return FormworkContentProposalProvider.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return FormworkContentAssist.class;
	}

	public Class<? extends org.eclipse.xtext.ide.server.codeActions.ICodeActionService2> bindICodeActionService2() {
		return FormworkCodeActionService.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return FormworkDocumentSymbolService.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return FormworkRenameService.class;
	}
}
