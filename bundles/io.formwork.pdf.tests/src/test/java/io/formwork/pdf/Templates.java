package io.formwork.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.filing.JsonFilingReader;
import io.formwork.forms.FormTemplate;
import io.formwork.lang.FormworkStandaloneSetup;
import io.formwork.lang.compiler.LayoutCompiler;
import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.formwork.FormFile;
import io.formwork.runtime.Filing;

/** The example templates compiled into plans and layouts, and the example filings, for the tests. */
final class Templates {

	private static final Map<Integer, FormTemplate> LOADED = new HashMap<>();

	private Templates() {
	}

	static Path examples() {
		return Path.of(System.getProperty("formwork.examples", "../../examples")).resolve("gov-info-disclosure")
				.toAbsolutePath().normalize();
	}

	static Path fixture(String name) {
		return Path.of(System.getProperty("formwork.fixtures", "src/test/resources")).resolve(name).toAbsolutePath();
	}

	/** The gov-info-disclosure template of a year (2008, 2019, 2021). */
	static synchronized FormTemplate of(int year) {
		return LOADED.computeIfAbsent(year, y -> {
			XtextResourceSet set = new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration()
					.getInstance(XtextResourceSet.class);
			try (Stream<Path> forms = Files.list(examples())) {
				forms.filter(p -> p.toString().endsWith(".form")).sorted()
						.forEach(p -> set.getResource(URI.createFileURI(p.toString()), true));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			EcoreUtil.resolveAll(set);
			var resource = set.getResource(
					URI.createFileURI(examples().resolve("gov-info-disclosure-" + y + ".form").toString()), true);
			var template = ((FormFile) resource.getContents().get(0)).getTemplate();
			return new FormTemplate(new PlanCompiler().compile(template), new LayoutCompiler().compile(template));
		});
	}

	/** An example filing in JSON (example-city-2021, example-county-2019-error…). */
	static Filing json(String name) {
		return new JsonFilingReader().read(examples().resolve("filings").resolve(name + ".json"));
	}
}
