package io.formwork.lang.ui;

import com.google.inject.Injector;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.osgi.framework.BundleContext;

import io.formwork.lang.ide.FilingIdeSetup;
import io.formwork.lang.ide.FormworkIdeSetup;
import io.formwork.lang.ui.model.SourceModels;

/**
 * The editor bundle: the Formwork and filing languages with their IDE services (one Guice injector each,
 * created on first use and registered with EMF for the .form and .filing extensions) and the models of the
 * sources that editors work on.
 */
public class FormworkUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "io.formwork.lang.ui";

	private static FormworkUi instance;
	private static Injector formwork;
	private static Injector filing;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		SourceModels.shutdown();
		instance = null;
		super.stop(context);
	}

	public static FormworkUi getDefault() {
		return instance;
	}

	/** The template language (.form) with its IDE services. */
	public static synchronized Injector formworkInjector() {
		init();
		return formwork;
	}

	/** The filing language (.filing) with its IDE services. */
	public static synchronized Injector filingInjector() {
		init();
		return filing;
	}

	/** The injector of the language a file extension belongs to, or null. */
	public static Injector injectorFor(String fileExtension) {
		if ("form".equals(fileExtension)) {
			return formworkInjector();
		}
		if ("filing".equals(fileExtension)) {
			return filingInjector();
		}
		return null;
	}

	private static void init() {
		if (formwork == null) {
			// what the generated standalone setups register first: the grammar's binary form and Ecore
			var factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
			factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
			factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
			factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
			EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI,
					XtextPackage.eINSTANCE);
			// the filing language first: its setup would otherwise register the template language's runtime
			// (not IDE) services for .form
			FilingIdeSetup filingSetup = new FilingIdeSetup();
			filing = filingSetup.createInjector();
			FormworkIdeSetup formworkSetup = new FormworkIdeSetup();
			formwork = formworkSetup.createInjector();
			formworkSetup.register(formwork);
			filingSetup.register(filing);
		}
	}

	public static void log(String message, Throwable e) {
		ILog.of(FormworkUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
	}
}
