package io.formwork.lang;

/**
 * Initialises the Formwork language outside Eclipse: registers the EPackage and the .form resource factory.
 */
public class FormworkStandaloneSetup extends FormworkStandaloneSetupGenerated {

	public static void doSetup() {
		new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
