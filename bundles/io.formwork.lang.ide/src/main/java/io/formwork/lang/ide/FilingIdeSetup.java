package io.formwork.lang.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.formwork.lang.FilingRuntimeModule;
import io.formwork.lang.FilingStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Creates the injector of the filing language with its IDE services.
 */
public class FilingIdeSetup extends FilingStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new FilingRuntimeModule(), new FilingIdeModule()));
	}
	
}
