package io.formwork.lang.server;

import com.google.inject.AbstractModule;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * Formwork's bindings over Xtext's {@code ServerModule}: the server announces only what it implements for the
 * two languages, and it never writes generated files into the user's folders.
 */
public class FormworkServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(LanguageServer.class).to(FormworkLanguageServerImpl.class);
		bind(LanguageServerImpl.class).to(FormworkLanguageServerImpl.class);
		bind(ProjectManager.class).to(ValidatingProjectManager.class);
		bind(IResourceServiceProvider.Registry.class).toProvider(FormworkLanguages.class);
		bind(SemanticTokensService.class).to(FormworkSemanticTokens.class);
	}
}
