package io.formwork.lang;

import com.google.inject.Binder;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.IResourceValidator;

import io.formwork.lang.formatting2.FilingFormatter;
import io.formwork.lang.parser.FormworkSyntaxErrorMessages;
import io.formwork.lang.scoping.FilingLinkingDiagnosticMessageProvider;
import io.formwork.lang.validation.LocatedResourceValidator;

/**
 * Guice bindings of the filing language (.filing) at run time.
 */
public class FilingRuntimeModule extends AbstractFilingRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FilingLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return LocatedResourceValidator.class;
	}

	/** Templates and filings are read within limits, as strict UTF-8 (see the class). */
	public Class<? extends XtextResource> bindXtextResource() {
		return GuardedResource.class;
	}

	/** Syntax errors in Chinese and English, as the other messages. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return FormworkSyntaxErrorMessages.class;
	}

	/** The canonical layout of a textual filing. */
	public Class<? extends IFormatter2> bindIFormatter2() {
		return FilingFormatter.class;
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class)
				.annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}
}
