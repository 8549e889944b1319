package io.formwork.lang;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import io.formwork.lang.scoping.FormworkLinkingDiagnosticMessageProvider;
import io.formwork.lang.scoping.FormworkQualifiedNameProvider;

/**
 * Guice bindings of the Formwork language at run time (no Eclipse UI).
 */
public class FormworkRuntimeModule extends AbstractFormworkRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return FormworkQualifiedNameProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FormworkLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return io.formwork.lang.validation.LocatedResourceValidator.class;
	}
}
