package io.formwork.lang.generator;

import java.util.List;

import io.formwork.lang.formwork.Template;

/**
 * Everything generated from one template: the typed filing class and the validator (Java), the JSON Schema of
 * its JSON filings, and its HTML documentation. Deterministic: the same template gives the same bytes.
 */
public final class TemplateArtifacts {

	/** Where an artifact belongs: Java sources, resources (the schema), documentation. */
	public enum Kind {
		JAVA, SCHEMA, HTML
	}

	/** One generated file: its kind, its path relative to the folder of its kind, and its text (UTF-8). */
	public record Artifact(Kind kind, String path, String content) {
	}

	/** The package generated classes go to when the template's name is not qualified. */
	public static final String DEFAULT_PACKAGE = "formwork.generated";

	private TemplateArtifacts() {
	}

	/** Every artifact of a template; classes go to the template's namespace, else to {@code defaultPackage}. */
	public static List<Artifact> of(Template template, String defaultPackage) {
		TemplateModel model = new TemplateModel(template,
				defaultPackage == null || defaultPackage.isBlank() ? DEFAULT_PACKAGE : defaultPackage);
		String folder = model.packageName().replace('.', '/') + "/";
		String id = model.plan().templateId();
		return List.of(
				new Artifact(Kind.JAVA, folder + model.filingClass() + ".java", new FilingClassGenerator(model).generate()),
				new Artifact(Kind.JAVA, folder + model.validatorClass() + ".java", new ValidatorGenerator(model).generate()),
				new Artifact(Kind.SCHEMA, id + ".schema.json", new SchemaGenerator(model).generate()),
				new Artifact(Kind.HTML, id + ".html", new HtmlGenerator(model).generate()));
	}
}
