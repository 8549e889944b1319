package io.formwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.formwork.filing.report.HtmlSummaryWriter;
import io.formwork.filing.set.SetManifest;
import io.formwork.filing.set.SetReport;
import io.formwork.pipeline.FilingSet;
import io.formwork.pipeline.Pipeline;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.Hierarchy;

/**
 * formwork validate --set DIR: the door to {@link FilingSet} (the pipeline's set validation: manifest or folder
 * convention, templates, hierarchy, previous periods by the one pairing rule, consolidated reports). This class only
 * checks the command's options and outputs, prints, writes the report and the HTML summary (--html), and tells the
 * exit code.
 */
final class SetValidation {

	public static final String SET_PROBLEM = FilingSet.SET_PROBLEM;

	private final ValidateCommand command;
	private final PrintWriter err;

	SetValidation(ValidateCommand command, PrintWriter err) {
		this.command = command;
		this.err = err;
	}

	int run(Language language) {
		FilingSet set = open(language);
		if (set == null) {
			return Formwork.UNUSABLE;
		}
		Set<Integer> years = set.years();
		if (command.years != null && !command.years.isEmpty()) {
			for (Integer year : command.years) {
				if (!years.contains(year)) {
					err.println(command.set + ": " + (language == Language.ZH ? "没有 " + year + " 年的填报" : "no filing for " + year));
					return Formwork.UNUSABLE;
				}
			}
		}
		ValidateCommand.Progress progress = ValidateCommand.Progress.onTerminal(err,
				(int) set.manifest().filings().stream().filter(e -> command.years == null || command.years.isEmpty()
						|| command.years.contains(e.year())).count());
		FilingSet.Outcome outcome = set.validate(command.years == null ? null : Set.copyOf(command.years), progress::step);
		progress.done();
		List<ValidationResult> all = outcome.results();
		int exit = command.writeReport(command.includePasses ? all : all.stream().map(SetValidation::withoutPasses).toList(),
				language);
		if (exit == Formwork.UNUSABLE) {
			return exit;
		}
		printMissing(set.hierarchy(), outcome.report().missing(), language);
		if (command.html != null && !new Outputs(err).writeText(command.html,
				out -> new HtmlSummaryWriter(language).write(outcome.report(), out))) {
			return Formwork.UNUSABLE;
		}
		if (outcome.unreadable()) {
			return Formwork.UNUSABLE;
		}
		return all.stream().anyMatch(r -> r.errors() > 0) ? Formwork.FINDINGS : Formwork.OK;
	}

	/** The set opened, with the outputs checked against every input; null after a message. */
	private FilingSet open(Language language) {
		Path folder = command.set;
		if (!Files.isDirectory(folder)) {
			err.println(folder + ": no such folder");
			return null;
		}
		SetManifest manifest = FilingSet.manifest(folder);
		if (!manifest.problems().isEmpty()) {
			print(manifest.problems(), language);
			return null;
		}
		if (!outputsAllowed(manifest, null)) {
			return null;
		}
		if (manifest.templates().isEmpty() && command.template == null) {
			err.println(folder + ": no template: list them in " + SetManifest.MANIFEST + " or name one with --template");
			return null;
		}
		FilingSet set;
		try {
			// the HTML summary's table by rule shows the rules that passed too: keep passes when it is asked for
			set = FilingSet.open(manifest, command.template == null ? List.of() : List.of(command.template),
					Pipeline.Options.DEFAULT.includePasses(command.includePasses || command.html != null));
		} catch (FilingSet.SetError e) {
			if (e.problems().isEmpty()) {
				err.println(e.getMessage());
			} else {
				print(e.problems(), language);
			}
			return null;
		}
		if (!outputsAllowed(manifest, set.pipeline())) { // now with every template and catalog the set loaded
			return null;
		}
		return set;
	}

	private void print(List<Problem> problems, Language language) {
		problems.forEach(p -> err.println(p.location() + ": error [" + p.code() + "] " + p.message(language)));
	}

	private void printMissing(Hierarchy hierarchy, List<SetReport.Missing> missing, Language language) {
		for (SetReport.Missing gone : missing) {
			Hierarchy.Body body = hierarchy.body(gone.body());
			err.println(command.set + ": " + (language == Language.ZH ? "缺少 " + body.name() + "（" + body.code() + "）" + gone.year() + " 年的填报"
					: "no filing of " + body.name(language) + " (" + body.code() + ") for " + gone.year()));
		}
	}

	/** The result with its passes counted rather than listed. */
	private static ValidationResult withoutPasses(ValidationResult result) {
		List<Finding> shown = result.findings().stream().filter(f -> f.status() != Status.PASS).toList();
		return new ValidationResult(result.filing(), result.problems(), shown, (int) result.passed());
	}

	/**
	 * Whether --html and --output may be written: neither is an input (the set's files, --template and, once loaded,
	 * every file of the templates' resource set), and they are not one file; else the reason is printed.
	 */
	private boolean outputsAllowed(SetManifest manifest, Pipeline pipeline) {
		List<Path> inputs = new ArrayList<>(FilingSet.inputs(manifest));
		if (command.template != null) {
			inputs.add(command.template);
		}
		Outputs outputs = new Outputs(err).inputs(inputs);
		if (pipeline != null) {
			outputs.inputs(pipeline.templates().resourceSet());
		}
		return (command.html == null || outputs.claim(command.html)) && (command.output == null || outputs.claim(command.output));
	}
}
