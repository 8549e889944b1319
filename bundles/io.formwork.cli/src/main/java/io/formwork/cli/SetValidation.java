package io.formwork.cli;

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

import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.filing.report.HtmlSummaryWriter;
import io.formwork.filing.set.HierarchyFile;
import io.formwork.filing.set.SetManifest;
import io.formwork.filing.set.SetReport;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.FilingFormats;
import io.formwork.pipeline.PeriodMapping;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.AggregationCheck;
import io.formwork.runtime.aggregation.Hierarchy;

/**
 * formwork validate --set DIR: every filing of a set (a province's bodies over one or several years), each
 * against its template, with last year's filing of the same body as its previous period (across a change of
 * format), and each consolidated report against the sum of its children's. Writes the usual report, and an
 * HTML summary with --html.
 */
final class SetValidation {

	public static final String SET_PROBLEM = ProblemCodes.SET_FILING;

	private final ValidateCommand command;
	private final PrintWriter err;

	SetValidation(ValidateCommand command, PrintWriter err) {
		this.command = command;
		this.err = err;
	}

	/** One filing of the set, read, with the compiled template it is validated against. */
	private record Member(SetManifest.Entry entry, Filing filing, CompiledTemplate template) {

		String key() {
			return SetValidation.key(entry.body(), entry.year());
		}
	}

	/** The set as loaded: its manifest, templates, pipeline and hierarchy (empty when it has none). */
	private record Loaded(SetManifest manifest, Pipeline pipeline, Map<String, CompiledTemplate> byId,
			Hierarchy hierarchy, AggregationCheck.Options aggregation) {
	}

	/** The set's filings as read: usable members by body and year, and the results of those that are not. */
	private record Read(Map<String, Member> members, List<ValidationResult> unusable, boolean unreadable) {
	}

	private static String key(String body, int year) {
		return body + "@" + year;
	}

	int run(Language language) {
		Loaded set = load(language);
		if (set == null) {
			return Formwork.UNUSABLE;
		}
		Read read = readFilings(set);
		Set<Integer> years = years(read.members(), language);
		if (years == null) {
			return Formwork.UNUSABLE;
		}
		List<Member> selected = read.members().values().stream().filter(m -> years.contains(m.entry().year()))
				.sorted(Comparator.comparing((Member m) -> m.entry().year()).thenComparing(m -> order(m, set.hierarchy())))
				.toList();
		Map<String, ValidationResult> results = validate(set, read.members(), selected);
		List<SetReport.Missing> missing = consolidate(set, read.members(), years, results);
		List<ValidationResult> all = new ArrayList<>(results.values());
		all.addAll(read.unusable());
		int exit = command.writeReport(command.includePasses ? all : all.stream().map(SetValidation::withoutPasses).toList(),
				language);
		if (exit == Formwork.UNUSABLE) {
			return exit;
		}
		printMissing(set.hierarchy(), missing, language);
		if (command.html != null && !writeHtml(set, selected, read.unusable(), results, years, missing, language)) {
			return Formwork.UNUSABLE;
		}
		if (read.unreadable()) {
			return Formwork.UNUSABLE;
		}
		return all.stream().anyMatch(r -> r.errors() > 0) ? Formwork.FINDINGS : Formwork.OK;
	}

	/** The manifest, the templates and the hierarchy, with the outputs checked against every input; null after a message. */
	private Loaded load(Language language) {
		Path folder = command.set;
		if (!Files.isDirectory(folder)) {
			err.println(folder + ": no such folder");
			return null;
		}
		SetManifest manifest = SetManifest.read(folder);
		if (!manifest.problems().isEmpty()) {
			manifest.problems().forEach(p -> err.println(p.location() + ": error [" + p.code() + "] " + p.message(language)));
			return null;
		}
		if (!outputsAllowed(manifest, null)) {
			return null;
		}
		List<Path> templates = new ArrayList<>(manifest.templates());
		if (command.template != null) {
			templates.add(command.template);
		}
		if (templates.isEmpty()) {
			err.println(folder + ": no template: list them in " + SetManifest.MANIFEST + " or name one with --template");
			return null;
		}
		Templates loaded;
		try {
			loaded = Templates.load(templates, null);
		} catch (CompiledTemplate.TemplateError e) {
			err.println(e.getMessage());
			return null;
		}
		// the HTML summary's table by rule shows the rules that passed too: keep passes when it is asked for
		Pipeline pipeline = new Pipeline(loaded, FilingFormats.standard(),
				Pipeline.Options.DEFAULT.includePasses(command.includePasses || command.html != null));
		Map<String, CompiledTemplate> byId = new LinkedHashMap<>();
		loaded.byId().values().forEach(t -> byId.put(t.getName(), loaded.compiled(t)));
		if (!outputsAllowed(manifest, loaded.resourceSet())) { // now with every template and catalog the set loaded
			return null;
		}
		if (manifest.hierarchy() == null) {
			return new Loaded(manifest, pipeline, byId, new Hierarchy(), null);
		}
		HierarchyFile.Read read = HierarchyFile.read(manifest.hierarchy());
		if (!read.problems().isEmpty()) {
			read.problems().forEach(p -> err.println(p.location() + ": error [" + p.code() + "] " + p.message(language)));
			return null;
		}
		return new Loaded(manifest, pipeline, byId, read.hierarchy(), read.options());
	}

	/** Every filing of the manifest, earlier years too (they are the previous periods), with the set's problems. */
	private Read readFilings(Loaded set) {
		Map<String, Member> members = new LinkedHashMap<>();
		List<ValidationResult> unusable = new ArrayList<>();
		boolean unreadable = false;
		for (SetManifest.Entry entry : set.manifest().filings()) {
			// the manifest's template for the entry, else the pipeline's one discovery rule
			CompiledTemplate listed = entry.template() == null ? null : set.byId().get(entry.template());
			Pipeline.Read read = listed != null ? new Pipeline.Read(entry.file(), listed.read(entry.file()), listed)
					: set.pipeline().read(entry.file(), entry.year());
			Filing filing = read.filing();
			CompiledTemplate own = entry.template() != null ? set.byId().get(entry.template())
					: filing.template() != null ? set.byId().get(filing.template()) : read.template();
			String key = key(entry.body(), entry.year());
			problems(set, entry, filing, own, members.get(key)).forEach(filing::problem);
			unreadable |= Pipeline.isUnreadable(filing);
			if (own == null || members.containsKey(key)) {
				unusable.add(new ValidationResult(filing, filing.problems(), List.of()));
				continue;
			}
			members.put(key, new Member(entry, filing, own));
		}
		return new Read(members, unusable, unreadable);
	}

	/** What the set says of one entry: no such template, a template or year the filing contradicts, a repeat, an unknown body. */
	private static List<Problem> problems(Loaded set, SetManifest.Entry entry, Filing filing, CompiledTemplate own,
			Member earlier) {
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
		if (earlier != null) {
			problems.add(Problem.error(SET_PROBLEM, entry.location(),
					entry.body() + " 的 " + entry.year() + " 年填报重复：" + earlier.entry().file(),
					entry.body() + " has two filings for " + entry.year() + ": also " + earlier.entry().file()));
		}
		if (set.hierarchy().body(entry.body()) == null && !set.hierarchy().isEmpty()) {
			problems.add(Problem.warning(SET_PROBLEM, entry.location(), "单位 " + entry.body() + " 不在层级文件中",
					"The body " + entry.body() + " is not in the hierarchy"));
		}
		return problems;
	}

	/** The years to validate: every year of the set, or those --year names (each must have filings); null after a message. */
	private Set<Integer> years(Map<String, Member> members, Language language) {
		Set<Integer> years = new TreeSet<>();
		members.values().forEach(m -> years.add(m.entry().year()));
		if (command.years == null || command.years.isEmpty()) {
			return years;
		}
		years.retainAll(command.years);
		for (Integer year : command.years) {
			if (!years.contains(year)) {
				err.println(command.set + ": " + (language == Language.ZH ? "没有 " + year + " 年的填报" : "no filing for " + year));
				return null;
			}
		}
		return years;
	}

	/** Each selected filing against its template, with the same body's filing of the year before as its previous period. */
	private Map<String, ValidationResult> validate(Loaded set, Map<String, Member> members, List<Member> selected) {
		PeriodMapping periods = set.pipeline().periods();
		Map<String, ValidationResult> results = new LinkedHashMap<>();
		ValidateCommand.Progress progress = ValidateCommand.Progress.onTerminal(err, selected.size());
		for (Member member : selected) {
			progress.step(member.entry().file());
			Member before = members.get(key(member.entry().body(), member.entry().year() - 1));
			Filing prior = before == null ? null : periods.inTermsOf(member.template(), before.filing());
			results.put(member.key(),
					set.pipeline().validate(new Pipeline.Read(member.entry().file(), member.filing(), member.template()), prior));
		}
		progress.done();
		return results;
	}

	/**
	 * The hierarchy's bodies with no filing in a year, returned; and each consolidated report checked against the sum
	 * of its children's, its findings added to its result.
	 */
	private List<SetReport.Missing> consolidate(Loaded set, Map<String, Member> members, Set<Integer> years,
			Map<String, ValidationResult> results) {
		Hierarchy hierarchy = set.hierarchy();
		PeriodMapping periods = set.pipeline().periods();
		List<SetReport.Missing> missing = new ArrayList<>();
		for (int year : years) {
			for (Hierarchy.Body body : hierarchy.bodies()) {
				if (!members.containsKey(key(body.code(), year))) {
					missing.add(new SetReport.Missing(body.code(), year));
				}
			}
			if (set.aggregation() == null) {
				continue;
			}
			for (Hierarchy.Body parent : hierarchy.bodies()) {
				Member own = members.get(key(parent.code(), year));
				if (!parent.consolidated() || own == null) {
					continue;
				}
				List<AggregationCheck.Child> children = new ArrayList<>();
				for (Hierarchy.Body child : hierarchy.children(parent.code())) {
					Member filed = members.get(key(child.code(), year));
					children.add(new AggregationCheck.Child(child,
							filed == null ? null : periods.inTermsOf(own.template(), filed.filing())));
				}
				List<Finding> findings = new AggregationCheck(own.template().plan, set.aggregation()).check(parent,
						own.filing(), children);
				ValidationResult result = results.get(own.key());
				List<Finding> all = new ArrayList<>(result.findings());
				all.addAll(findings);
				results.put(own.key(), new ValidationResult(result.filing(), result.problems(), all));
			}
		}
		return missing;
	}

	private void printMissing(Hierarchy hierarchy, List<SetReport.Missing> missing, Language language) {
		for (SetReport.Missing gone : missing) {
			Hierarchy.Body body = hierarchy.body(gone.body());
			err.println(command.set + ": " + (language == Language.ZH ? "缺少 " + body.name() + "（" + body.code() + "）" + gone.year() + " 年的填报"
					: "no filing of " + body.name(language) + " (" + body.code() + ") for " + gone.year()));
		}
	}

	/** The HTML summary (--html), written atomically; false after a message. */
	private boolean writeHtml(Loaded set, List<Member> selected, List<ValidationResult> unusable,
			Map<String, ValidationResult> results, Set<Integer> years, List<SetReport.Missing> missing, Language language) {
		List<SetReport.Item> items = new ArrayList<>();
		for (Member member : selected) {
			items.add(new SetReport.Item(member.entry().body(), member.entry().year(), member.template().template.getName(),
					results.get(member.key())));
		}
		for (ValidationResult result : unusable) {
			items.add(new SetReport.Item(null, 0, null, result));
		}
		SetReport report = new SetReport(set.manifest().name(), new ArrayList<>(years), set.hierarchy(), items, missing,
				set.aggregation() == null ? null : set.aggregation().ruleId());
		return new Outputs(err).writeText(command.html, out -> new HtmlSummaryWriter(language).write(report, out));
	}

	/** The result with its passes counted rather than listed. */
	private static ValidationResult withoutPasses(ValidationResult result) {
		List<Finding> shown = result.findings().stream().filter(f -> f.status() != Status.PASS).toList();
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
