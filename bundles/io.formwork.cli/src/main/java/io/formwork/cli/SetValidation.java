package io.formwork.cli;

import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.Periods;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.formwork.filing.report.HtmlSummaryWriter;
import io.formwork.filing.set.HierarchyFile;
import io.formwork.filing.set.SetManifest;
import io.formwork.filing.set.SetReport;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.AggregationCheck;
import io.formwork.runtime.aggregation.Hierarchy;

import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * formwork validate --set DIR: every filing of a set (a province's bodies over one or several years), each
 * against its template, with last year's filing of the same body as its previous period (across a change of
 * format), and each consolidated report against the sum of its children's. Writes the usual report, and an
 * HTML summary with --html.
 */
final class SetValidation {

	public static final String SET_PROBLEM = io.formwork.runtime.ProblemCodes.SET_FILING;

	private final ValidateCommand command;
	private final PrintWriter err;

	SetValidation(ValidateCommand command, PrintWriter err) {
		this.command = command;
		this.err = err;
	}

	/** One filing of the set, read, with the workspace of its template. */
	private record Member(SetManifest.Entry entry, Filing filing, CompiledTemplate workspace) {
	}

	int run(Language language) {
		Path folder = command.set;
		if (!Files.isDirectory(folder)) {
			err.println(folder + ": no such folder");
			return Formwork.UNUSABLE;
		}
		SetManifest manifest = SetManifest.read(folder);
		if (!manifest.problems().isEmpty()) {
			manifest.problems().forEach(p -> err.println(p.location() + ": error [" + p.code() + "] " + p.message(language)));
			return Formwork.UNUSABLE;
		}
		if (!outputsAllowed(manifest, null)) {
			return Formwork.UNUSABLE;
		}
		List<Path> templates = new ArrayList<>(manifest.templates());
		if (command.template != null) {
			templates.add(command.template);
		}
		if (templates.isEmpty()) {
			err.println(folder + ": no template: list them in " + SetManifest.MANIFEST + " or name one with --template");
			return Formwork.UNUSABLE;
		}
		Templates loaded;
		try {
			loaded = Templates.load(templates, null);
		} catch (CompiledTemplate.TemplateError e) {
			err.println(e.getMessage());
			return Formwork.UNUSABLE;
		}
		// the HTML summary's table by rule shows the rules that passed too: keep passes when it is asked for
		Pipeline pipeline = new Pipeline(loaded, io.formwork.pipeline.FilingFormats.standard(),
				Pipeline.Options.DEFAULT.includePasses(command.includePasses || command.html != null));
		Map<String, CompiledTemplate> byId = new LinkedHashMap<>();
		loaded.byId().values().forEach(t -> byId.put(t.getName(), loaded.compiled(t)));
		if (!outputsAllowed(manifest, loaded.resourceSet())) { // now with every template and catalog the set loaded
			return Formwork.UNUSABLE;
		}
		Hierarchy hierarchy = new Hierarchy();
		AggregationCheck.Options options = null;
		if (manifest.hierarchy() != null) {
			HierarchyFile.Read read = HierarchyFile.read(manifest.hierarchy());
			if (!read.problems().isEmpty()) {
				read.problems().forEach(p -> err.println(p.location() + ": error [" + p.code() + "] " + p.message(language)));
				return Formwork.UNUSABLE;
			}
			hierarchy = read.hierarchy();
			options = read.options();
		}

		// read every filing (earlier years too: they are the previous periods)
		Map<String, Member> members = new LinkedHashMap<>();
		List<ValidationResult> unusable = new ArrayList<>();
		boolean unreadable = false;
		for (SetManifest.Entry entry : manifest.filings()) {
			// the manifest's template for the entry, else the pipeline's one discovery rule
			CompiledTemplate listed = entry.template() == null ? null : byId.get(entry.template());
			Pipeline.Read read = listed != null ? new Pipeline.Read(entry.file(), listed.read(entry.file()), listed)
					: pipeline.read(entry.file(), entry.year());
			Filing filing = read.filing();
			CompiledTemplate own = entry.template() != null ? byId.get(entry.template())
					: filing.template() != null ? byId.get(filing.template()) : read.template();
			List<Problem> problems = new ArrayList<>();
			if (own == null) {
				String id = entry.template() != null ? entry.template() : filing.template();
				if (filing.problems().stream().noneMatch(p -> ProblemCodes.NO_TEMPLATE.equals(p.code()))) {
					problems.add(Problem.error(ProblemCodes.NO_TEMPLATE, entry.location(), "模板 " + id + " 不在这组模板之中",
							"Template " + id + " is not among the set's templates"));
				}
			} else if (entry.template() != null && filing.template() != null && !entry.template().equals(filing.template())) {
				problems.add(Problem.error(SET_PROBLEM, entry.location(),
						"清单写明模板 " + entry.template() + "，而填报声明的是 " + filing.template(),
						"The manifest lists template " + entry.template() + " but the filing names " + filing.template()));
			}
			if (filing.year() != null && filing.year() != entry.year()) {
				problems.add(Problem.error(SET_PROBLEM, entry.location(),
						"填报声明的年度是 " + filing.year() + "，而它列在 " + entry.year() + " 年",
						"The filing says it is for " + filing.year() + " but is listed for " + entry.year()));
			}
			String key = entry.body() + "@" + entry.year();
			if (members.containsKey(key)) {
				problems.add(Problem.error(SET_PROBLEM, entry.location(),
						entry.body() + " 的 " + entry.year() + " 年填报重复：" + members.get(key).entry().file(),
						entry.body() + " has two filings for " + entry.year() + ": also " + members.get(key).entry().file()));
			}
			if (hierarchy.body(entry.body()) == null && !hierarchy.isEmpty()) {
				problems.add(Problem.warning(SET_PROBLEM, entry.location(), "单位 " + entry.body() + " 不在层级文件中",
						"The body " + entry.body() + " is not in the hierarchy"));
			}
			unreadable |= Pipeline.isUnreadable(filing);
			if (!problems.isEmpty()) {
				problems.forEach(filing::problem);
			}
			if (own == null || members.containsKey(key)) {
				unusable.add(new ValidationResult(filing, filing.problems(), List.of()));
				continue;
			}
			members.put(key, new Member(entry, filing, own));
		}

		Set<Integer> years = new TreeSet<>();
		members.values().forEach(m -> years.add(m.entry().year()));
		if (command.years != null && !command.years.isEmpty()) {
			years.retainAll(command.years);
			for (Integer year : command.years) {
				if (!years.contains(year)) {
					err.println(folder + ": " + (language == Language.ZH ? "没有 " + year + " 年的填报" : "no filing for " + year));
					return Formwork.UNUSABLE;
				}
			}
		}

		// validate, each with its previous period; then consolidated reports against their children
		Periods periods = pipeline.periods();
		Hierarchy bodies = hierarchy;
		List<Member> selected = members.values().stream().filter(m -> years.contains(m.entry().year()))
				.sorted(Comparator.comparing((Member m) -> m.entry().year()).thenComparing(m -> order(m, bodies)))
				.toList();
		Map<String, ValidationResult> results = new LinkedHashMap<>();
		ValidateCommand.Progress progress = ValidateCommand.Progress.onTerminal(err, selected.size());
		for (Member member : selected) {
			progress.step(member.entry().file());
			Member before = members.get(member.entry().body() + "@" + (member.entry().year() - 1));
			Filing prior = before == null ? null : periods.inTermsOf(member.workspace(), before.filing());
			results.put(member.entry().body() + "@" + member.entry().year(),
					pipeline.validate(new Pipeline.Read(member.entry().file(), member.filing(), member.workspace()), prior));
		}
		progress.done();
		List<SetReport.Missing> missing = new ArrayList<>();
		for (int year : years) {
			for (Hierarchy.Body body : hierarchy.bodies()) {
				if (!members.containsKey(body.code() + "@" + year)) {
					missing.add(new SetReport.Missing(body.code(), year));
				}
			}
			if (options == null) {
				continue;
			}
			for (Hierarchy.Body parent : hierarchy.bodies()) {
				Member own = members.get(parent.code() + "@" + year);
				if (!parent.consolidated() || own == null) {
					continue;
				}
				List<AggregationCheck.Child> children = new ArrayList<>();
				for (Hierarchy.Body child : hierarchy.children(parent.code())) {
					Member filed = members.get(child.code() + "@" + year);
					children.add(new AggregationCheck.Child(child,
							filed == null ? null : periods.inTermsOf(own.workspace(), filed.filing())));
				}
				AggregationCheck.Options located = options;
				List<Finding> findings = new AggregationCheck(own.workspace().plan, located).check(parent, own.filing(), children);
				String key = parent.code() + "@" + year;
				ValidationResult result = results.get(key);
				List<Finding> all = new ArrayList<>(result.findings());
				all.addAll(findings);
				results.put(key, new ValidationResult(result.filing(), result.problems(), all));
			}
		}
		List<ValidationResult> all = new ArrayList<>(results.values());
		all.addAll(unusable);

		int exit = command.writeReport(command.includePasses ? all : all.stream().map(SetValidation::withoutPasses).toList(),
				language);
		if (exit == Formwork.UNUSABLE) {
			return exit;
		}
		for (SetReport.Missing gone : missing) {
			Hierarchy.Body body = hierarchy.body(gone.body());
			err.println(folder + ": " + (language == Language.ZH ? "缺少 " + body.name() + "（" + body.code() + "）" + gone.year() + " 年的填报"
					: "no filing of " + body.name(language) + " (" + body.code() + ") for " + gone.year()));
		}
		if (command.html != null) {
			List<SetReport.Item> items = new ArrayList<>();
			for (Member member : selected) {
				items.add(new SetReport.Item(member.entry().body(), member.entry().year(),
						member.workspace().template.getName(), results.get(member.entry().body() + "@" + member.entry().year())));
			}
			for (ValidationResult result : unusable) {
				items.add(new SetReport.Item(null, 0, null, result));
			}
			SetReport report = new SetReport(manifest.name(), new ArrayList<>(years), hierarchy, items, missing,
					options == null ? null : options.ruleId());
			if (!new Outputs(err).writeText(command.html, out -> new HtmlSummaryWriter(language).write(report, out))) {
				return Formwork.UNUSABLE;
			}
		}
		if (unreadable) {
			return Formwork.UNUSABLE;
		}
		return all.stream().anyMatch(r -> r.errors() > 0) ? Formwork.FINDINGS : Formwork.OK;
	}

	/** The result with its passes counted rather than listed. */
	private static ValidationResult withoutPasses(ValidationResult result) {
		List<Finding> shown = result.findings().stream().filter(f -> f.status() != io.formwork.runtime.Status.PASS).toList();
		return new ValidationResult(result.filing(), result.problems(), shown, (int) result.passed());
	}

	private static int order(Member member, Hierarchy hierarchy) {
		List<Hierarchy.Body> bodies = hierarchy.bodies();
		for (int i = 0; i < bodies.size(); i++) {
			if (bodies.get(i).code().equals(member.entry().body())) {
				return i;
			}
		}
		return bodies.size();
	}

	/**
	 * Whether --html and --output may be written: neither is an input (the manifest's files, the templates and, once
	 * loaded, every file of the resource set), and they are not one file; else the reason is printed.
	 */
	private boolean outputsAllowed(SetManifest manifest, XtextResourceSet set) {
		Outputs outputs = new Outputs(err).inputs(new ArrayList<>(inputs(manifest)));
		if (set != null) {
			outputs.inputs(set);
		}
		return (command.html == null || outputs.claim(command.html)) && (command.output == null || outputs.claim(command.output));
	}

	private Set<Path> inputs(SetManifest manifest) {
		Set<Path> inputs = new LinkedHashSet<>();
		manifest.filings().forEach(e -> inputs.add(e.file()));
		inputs.addAll(manifest.templates());
		if (manifest.hierarchy() != null) {
			inputs.add(manifest.hierarchy());
		}
		inputs.add(manifest.folder().resolve(SetManifest.MANIFEST));
		if (command.template != null) {
			inputs.add(command.template);
		}
		return inputs;
	}
}
