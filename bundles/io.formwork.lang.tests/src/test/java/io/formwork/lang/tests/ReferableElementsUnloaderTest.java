package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ReferableElementsUnloader;

/**
 * Formwork's unloader (bound for reparsing) leaves every object of a template a proxy with the URI Xtext's
 * generic unloader gives it, and without adapters; on the examples' 2019 template and the revision of 2021.
 */
class ReferableElementsUnloaderTest {

	static final Path EXAMPLES = FormFiles.examples().resolve("gov-info-disclosure");

	/** The objects of a freshly loaded template, root first, in content order. */
	static List<EObject> load(String name) {
		XtextResourceSet set = FormFiles.injector().getInstance(XtextResourceSet.class);
		for (String other : new String[] { "gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form" }) {
			set.getResource(URI.createFileURI(EXAMPLES.resolve(other).toAbsolutePath().toString()), true);
		}
		XtextResource resource = (XtextResource) set
				.getResource(URI.createFileURI(EXAMPLES.resolve(name).toAbsolutePath().toString()), true);
		EcoreUtil.resolveAll(resource);
		EObject root = resource.getContents().get(0);
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		EcoreUtil.getAllProperContents(root, false).forEachRemaining(o -> objects.add((EObject) o));
		return objects;
	}

	static List<String> unloaded(IReferableElementsUnloader unloader, String name) {
		List<EObject> objects = load(name);
		unloader.unloadRoot(objects.get(0));
		List<String> uris = new ArrayList<>();
		for (EObject object : objects) {
			assertThat(object.eAdapters()).as("adapters of %s", object.eClass().getName()).isEmpty();
			uris.add(String.valueOf(((InternalEObject) object).eProxyURI()));
		}
		return uris;
	}

	@Test
	void everyObjectOfATemplateGetsTheProxyUriOfTheGenericUnloader() {
		for (String name : new String[] { "gov-info-disclosure-2019.form", "gov-info-disclosure-2021.form" }) {
			List<String> generic = unloaded(new IReferableElementsUnloader.GenericUnloader(), name);
			List<String> formwork = unloaded(new ReferableElementsUnloader(), name);
			assertThat(generic).hasSizeGreaterThan(50).doesNotContain("null");
			assertThat(formwork).as(name).containsExactlyElementsOf(generic);
		}
	}

	@Test
	void theLanguageUsesIt() {
		assertThat(FormFiles.injector().getInstance(IReferableElementsUnloader.class))
				.isInstanceOf(ReferableElementsUnloader.class);
	}
}
