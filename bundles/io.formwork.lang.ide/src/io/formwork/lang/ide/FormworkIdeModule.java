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
}
