package io.formwork.lang.generator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;

/**
 * The Xtext generator of the Formwork language, for Xtext's builders (the xtext-maven-plugin, the Eclipse
 * builder): for a template, the typed filing class and the validator into the default output, the JSON Schema
 * into {@value #SCHEMA_OUTPUT} and the documentation into {@value #DOCS_OUTPUT}. Catalogs generate nothing.
 * Classes go to the template's namespace, else to {@value TemplateArtifacts#DEFAULT_PACKAGE}.
 */
public class FormworkGenerator extends AbstractGenerator {

	/** The output configuration of the JSON Schemas. */
	public static final String SCHEMA_OUTPUT = "formwork-schema";

	/** The output configuration of the HTML documentation. */
	public static final String DOCS_OUTPUT = "formwork-docs";

	@Override
	public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (input.getContents().isEmpty() || !(input.getContents().get(0) instanceof FormFile form)
				|| form.getTemplate() == null) {
			return;
		}
		for (Artifact artifact : TemplateArtifacts.of(form.getTemplate(), null)) {
			switch (artifact.kind()) {
			case JAVA -> fsa.generateFile(artifact.path(), artifact.content());
			case SCHEMA -> fsa.generateFile(artifact.path(), SCHEMA_OUTPUT, artifact.content());
			case HTML -> fsa.generateFile(artifact.path(), DOCS_OUTPUT, artifact.content());
			}
		}
	}
}
