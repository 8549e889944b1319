package io.formwork.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.formwork.filing.report.ReportWriter;
import io.formwork.filing.report.Totals;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.FilingFormats;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.TemplateCache;
import io.formwork.pipeline.Templates;
import io.formwork.pipeline.Timing;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.io.AtomicFile;
import io.formwork.runtime.io.InputGuard;
import io.formwork.runtime.io.Inputs;

/**
 * formwork validate [--template T] FILE|DIR|@LIST...: validates filings in any format the pipeline's reader
 * registry knows (built in: .filing, JSON, CSV, Word, Excel, HTML pages, PDF, narrative text; more through
 * {@code ServiceLoader}), each against the template it names or the pipeline's choice. Exit 0 when no errors, 1 when
 * errors are found, 2 when an input is unreadable or the usage is bad.
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

	@Option(names = "--include-passes", description = "with --format json: list the rule instances that pass too (by default only counted)")
	boolean includePasses;

	@Option(names = "--no-template-cache", description = "load the templates with Xtext even when the compiled-template cache holds them (FORMWORK_CACHE=0 does the same; see README)")
	boolean noTemplateCache;

	/** Whether every filing (and the previous period) is of a format that reads with the compiled template alone. */
	private boolean compiledFormSuffices = true;

	@Option(names = "--lang", paramLabel = "LANG", description = "zh or en (default: from the locale)")
	String lang;

	@Option(names = "--prior", paramLabel = "P", description = "the previous period's filing, for rules that read 'prior'")
	Path prior;

	@Parameters(arity = "0..*", paramLabel = "FILE", description = "filings to validate: files, folders (walked, sorted by name), or @LIST, a file listing them (one or more a line; # comments; quotes for blanks)")
	List<String> files = new ArrayList<>();

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		Timing.mark("JVM start to the command (picocli included)");
		PrintWriter err = spec.commandLine().getErr();
		Language language = Language.named(lang);
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
		if (output != null && !outputs(null).claim(output)) {
			return Formwork.UNUSABLE;
		}
		FileArguments arguments = new FileArguments(files, FilingFormats.standard());
		long count = checkFiles(arguments, err);
		if (count < 0) {
			return Formwork.UNUSABLE;
		}
		Timing.mark("file list checked");
		Pipeline pipeline = pipeline(err);
		if (pipeline == null) {
			return Formwork.UNUSABLE;
		}
		if (output != null && !outputs(pipeline).claim(output)) { // now with every template and catalog loaded
			return Formwork.UNUSABLE;
		}
		Pipeline.Read previous = null;
		if (prior != null) {
			try {
				previous = pipeline.prior(prior);
			} catch (Pipeline.PriorError e) {
				err.println(e.problem().location() + ": error [" + e.problem().code() + "] " + e.problem().message(language));
				return Formwork.UNUSABLE;
			}
		}
		Timing.mark("the previous period read");
		Progress progress = Progress.onTerminal(err, (int) Math.min(Integer.MAX_VALUE, count));
		Outcome outcome = new Outcome();
		Pipeline.Read named = previous;
		// each filing's part of the report is rendered in the thread that validated it; this one only copies, in order
		int exit = writeReport(language, (writer, stream) -> pipeline.validateAll(arguments.files(), named,
				writer::render, part -> {
					ValidationResult result = part.result();
					progress.step(Path.of(result.filing().source()));
					outcome.add(result);
					stream.add(part);
				}), outcome);
		progress.done();
		Timing.mark("filings read, validated, report written");
		Timing.print(err);
		return exit != Formwork.OK ? exit : outcome.exit();
	}

	/**
	 * A first pass over the files named (the list files read line by line, the folders walked, nothing kept): each
	 * must be a regular file, and none the report's output. Returns how many there are, or -1 after printing the
	 * first problem, located ({@code LIST:LINE: FILE: no such file}).
	 */
	private long checkFiles(FileArguments arguments, PrintWriter err) {
		InputGuard report = null;
		if (output != null) {
			// the output as the one "input": a filing that is it, by any spelling or link, is then found by isInput
			report = new InputGuard().input(output);
		}
		long count = 0;
		try {
			for (FileArguments.Entry entry : arguments) {
				String problem = Inputs.problem(entry.file(), Long.MAX_VALUE);
				if (problem != null) {
					if (Files.isDirectory(entry.file())) {
						problem = "is a folder with no filing in it"; // a folder's filings are walked; this one has none
					}
					err.println(entry.located() + ": " + problem + " | " + zh(problem));
					return -1;
				}
				if (report != null && report.isInput(entry.file())) {
					err.println(output + "：是输入文件，不会覆盖 | " + output + ": is an input; refusing to overwrite it ("
							+ entry.located() + ")");
					return -1;
				}
				compiledFormSuffices &= compiledFormSuffices(entry.file());
				count++;
			}
		} catch (UncheckedIOException e) {
			err.println(e.getCause().getMessage());
			return -1;
		}
		if (count == 0) {
			err.println("没有要验证的填报 | no filing to validate: " + String.join(" ", files));
			return -1;
		}
		return count;
	}

	/** The Chinese of what {@code Inputs.problem} says in English (its first words). */
	private static String zh(String problem) {
		if (problem.startsWith("no such file")) {
			return "文件不存在";
		}
		if (problem.startsWith("is a folder")) {
			return "是文件夹，其中没有填报";
		}
		if (problem.startsWith("is not a regular file")) {
			return "不是普通文件";
		}
		return "无法读取";
	}

	/**
	 * The pipeline of this run: --template FILE is the default template (the .form files beside it loaded too, so a
	 * filing naming one of them gets it); --template DIR loads every template under it, each filing finding its own.
	 */
	Pipeline pipeline(PrintWriter err) {
		try {
			TemplateCache cache = noTemplateCache || !compiledFormSuffices || prior != null && !compiledFormSuffices(prior) ? null
					: TemplateCache.standard();
			TemplateCache.Key key = cache == null ? null : cache.key(template);
			Templates stored = cache == null ? null : cache.lookup(key);
			if (stored != null) {
				Timing.mark("templates from the compiled-template cache");
				return new Pipeline(stored, FilingFormats.standard(), Pipeline.Options.DEFAULT.includePasses(includePasses));
			}
			Templates templates = Templates.named(template);
			if (templates.byId().isEmpty()) {
				err.println(template + ": no template / 没有模板");
				return null;
			}
			if (cache != null && cache.store(key, templates)) {
				Timing.mark("compiled-template cache written");
			}
			return new Pipeline(templates, FilingFormats.standard(),
					Pipeline.Options.DEFAULT.includePasses(includePasses));
		} catch (CompiledTemplate.TemplateError e) {
			err.println(e.getMessage());
			return null;
		}
	}

	/**
	 * The exit code results add up to: 2 when a filing cannot be read or no template can be told for it (name one
	 * with --template), 1 when one has errors, else 0.
	 */
	static final class Outcome {
		private boolean unreadable;
		private boolean errors;

		void add(ValidationResult result) {
			unreadable |= Pipeline.isUnreadable(result) || Pipeline.hasNoTemplate(result);
			errors |= result.errors() > 0;
		}

		int exit() {
			return unreadable ? Formwork.UNUSABLE : errors ? Formwork.FINDINGS : Formwork.OK;
		}
	}

	/** What writes the results into an opened report. */
	interface Producer {
		void produce(ReportWriter writer, ReportWriter.Stream stream) throws IOException;
	}

	/** Writes a list of results as the report (standard output or --output). */
	int writeReport(List<ValidationResult> results, Language language) {
		Outcome outcome = new Outcome();
		return writeReport(language, (writer, stream) -> {
			for (ValidationResult result : results) {
				outcome.add(result);
				stream.add(result);
			}
		}, outcome);
	}

	/**
	 * Opens the report (the one place this door opens its output: standard output or --output), lets the producer
	 * stream results into it, finishes it, and for JSON and SARIF prints the summary on standard error.
	 */
	int writeReport(Language language, Producer producer, Outcome outcome) {
		PrintWriter err = spec.commandLine().getErr();
		ReportWriter writer = Reports.writer(format, language);
		Totals totals = new Totals();
		try (AtomicFile.Pending pending = output == null ? null : AtomicFile.open(output, true)) {
			Writer out = pending == null ? spec.commandLine().getOut()
					: new BufferedWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8), 1 << 16);
			ReportWriter.Stream stream = writer.open(out);
			producer.produce(writer, new ReportWriter.Stream() {
				@Override
				public void add(ValidationResult result) throws IOException {
					totals.add(result);
					stream.add(result);
				}

				@Override
				public void add(ReportWriter.Part part) throws IOException {
					totals.add(part.result());
					stream.add(part);
				}

				@Override
				public void finish() {
				}
			});
			stream.finish();
			out.flush();
			if (pending != null) {
				pending.commit();
			}
		} catch (IOException e) {
			err.println(Outputs.cannot(output == null ? Path.of("standard output") : output, e));
			return Formwork.UNUSABLE;
		}
		if (format != Format.text) {
			err.println(totals.summary(language));
		}
		return Formwork.OK;
	}

	/** The run's inputs: the filings, the template, the previous period and every template and catalog loaded. */
	private Outputs outputs(Pipeline pipeline) {
		// the filings themselves were checked against the output as they were counted (checkFiles), one at a time
		Outputs outputs = new Outputs(spec.commandLine().getErr()).input(template).input(prior);
		for (String file : files) {
			outputs.input(Path.of(FileArguments.isList(file) ? file.substring(1) : file));
		}
		if (pipeline != null && pipeline.templates().isStored()) {
			outputs.inputs(pipeline.templates().storedFiles());
		} else if (pipeline != null) {
			outputs.inputs(pipeline.templates().resourceSet());
		}
		return outputs;
	}

	/**
	 * Whether a file is read with the compiled template alone (its plan, layout and claims, what the compiled-template
	 * cache stores): every format of the pipeline's registry, by extension or by content (the built-ins, a
	 * {@code ServiceLoader} format such as PDF), except the textual {@code .filing}, which is parsed and linked in the
	 * templates' Xtext resource set. That resource set is the one service {@code FormatContext} offers beyond the
	 * compiled template, and only to the textual format; a file that cannot be opened is left to the loaded templates.
	 */
	private static boolean compiledFormSuffices(Path file) {
		try {
			return FilingFormats.standard().formatOf(file) != FilingFormats.FILING;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	static boolean isUnreadable(Problem problem) {
		return Pipeline.isUnreadable(problem);
	}


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
