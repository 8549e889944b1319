package io.formwork.lang;

import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.name.Names;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.lazy.LazyURIEncoder;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.IResourceValidator;

import io.formwork.lang.generator.FormworkGenerator;
import io.formwork.lang.generator.FormworkOutputConfigurationProvider;
import io.formwork.lang.parser.FormworkSyntaxErrorMessages;
import io.formwork.lang.scoping.FormworkLinkingDiagnosticMessageProvider;
import io.formwork.lang.scoping.FormworkLocalScopeProvider;
import io.formwork.lang.scoping.FormworkQualifiedNameProvider;
import io.formwork.lang.validation.IncrementalResourceValidator;

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

	/** After a keystroke's partial reparse, only what the change can affect is checked again (see the class). */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return IncrementalResourceValidator.class;
	}

	/** Read within limits, as strict UTF-8 (GuardedResource); after a keystroke's partial reparse, the linking follows the change (see the class). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return FormworkResource.class;
	}

	/** Xtext's lazy linker, able to link the part of a model a partial reparse changed. */
	@Override
	public Class<? extends ILinker> bindILinker() {
		return FormworkLinker.class;
	}

	/** Unloading a reparsed model in time linear in its size (see the class). */
	public Class<? extends IReferableElementsUnloader> bindIReferableElementsUnloader() {
		return ReferableElementsUnloader.class;
	}

	/**
	 * Lazy links are numbered in their resource ({@code resource#|12}) instead of spelled as a path of list
	 * indexes and node positions: Xtext's own setting (Xbase languages use it). The path made installing and
	 * resolving every link cost a linear search of its container's list ({@code indexOf}), so a template of
	 * thousands of members spent a quarter of its reparse there.
	 */
	public void configureUseIndexFragmentsForLazyLinking(Binder binder) {
		binder.bind(Boolean.TYPE).annotatedWith(Names.named(LazyURIEncoder.USE_INDEXED_FRAGMENTS_BINDING))
				.toInstance(Boolean.TRUE);
	}

	/** Scoping by qualified names and imports, each container's scope built once (see the class). */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class)
				.annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(FormworkLocalScopeProvider.class);
	}

	/** Java, JSON Schema and documentation from each template (the xtext-maven-plugin runs it too). */
	public Class<? extends IGenerator2> bindIGenerator2() {
		return FormworkGenerator.class;
	}

	public void configureIOutputConfigurationProvider(Binder binder) {
		binder.bind(IOutputConfigurationProvider.class).to(FormworkOutputConfigurationProvider.class)
				.in(Singleton.class);
	}

	/** Syntax errors in Chinese and English, as the other messages. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return FormworkSyntaxErrorMessages.class;
	}
}
