package io.formwork.maven;

import java.io.BufferedWriter;
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
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.formwork.filing.report.JsonReportWriter;
import io.formwork.filing.report.ReportWriter;
import io.formwork.filing.report.SarifWriter;
import io.formwork.filing.report.TextReportWriter;
import io.formwork.filing.report.Totals;
import io.formwork.filing.set.SetManifest;
import io.formwork.filing.set.SetReport;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.FilingSet;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Language;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.io.AtomicFile;

/**
 * Validates the filings under a folder against their templates, as {@code formwork validate} does: each filing
 * (.json, .csv, .filing, narrative .txt and .html) against the template it names, or against
 * {@code defaultTemplate}. Writes {@code formwork.sarif}, {@code formwork.json} and {@code formwork.txt} to
 * {@code target/formwork/}; fails the build when a filing has errors (or only warns, with
 * {@code failOnError=false}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

	/** The problem of a filing no template can be found for (the one code of the catalog). */
	public static final String NO_TEMPLATE = ProblemCodes.NO_TEMPLATE;

	/** Templates and catalogs (.form files) the filings are validated against. */
	@Parameter(property = "formwork.sourceDirectory", defaultValue = "${project.basedir}/src/main/formwork")
	File sourceDirectory;

	/** The filings. */
	@Parameter(property = "formwork.filingDirectory", defaultValue = "${project.basedir}/src/main/filings")
	File filingDirectory;

	/**
	 * Which files under {@link #filingDirectory} are filings (glob patterns, relative to it); by default the
	 * pipeline's rule: every file of a known format, except under {@code expected/}, {@code target/}, {@code bin/}.
	 */
	@Parameter
	List<String> includes;

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
		FilingSet set = openSet(filingsRoot, language);
		Pipeline pipeline = set != null ? set.pipeline() : new Pipeline(loadTemplates());
		Totals totals = new Totals();
		Path reports = reportDirectory.toPath();
		// each filing's part of the three reports written as soon as it is validated, nothing kept after
		try {
			Files.createDirectories(reports);
			// each report written whole or not at all (issue 16): put in place only when every filing is in it
			try (AtomicFile.Pending sarifFile = AtomicFile.open(reports.resolve("formwork.sarif"), true);
					AtomicFile.Pending jsonFile = AtomicFile.open(reports.resolve("formwork.json"), true);
					AtomicFile.Pending txtFile = AtomicFile.open(reports.resolve("formwork.txt"), true)) {
				Writer sarif = open(sarifFile);
				Writer json = open(jsonFile);
				Writer txt = open(txtFile);
				StringWriter log = new StringWriter();
				ReportWriter.Stream toLog = new TextReportWriter(language).open(log);
				List<ReportWriter.Stream> streams = List.of(new SarifWriter(language).open(sarif), new JsonReportWriter().open(json),
						new TextReportWriter(language).open(txt));
				Pipeline.Sink sink = result -> {
					totals.add(result);
					for (ReportWriter.Stream stream : streams) {
						stream.add(result);
					}
					toLog.add(result);
					log(log);
				};
				if (set != null) {
					// a set (formwork-set.json in the filing folder): as formwork validate --set validates it
					FilingSet.Outcome outcome = set.validate(null, file -> { });
					for (ValidationResult result : outcome.results()) {
						sink.accept(result);
					}
					for (SetReport.Missing gone : outcome.report().missing()) {
						getLog().warn("Formwork: no filing of " + set.hierarchy().body(gone.body()).name(Language.EN) + " ("
								+ gone.body() + ") for " + gone.year());
					}
				} else {
					// every filing with the same body's filing of the previous year, as every door finds it
					pipeline.validateSet(filings(pipeline, filingsRoot), sink);
				}
				for (ReportWriter.Stream stream : streams) {
					stream.finish();
				}
				toLog.finish();
				log(log);
				for (Writer writer : List.of(sarif, json, txt)) {
					writer.flush();
				}
				sarifFile.commit();
				jsonFile.commit();
				txtFile.commit();
			}
			getLog().info("Formwork reports: " + reports.resolve("formwork.sarif") + ", " + reports.resolve("formwork.json"));
		} catch (IOException e) {
			throw new MojoExecutionException("Formwork reports cannot be written: " + e.getMessage(), e);
		}
		long errors = totals.errors();
		long warnings = totals.warnings();
		String summary = totals.summary(Language.EN);
		if (errors > 0 && failOnError || warnings > 0 && failOnWarning) {
			throw new MojoFailureException("Formwork: " + summary + " (see " + reportDirectory + ")");
		}
		if (errors > 0) {
			getLog().warn("Formwork: " + summary + " (failOnError is false)");
		}
	}

	/** The one place this door opens a report file: UTF-8 into its pending atomic write. */
	private static Writer open(AtomicFile.Pending file) {
		return new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
	}

	/** Logs the text report's lines written so far, errors and warnings at their level, and forgets them. */
	private void log(StringWriter text) {
		StringBuffer buffer = text.getBuffer();
		int end = buffer.lastIndexOf("\n");
		if (end < 0) {
			return;
		}
		for (String line : buffer.substring(0, end).split("\n")) {
			if (line.contains(": 错误 [") || line.contains(": error [")) {
				getLog().error(line);
			} else if (line.contains(": 警告 [") || line.contains(": warning [")) {
				getLog().warn(line);
			} else {
				getLog().info(line);
			}
		}
		buffer.delete(0, end + 1);
	}

	/**
	 * The filing folder as a set of filings when it holds a manifest ({@code formwork-set.json}): its filings, templates
	 * (with those under the source folder) and hierarchy, validated by the pipeline's {@link FilingSet} as
	 * {@code formwork validate --set} does; null when there is no manifest (then every filing of the folder is validated,
	 * previous periods paired by the same rule).
	 */
	private FilingSet openSet(Path filingsRoot, Language language) throws MojoFailureException {
		if (!Files.isRegularFile(filingsRoot.resolve(SetManifest.MANIFEST))) {
			return null;
		}
		SetManifest manifest = FilingSet.manifest(filingsRoot);
		List<Path> more = Files.isDirectory(sourceDirectory.toPath()) ? List.of(sourceDirectory.toPath()) : List.of();
		try {
			return FilingSet.open(manifest, more, defaultTemplate == null || defaultTemplate.isBlank() ? null : defaultTemplate,
					Pipeline.Options.DEFAULT);
		} catch (FilingSet.SetError e) {
			String message = e.problems().isEmpty() ? e.getMessage()
					: String.join("\n", e.problems().stream()
							.map(p -> p.location() + ": error [" + p.code() + "] " + p.message(language)).toList());
			getLog().error(message);
			throw new MojoFailureException("Formwork set " + filingsRoot + " cannot be validated:\n" + message);
		}
	}

	/** Every template under the source folder, through the one loader; {@code defaultTemplate} for filings that name none. */
	private Templates loadTemplates() throws MojoFailureException {
		if (!Files.isDirectory(sourceDirectory.toPath())) {
			throw new MojoFailureException("No Formwork template under " + sourceDirectory);
		}
		try {
			Templates templates = Templates.load(List.of(sourceDirectory.toPath()),
					defaultTemplate == null || defaultTemplate.isBlank() ? null : defaultTemplate);
			if (templates.byId().isEmpty()) {
				throw new MojoFailureException("No Formwork template under " + sourceDirectory);
			}
			return templates;
		} catch (CompiledTemplate.TemplateError e) {
			getLog().error(e.getMessage());
			throw new MojoFailureException("Formwork templates under " + sourceDirectory + " cannot be used:\n" + e.getMessage());
		}
	}

	private List<Path> filings(Pipeline pipeline, Path root) throws MojoExecutionException {
		try {
			if (includes == null || includes.isEmpty()) {
				return pipeline.filings(root, List.of());
			}
			List<PathMatcher> matchers = includes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
					.toList();
			try (Stream<Path> files = Files.walk(root)) {
				return files.filter(Files::isRegularFile)
						.filter(f -> matchers.stream().anyMatch(m -> m.matches(root.relativize(f)))).sorted().toList();
			}
		} catch (IOException e) {
			throw new MojoExecutionException(root + ": " + e.getMessage(), e);
		}
	}

	private Language language() throws MojoFailureException {
		Language language = Language.named(lang);
		if (language == null) {
			throw new MojoFailureException("formwork.lang: zh or en, not " + lang);
		}
		return language;
	}
}
