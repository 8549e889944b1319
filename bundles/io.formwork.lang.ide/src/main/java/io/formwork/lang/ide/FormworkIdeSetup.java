package io.formwork.lang.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.formwork.lang.FormworkRuntimeModule;
import io.formwork.lang.FormworkStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Creates the injector of the Formwork language with its IDE services, outside and inside Eclipse.
 */
public class FormworkIdeSetup extends FormworkStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new FormworkRuntimeModule(), new FormworkIdeModule()));
	}
	
}
