package io.formwork.lang.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;

import io.formwork.lang.ide.FilingIdeSetup;
import io.formwork.lang.ide.FormworkIdeSetup;

/**
 * The two languages with their IDE services, registered in a fixed order: the filing language first, because its
 * generated setup also registers the template language, with its run-time services only, for {@code .form};
 * the template language's IDE setup then registers its IDE services over that (as the Eclipse editor does).
 */
@Singleton
public class FormworkLanguages implements Provider<IResourceServiceProvider.Registry> {

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			Injector filing = new FilingIdeSetup().createInjectorAndDoEMFRegistration();
			Injector formwork = new FormworkIdeSetup().createInjectorAndDoEMFRegistration();
			ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
			languages.getExtensionToFactoryMap().put("filing", filing.getInstance(IResourceServiceProvider.class));
			languages.getExtensionToFactoryMap().put("form", formwork.getInstance(IResourceServiceProvider.class));
			registry = languages;
		}
		return registry;
	}
}
