package io.formwork.lang;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;

import io.formwork.lang.scoping.FilingLinkingDiagnosticMessageProvider;

/**
 * Guice bindings of the filing language (.filing) at run time.
 */
public class FilingRuntimeModule extends AbstractFilingRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FilingLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return io.formwork.lang.validation.LocatedResourceValidator.class;
	}

	/** Templates and filings are read within limits, as strict UTF-8 (see the class). */
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return GuardedResource.class;
	}

	/** Syntax errors in Chinese and English, as the other messages. */
	public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return io.formwork.lang.parser.FormworkSyntaxErrorMessages.class;
	}

	/** The canonical layout of a textual filing. */
	public Class<? extends org.eclipse.xtext.formatting2.IFormatter2> bindIFormatter2() {
		return io.formwork.lang.formatting2.FilingFormatter.class;
	}

	public void configureFormatterPreferences(com.google.inject.Binder binder) {
		binder.bind(org.eclipse.xtext.preferences.IPreferenceValuesProvider.class)
				.annotatedWith(org.eclipse.xtext.formatting2.FormatterPreferences.class)
				.to(org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider.class);
	}
}
