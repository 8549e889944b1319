package io.formwork.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import io.formwork.lang.generator.Codegen;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;
import io.formwork.lang.generator.TemplateArtifacts;
import io.formwork.runtime.io.AtomicFile;

/**
 * Generates Java from the templates under {@code src/main/formwork}: per template a typed filing class and a
 * compiled validator (into {@code target/generated-sources/formwork}, added as a compile source root) and the
 * JSON Schema of its JSON filings (into {@code target/generated-resources/formwork}, added as a resource
 * folder). Skips the work when no template, catalog or setting changed since the last run; fails the build with
 * every template error, located, when a template has errors.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

	/** Templates and catalogs (.form files), in any sub-folder. */
	@Parameter(property = "formwork.sourceDirectory", defaultValue = "${project.basedir}/src/main/formwork")
	File sourceDirectory;

	/** Where the Java sources go. */
	@Parameter(property = "formwork.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/formwork")
	File outputDirectory;

	/** Where the JSON Schemas go. */
	@Parameter(property = "formwork.resourceDirectory", defaultValue = "${project.build.directory}/generated-resources/formwork")
	File resourceDirectory;

	/** The package of the generated classes of templates whose name is not qualified. */
	@Parameter(property = "formwork.packageName", defaultValue = TemplateArtifacts.DEFAULT_PACKAGE)
	String packageName;

	@Parameter(property = "formwork.skip", defaultValue = "false")
	boolean skip;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** Changes when the generator changes, so that a new plugin version regenerates. */
	static final String GENERATOR_VERSION = "formwork-codegen/1";

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Formwork generation skipped");
			return;
		}
		Path source = sourceDirectory.toPath();
		Path java = outputDirectory.toPath();
		Path resources = resourceDirectory.toPath();
		if (!Files.isDirectory(source)) {
			getLog().info("No Formwork templates: " + source + " does not exist");
			return;
		}
		if (project != null) {
			project.addCompileSourceRoot(java.toString());
			Resource resource = new Resource();
			resource.setDirectory(resources.toString());
			if (project.getResources().stream().noneMatch(r -> resources.toString().equals(r.getDirectory()))) {
				project.addResource(resource);
			}
		}
		try {
			List<Path> inputs = Codegen.formFiles(List.of(source));
			if (inputs.isEmpty()) {
				getLog().warn("No .form files under " + source);
				return;
			}
			Path stampFile = java.resolve(".formwork-inputs");
			String stamp = stamp(source, inputs) + "|" + packageName;
			List<Path> previous = previouslyGenerated(stampFile);
			if (upToDate(stampFile, stamp)) {
				getLog().info("Formwork sources are up to date (" + inputs.size() + " template and catalog file(s))");
				return;
			}
			Codegen.Result result = Codegen.generate(List.of(source), packageName);
			if (!result.ok()) {
				for (Codegen.Error error : result.errors()) {
					getLog().error(error.toString());
				}
				throw new MojoFailureException(result.errors().size() + " error(s) in Formwork templates under " + source
						+ ":\n" + String.join("\n", result.errors().stream().map(Object::toString).toList()));
			}
			List<Artifact> artifacts = result.artifacts().stream()
					.filter(a -> a.kind() != TemplateArtifacts.Kind.HTML).toList();
			List<Path> written = Codegen.write(artifacts, java, resources, null);
			removeStale(previous, written);
			Files.createDirectories(java);
			StringBuilder record = new StringBuilder(stamp).append('\n');
			written.forEach(p -> record.append(p).append('\n'));
			AtomicFile.writeText(stampFile, w -> w.append(record));
			getLog().info("Formwork: " + result.templates().size() + " template(s), " + written.size()
					+ " file(s) generated into " + java + " and " + resources);
		} catch (IOException e) {
			throw new MojoExecutionException("Formwork generation failed: " + e.getMessage(), e);
		}
	}

	/** A digest of every input's path and bytes and of the settings. */
	static String stamp(Path source, List<Path> inputs) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(GENERATOR_VERSION.getBytes(StandardCharsets.UTF_8));
			for (Path input : inputs) {
				digest.update(source.relativize(input).toString().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Files.readAllBytes(input));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean upToDate(Path stampFile, String stamp) throws IOException {
		if (!Files.isRegularFile(stampFile)) {
			return false;
		}
		List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).equals(stamp)) {
			return false;
		}
		return lines.stream().skip(1).filter(l -> !l.isBlank()).allMatch(l -> Files.isRegularFile(Path.of(l)));
	}

	/** The files the last run generated, as its stamp file lists them. */
	private static List<Path> previouslyGenerated(Path stampFile) throws IOException {
		if (!Files.isRegularFile(stampFile)) {
			return List.of();
		}
		return Files.readAllLines(stampFile, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
				.map(Path::of).toList();
	}

	/**
	 * Deletes what the last run generated and this one did not (a template removed or renamed); never a file
	 * the plugin did not write.
	 */
	private void removeStale(List<Path> previous, List<Path> written) throws IOException {
		Set<Path> keep = new HashSet<>(written);
		for (Path file : previous) {
			if (!keep.contains(file) && Files.isRegularFile(file)) {
				Files.delete(file);
				getLog().info("Removed " + file + " (its template is gone)");
			}
		}
	}
}
