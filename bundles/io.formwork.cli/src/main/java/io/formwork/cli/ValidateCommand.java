package io.formwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ValidationResult;
import io.formwork.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * formwork validate --template T FILE...: validates filings (.filing, .json, .csv, .txt, .html) against a
 * template. Exit 0 when no errors, 1 when errors are found, 2 when an input is unreadable or the usage is bad.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validate filings against a template: the format by extension or content (.txt is narrative text).")
final class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json, sarif
	}

	@Option(names = "--template", paramLabel = "T", description = "the template (.form), the catalogs beside it loaded too; or a folder of templates, where each filled form (.docx, .xlsx made by 'formwork form') finds the template it names")
	Path template;

	@Option(names = "--set", paramLabel = "DIR", description = "validate a set of filings: DIR/formwork-set.json, or DIR/<year>/<body>.<ext> (see README)")
	Path set;

	@Option(names = "--year", paramLabel = "Y", description = "with --set: only this year (repeatable; earlier years still serve as previous periods)")
	List<Integer> years;

	@Option(names = "--html", paramLabel = "F", description = "with --set: write an HTML summary to F (never over an input)")
	Path html;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--output", paramLabel = "F", description = "write the report to F instead of standard output (never over an input)")
	Path output;

	@Option(names = "--lang", paramLabel = "LANG", description = "zh or en (default: from the locale)")
	String lang;

	@Option(names = "--prior", paramLabel = "P", description = "the previous period's filing, for rules that read 'prior'")
	Path prior;

	@Parameters(arity = "0..*", paramLabel = "FILE", description = "filings to validate")
	List<Path> files = new ArrayList<>();

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Language language = language(lang);
		if (language == null) {
			err.println("--lang: zh or en, not " + lang);
			return Formwork.UNUSABLE;
		}
		if (set != null) {
			if (!files.isEmpty() || prior != null) {
				err.println("--set validates the filings of a folder: name no FILE and no --prior with it");
				return Formwork.UNUSABLE;
			}
			return new SetValidation(this, err).run(language);
		}
		if (html != null || years != null) {
			err.println("--html and --year go with --set");
			return Formwork.UNUSABLE;
		}
		if (template == null || files.isEmpty()) {
			err.println("validate needs --template T and at least one FILE, or --set DIR");
			spec.commandLine().usage(err);
			return Formwork.UNUSABLE;
		}
		if (output != null && !outputs(null, null).claim(output)) {
			return Formwork.UNUSABLE;
		}
		for (Path file : files) {
			String problem = io.formwork.runtime.io.Inputs.problem(file, Long.MAX_VALUE);
			if (problem != null) {
				err.println(file + ": " + problem);
				return Formwork.UNUSABLE;
			}
		}
		// a folder of templates: each filled form is validated against the template it names
		boolean named = Files.isDirectory(template);
		java.util.Map<String, Workspace> loaded = new java.util.HashMap<>();
		Workspace workspace = named ? null : Workspace.loadOrReport(template, err);
		if (!named && workspace == null) {
			return Formwork.UNUSABLE;
		}
		if (prior != null && !Periods.readable(prior, err)) {
			return Formwork.UNUSABLE;
		}
		Filing previous = prior == null || named ? null : Periods.readOrReport(workspace.read(prior), err);
		if (prior != null && !named && previous == null) {
			return Formwork.UNUSABLE;
		}
		previous = new Periods().inTermsOf(workspace, previous);
		List<ValidationResult> results = new ArrayList<>();
		Progress progress = Progress.onTerminal(err, files.size());
		boolean unreadable = false;
		for (Path file : files) {
			progress.step(file);
			if (named) {
				workspace = Workspace.named(template, file, loaded, err);
				if (workspace == null) {
					return Formwork.UNUSABLE;
				}
				previous = prior == null ? null : Periods.readOrReport(workspace.read(prior), err);
				if (prior != null && previous == null) {
					return Formwork.UNUSABLE;
				}
			}
			Filing filing = workspace.read(file);
			unreadable |= filing.problems().stream().anyMatch(ValidateCommand::isUnreadable);
			results.add(workspace.engine.validate(filing, previous));
		}
		progress.done();
		if (output != null && !outputs(workspace, loaded.values()).claim(output)) {
			return Formwork.UNUSABLE;
		}
		if (writeReport(results, language) == Formwork.UNUSABLE) {
			return Formwork.UNUSABLE;
		}
		if (unreadable) {
			return Formwork.UNUSABLE;
		}
		return results.stream().anyMatch(r -> r.errors() > 0) ? Formwork.FINDINGS : Formwork.OK;
	}

	/** Writes the report (standard output or --output) and, for JSON and SARIF, the summary on standard error. */
	int writeReport(List<ValidationResult> results, Language language) {
		PrintWriter err = spec.commandLine().getErr();
		try {
			if (output == null) {
				Writer out = spec.commandLine().getOut();
				Reports.write(format, results, language, out);
				out.flush();
			} else if (!new Outputs(err).writeText(output, out -> Reports.write(format, results, language, out))) {
				return Formwork.UNUSABLE;
			}
		} catch (IOException e) {
			err.println(Outputs.cannot(Path.of("standard output"), e));
			return Formwork.UNUSABLE;
		}
		if (format != Format.text) {
			err.println(Reports.summary(results, language));
		}
		return Formwork.OK;
	}

	/** The run's inputs: the filings, the template, the previous period and what the workspaces loaded. */
	private Outputs outputs(Workspace workspace, java.util.Collection<Workspace> more) {
		Outputs outputs = new Outputs(spec.commandLine().getErr()).inputs(files).input(template).input(prior)
				.inputs(workspace);
		if (more != null) {
			more.forEach(outputs::inputs);
		}
		return outputs;
	}

	static boolean isUnreadable(Problem problem) {
		return "filing.unreadable".equals(problem.code());
	}

	static Language language(String lang) {
		if (lang == null) {
			return Language.of(Locale.getDefault());
		}
		return switch (lang.toLowerCase(Locale.ROOT)) {
		case "zh" -> Language.ZH;
		case "en" -> Language.EN;
		default -> null;
		};
	}

	/** A progress bar on the terminal for batches; silent when standard error is not a terminal. */
	/**
	 * A progress bar on standard error while several filings are read, redrawn in place ("\r") and erased at
	 * the end; drawn only when asked to (on a terminal), so that logs and redirected output stay clean.
	 */
	static final class Progress {
		private static final int WIDTH = 30;
		private final PrintWriter err;
		private final int total;
		private final boolean shown;
		private int done;
		private int drawn;

		Progress(PrintWriter err, int total, boolean shown) {
			this.err = err;
			this.total = total;
			this.shown = shown && total > 1;
		}

		/** On a terminal only: standard error goes to the console when System.console() is there. */
		static Progress onTerminal(PrintWriter err, int total) {
			return new Progress(err, total, System.console() != null);
		}

		void step(Path file) {
			if (shown) {
				int filled = WIDTH * done / total;
				String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
						+ file.getFileName();
				err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
				drawn = Math.max(drawn, line.length());
				err.flush();
			}
			done++;
		}

		void done() {
			if (shown) {
				err.print("\r" + " ".repeat(drawn) + "\r");
				err.flush();
			}
		}
	}
}
