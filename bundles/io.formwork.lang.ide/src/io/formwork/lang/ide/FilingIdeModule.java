package io.formwork.lang.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

import io.formwork.lang.ide.highlighting.FormworkSemanticHighlightingCalculator;
import io.formwork.lang.ide.hover.FormworkDocumentationProvider;

/**
 * Guice bindings of the IDE services of the filing language (.filing): a filing's codes are the template's, so
 * they are highlighted and explained like in the template. No Eclipse UI here.
 */
public class FilingIdeModule extends AbstractFilingIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return FormworkSemanticHighlightingCalculator.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return FormworkDocumentationProvider.class;
	}
}
