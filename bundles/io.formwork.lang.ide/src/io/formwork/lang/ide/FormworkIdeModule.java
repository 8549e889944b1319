package io.formwork.lang.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import io.formwork.lang.ide.highlighting.FormworkSemanticHighlightingCalculator;
import io.formwork.lang.ide.hover.FormworkDocumentationProvider;

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

	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return io.formwork.lang.ide.contentassist.FormworkCrossrefProposalProvider.class;
	}

	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return io.formwork.lang.ide.contentassist.FormworkContentProposalProvider.class;
	}

	public Class<? extends org.eclipse.xtext.ide.server.contentassist.ContentAssistService> bindContentAssistService() {
		return io.formwork.lang.ide.contentassist.FormworkContentAssist.class;
	}

	public Class<? extends org.eclipse.xtext.ide.server.codeActions.ICodeActionService2> bindICodeActionService2() {
		return io.formwork.lang.ide.quickfix.FormworkCodeActionService.class;
	}

	public Class<? extends org.eclipse.xtext.ide.server.symbol.DocumentSymbolService> bindDocumentSymbolService() {
		return io.formwork.lang.ide.symbol.FormworkDocumentSymbolService.class;
	}

	public Class<? extends org.eclipse.xtext.ide.server.rename.IRenameService2> bindIRenameService2() {
		return io.formwork.lang.ide.rename.FormworkRenameService.class;
	}
}
