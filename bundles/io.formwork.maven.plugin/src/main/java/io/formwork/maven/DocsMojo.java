package io.formwork.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.formwork.lang.generator.Codegen;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;
import io.formwork.lang.generator.TemplateArtifacts;
import io.formwork.runtime.io.AtomicFile;

/**
 * Writes the documentation of every template under {@code src/main/formwork} to {@code target/site/formwork/}:
 * one HTML page per template (tables as printed, indicators with their definitions, rules as written, in
 * Chinese and English), the JSON Schema of its filings, and an index.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class DocsMojo extends AbstractMojo {

	@Parameter(property = "formwork.sourceDirectory", defaultValue = "${project.basedir}/src/main/formwork")
	File sourceDirectory;

	@Parameter(property = "formwork.docsDirectory", defaultValue = "${project.reporting.outputDirectory}/formwork")
	File outputDirectory;

	@Parameter(property = "formwork.skip", defaultValue = "false")
	boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Formwork documentation skipped");
			return;
		}
		if (!sourceDirectory.isDirectory()) {
			getLog().info("No Formwork templates: " + sourceDirectory + " does not exist");
			return;
		}
		try {
			Codegen.Result result = Codegen.generate(List.of(sourceDirectory.toPath()), null);
			if (!result.ok()) {
				result.errors().forEach(e -> getLog().error(e.toString()));
				throw new MojoFailureException(result.errors().size() + " error(s) in Formwork templates under "
						+ sourceDirectory + ":\n" + String.join("\n", result.errors().stream().map(Object::toString).toList()));
			}
			Path out = outputDirectory.toPath();
			List<Artifact> docs = result.artifacts().stream().filter(a -> a.kind() != TemplateArtifacts.Kind.JAVA).toList();
			Codegen.write(docs, null, out, out);
			StringBuilder index = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
					.append("<title>模板 Templates</title>\n</head>\n<body>\n<h1>模板 <span lang=\"en\">Templates</span></h1>\n<ul>\n");
			for (Artifact doc : docs) {
				if (doc.kind() == TemplateArtifacts.Kind.HTML) {
					String id = doc.path().substring(0, doc.path().length() - ".html".length());
					String title = doc.content().replaceAll("(?s).*<title>(.*?)</title>.*", "$1");
					index.append("<li><a href=\"").append(doc.path()).append("\">").append(title).append("</a> (<code>")
							.append(id).append("</code>, <a href=\"").append(id).append(".schema.json\">JSON Schema</a>)</li>\n");
				}
			}
			index.append("</ul>\n</body>\n</html>\n");
			Files.createDirectories(out);
			AtomicFile.writeText(out.resolve("index.html"), w -> w.append(index));
			getLog().info("Formwork documentation of " + result.templates().size() + " template(s) in " + out);
		} catch (IOException e) {
			throw new MojoExecutionException("Formwork documentation failed: " + e.getMessage(), e);
		}
	}
}
