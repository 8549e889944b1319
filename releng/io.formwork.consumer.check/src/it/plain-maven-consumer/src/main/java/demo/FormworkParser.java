package demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import io.formwork.lang.FormworkStandaloneSetup;

/** Parses Formwork text outside Eclipse, the way a plain Java application would. */
public final class FormworkParser {

	private final Injector injector = new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration();

	/** Parses {@code text} as the content of a {@code .form} file held in memory. */
	public Resource parse(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/demo.form"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}
}
