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
}
