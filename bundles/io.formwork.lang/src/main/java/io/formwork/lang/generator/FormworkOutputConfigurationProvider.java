package io.formwork.lang.generator;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.generator.OutputConfiguration;

/** The outputs of {@link FormworkGenerator}: Java sources, JSON Schemas, documentation. */
public class FormworkOutputConfigurationProvider implements IOutputConfigurationProvider {

	@Override
	public Set<OutputConfiguration> getOutputConfigurations() {
		Set<OutputConfiguration> outputs = new LinkedHashSet<>();
		outputs.add(output(IFileSystemAccess.DEFAULT_OUTPUT, "Java", "./src-gen"));
		outputs.add(output(FormworkGenerator.SCHEMA_OUTPUT, "JSON Schemas", "./src-gen-schema"));
		outputs.add(output(FormworkGenerator.DOCS_OUTPUT, "Documentation", "./doc-gen"));
		return outputs;
	}

	private static OutputConfiguration output(String name, String description, String directory) {
		OutputConfiguration output = new OutputConfiguration(name);
		output.setDescription(description);
		output.setOutputDirectory(directory);
		output.setOverrideExistingResources(true);
		output.setCreateOutputDirectory(true);
		output.setCleanUpDerivedResources(true);
		output.setSetDerivedProperty(true);
		return output;
	}
}
