package io.formwork.maven;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.formwork.filing.report.JsonReportWriter;
import io.formwork.filing.report.SarifWriter;
import io.formwork.filing.report.TextReportWriter;
import io.formwork.lang.generator.Codegen;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Language;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ValidationResult;
import io.formwork.workspace.Workspace;

/**
 * Validates the filings under a folder against their templates, as {@code formwork validate} does: each filing
 * (.json, .csv, .filing, narrative .txt and .html) against the template it names, or against
 * {@code defaultTemplate}. Writes {@code formwork.sarif}, {@code formwork.json} and {@code formwork.txt} to
 * {@code target/formwork/}; fails the build when a filing has errors (or only warns, with
 * {@code failOnError=false}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

	/** The problem of a filing no template can be found for. */
	public static final String NO_TEMPLATE = "filing.noTemplate";

	/** Templates and catalogs (.form files) the filings are validated against. */
	@Parameter(property = "formwork.sourceDirectory", defaultValue = "${project.basedir}/src/main/formwork")
	File sourceDirectory;

	/** The filings. */
	@Parameter(property = "formwork.filingDirectory", defaultValue = "${project.basedir}/src/main/filings")
	File filingDirectory;

	/** Which files under {@link #filingDirectory} are filings (glob patterns, relative to it). */
	@Parameter
	List<String> includes = new ArrayList<>(List.of("**.json", "**.csv", "**.filing", "**.txt", "**.html", "**.htm"));

	/**
	 * The template (its id, or its file name under the source folder) for filings that name none (narrative
	 * text names none); by default the only template, if there is one.
	 */
	@Parameter(property = "formwork.template")
	String defaultTemplate;

	/** Fail the build when a filing has errors; false only warns. */
	@Parameter(property = "formwork.failOnError", defaultValue = "true")
	boolean failOnError;

	/** Fail the build on warnings too. */
	@Parameter(property = "formwork.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	/** zh or en: the language of the build log and the SARIF messages (default: from the locale). */
	@Parameter(property = "formwork.lang")
	String lang;

	/** Where the reports go. */
	@Parameter(property = "formwork.reportDirectory", defaultValue = "${project.build.directory}/formwork")
	File reportDirectory;

	@Parameter(property = "formwork.skip", defaultValue = "false")
	boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Formwork validation skipped");
			return;
		}
		Language language = language();
		Path filingsRoot = filingDirectory.toPath();
		if (!Files.isDirectory(filingsRoot)) {
			getLog().info("No filings to validate: " + filingsRoot + " does not exist");
			return;
		}
		Map<String, Workspace> templates = loadTemplates();
		Workspace fallback = fallback(templates);
		List<ValidationResult> results = new ArrayList<>();
		Workspace first = templates.values().iterator().next();
		for (Path file : filings(filingsRoot)) {
			Filing filing;
			Workspace workspace;
			if (isNarrative(file)) {
				// a narrative names no template: its figures are read with the claims of the default one
				workspace = fallback;
				filing = workspace == null ? new Filing(file.toString()) : workspace.read(file);
			} else {
				filing = (fallback != null ? fallback : first).read(file);
				workspace = filing.template() != null && templates.containsKey(filing.template())
						? templates.get(filing.template())
						: fallback;
			}
			if (workspace == null) {
				filing.problem(Problem.error(NO_TEMPLATE, Location.unknown(file.toString()),
						"无法确定校验所用的模板（填报未指明模板，或模板 " + filing.template() + " 不在 " + sourceDirectory
								+ " 中）；请设置 defaultTemplate",
						"No template to validate against (the filing names none, or template " + filing.template()
								+ " is not under " + sourceDirectory + "); set defaultTemplate"));
				results.add(new ValidationResult(filing, filing.problems(), List.of()));
				continue;
			}
			results.add(workspace.engine.validate(filing, null));
		}
		long errors = results.stream().mapToLong(ValidationResult::errors).sum();
		long warnings = results.stream().mapToLong(ValidationResult::warnings).sum();
		long notAssessable = results.stream().mapToLong(ValidationResult::notAssessable).sum();
		try {
			Path reports = reportDirectory.toPath();
			Files.createDirectories(reports);
			write(reports.resolve("formwork.sarif"), w -> new SarifWriter(language).write(results, w));
			write(reports.resolve("formwork.json"), w -> new JsonReportWriter().write(results, w));
			StringWriter text = new StringWriter();
			new TextReportWriter(language).write(results, text);
			io.formwork.runtime.io.AtomicFile.writeText(reports.resolve("formwork.txt"), w -> w.write(text.toString()));
			for (String line : text.toString().split("\n")) {
				if (line.contains(": 错误 [") || line.contains(": error [")) {
					getLog().error(line);
				} else if (line.contains(": 警告 [") || line.contains(": warning [")) {
					getLog().warn(line);
				} else {
					getLog().info(line);
				}
			}
			getLog().info("Formwork reports: " + reports.resolve("formwork.sarif") + ", " + reports.resolve("formwork.json"));
		} catch (IOException e) {
			throw new MojoExecutionException("Formwork reports cannot be written: " + e.getMessage(), e);
		}
		String summary = results.size() + " filing(s), " + errors + " error(s), " + warnings + " warning(s), "
				+ notAssessable + " not assessable";
		if (errors > 0 && failOnError || warnings > 0 && failOnWarning) {
			throw new MojoFailureException("Formwork: " + summary + " (see " + reportDirectory + ")");
		}
		if (errors > 0) {
			getLog().warn("Formwork: " + summary + " (failOnError is false)");
		}
	}

	private interface Report {
		void write(Writer out) throws IOException;
	}

	private static void write(Path file, Report report) throws IOException {
		io.formwork.runtime.io.AtomicFile.writeText(file, report::write); // whole or not at all (issue 16)
	}

	/** Every template under the source folder by id, each loaded with the templates and catalogs beside it. */
	private Map<String, Workspace> loadTemplates() throws MojoExecutionException, MojoFailureException {
		Map<String, Workspace> templates = new LinkedHashMap<>();
		List<Path> forms;
		try {
			forms = Files.isDirectory(sourceDirectory.toPath()) ? Codegen.formFiles(List.of(sourceDirectory.toPath()))
					: List.of();
		} catch (IOException e) {
			throw new MojoExecutionException(e.getMessage(), e);
		}
		for (Path form : forms) {
			try {
				if (!isTemplate(form)) {
					continue;
				}
				Workspace workspace = Workspace.load(form);
				templates.put(workspace.plan.templateId(), workspace);
			} catch (Workspace.TemplateError e) {
				getLog().error(e.getMessage());
				throw new MojoFailureException("Formwork template " + form + " cannot be used:\n" + e.getMessage());
			} catch (IOException e) {
				throw new MojoExecutionException(form + ": " + e.getMessage(), e);
			}
		}
		if (templates.isEmpty()) {
			throw new MojoFailureException("No Formwork template under " + sourceDirectory);
		}
		return templates;
	}

	/** A template file starts (after imports and comments) with 'template'; a catalog with 'catalog'. */
	private static boolean isTemplate(Path form) throws IOException {
		String text = Files.readString(form, StandardCharsets.UTF_8)
				.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
		return text.matches("(?s)\\s*(import\\s+\\S+\\s*)*template\\b.*");
	}

	private Workspace fallback(Map<String, Workspace> templates) throws MojoFailureException {
		if (defaultTemplate == null || defaultTemplate.isBlank()) {
			return templates.size() == 1 ? templates.values().iterator().next() : null;
		}
		for (Workspace workspace : templates.values()) {
			String file = workspace.plan.source() == null ? "" : Path.of(workspace.plan.source()).getFileName().toString();
			if (workspace.plan.templateId().equals(defaultTemplate) || file.equals(defaultTemplate)) {
				return workspace;
			}
		}
		throw new MojoFailureException("defaultTemplate " + defaultTemplate + ": no such template under " + sourceDirectory
				+ " (there are " + String.join(", ", templates.keySet()) + ")");
	}

	private List<Path> filings(Path root) throws MojoExecutionException {
		List<PathMatcher> matchers = includes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
				.toList();
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
					.filter(f -> matchers.stream().anyMatch(m -> m.matches(root.relativize(f)))).sorted().toList();
		} catch (IOException e) {
			throw new MojoExecutionException(root + ": " + e.getMessage(), e);
		}
	}

	private static boolean isNarrative(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
	}

	private Language language() throws MojoFailureException {
		if (lang == null || lang.isBlank()) {
			return Language.of(Locale.getDefault());
		}
		return switch (lang.toLowerCase(Locale.ROOT)) {
		case "zh" -> Language.ZH;
		case "en" -> Language.EN;
		default -> throw new MojoFailureException("formwork.lang: zh or en, not " + lang);
		};
	}
}
