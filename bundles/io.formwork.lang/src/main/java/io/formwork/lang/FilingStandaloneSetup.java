package io.formwork.lang;

/**
 * Initialises the filing language (.filing) outside Eclipse, together with the template language it refers to.
 */
public class FilingStandaloneSetup extends FilingStandaloneSetupGenerated {

	public static void doSetup() {
		new FilingStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
