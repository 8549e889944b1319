package io.formwork.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.formwork.filing.set.HierarchyFile;
import io.formwork.filing.set.SetManifest;
import io.formwork.filing.set.SetReport;
import io.formwork.forms.format.BuiltInFormats;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.AggregationCheck;
import io.formwork.runtime.aggregation.Hierarchy;

/**
 * A set of filings validated together (a province's bodies over one or several years): its manifest
 * ({@code formwork-set.json}) or the folder convention ({@code <year>/<body>.<ext>}, {@link SetManifest}), its
 * templates and its hierarchy ({@code bodies.json}, {@link HierarchyFile}). Each filing is validated against its
 * template with its previous period paired by the one rule every door follows ({@link SetPriors}: the same body's
 * filing of the previous year, by the body and year the filings state, carried through the revision chain), and each
 * consolidated report checked against the sum of its children's ({@link AggregationCheck}). What the set says of a
 * filing is a located problem {@code set.filing} on the manifest's entry (the folder's file): a template or year the
 * filing contradicts, a body filed twice for a year, a body the hierarchy lacks, and a previous period the manifest
 * implies (the same entry body's filing of the year before) that is not the one the filings pair.
 *
 * <p>The body and year of a filing are those it states; where it states none (a published page, narrative text)
 * those its entry gives, the body as the one the entry's other filings state. Two passes: the first learns each
 * entry's body, year and template (JSON filings the fast way, others read whole, a few of those reads kept); the
 * second validates, reading each filing again when it was not kept, and its previous period and a consolidated
 * report's children when they are needed; no filing is held after its result is made. Doors (the command line's
 * {@code validate --set}) only print what {@link #validate} returns.
 */
public final class FilingSet {

	/** The code of what the set says of a filing. */
	public static final String SET_PROBLEM = ProblemCodes.SET_FILING;

	/** A set that cannot be validated: its located problems, or a message (a template's errors as every door prints them). */
	public static final class SetError extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient List<Problem> problems;

		SetError(String message, List<Problem> problems) {
			super(message);
			this.problems = List.copyOf(problems);
		}

		/** The manifest's or the hierarchy's problems, located; empty when the message says it all. */
		public List<Problem> problems() {
			return problems;
		}
	}

	/** What validating the set gave: the report (each selected filing's result, then those that could not be used). */
	public record Outcome(SetReport report, List<ValidationResult> results, boolean unreadable) {
	}

	/** One usable entry: its template, the body and year it is paired by, and what the set says of it. */
	private record Member(SetManifest.Entry entry, CompiledTemplate template, String body, Integer year, String statedBody,
			Integer statedYear, List<Problem> problems) {
	}

	private final SetManifest manifest;
	private final Pipeline pipeline;
	private final Hierarchy hierarchy;
	private final AggregationCheck.Options aggregation;
	/** The first pass's results (null until it runs). */
	private Map<String, Member> members;
	private Map<Path, Member> byFile;
	private List<ValidationResult> unusable;
	private boolean unreadable;
	private SetPriors priors;
	/** Whole reads of the first pass kept for the second (at most {@link Pipeline#heldReads()}). */
	private final Map<Path, Pipeline.Read> held = new HashMap<>();

	private FilingSet(SetManifest manifest, Pipeline pipeline, Hierarchy hierarchy, AggregationCheck.Options aggregation) {
		this.manifest = manifest;
		this.pipeline = pipeline;
		this.hierarchy = hierarchy;
		this.aggregation = aggregation;
	}

	/** The manifest of a folder (or its convention), with its problems; read before anything is loaded. */
	public static SetManifest manifest(Path folder) {
		return SetManifest.read(folder);
	}

	/**
	 * Opens a set: its templates (those the manifest lists, and {@code more}, a door's own, e.g. {@code --template})
	 * loaded into one resource set, and its hierarchy.
	 *
	 * @throws SetError when the manifest or the hierarchy is malformed, there is no template, or a template cannot be used
	 */
	public static FilingSet open(SetManifest manifest, List<Path> more, Pipeline.Options options) throws SetError {
		return open(manifest, more, null, options);
	}

	/**
	 * As {@link #open(SetManifest, List, Pipeline.Options)}, with a default template (its id or file name) for filings
	 * that name none and whose entry names none (the Maven plugin's {@code defaultTemplate}); null for none.
	 */
	public static FilingSet open(SetManifest manifest, List<Path> more, String defaultTemplate, Pipeline.Options options)
			throws SetError {
		if (!manifest.problems().isEmpty()) {
			throw new SetError(manifest.problems().get(0).en(), manifest.problems());
		}
		List<Path> files = new ArrayList<>(manifest.templates());
		files.addAll(more);
		if (files.isEmpty()) {
			throw new SetError(manifest.folder() + ": no template", List.of());
		}
		Templates templates;
		try {
			templates = Templates.load(files, defaultTemplate);
		} catch (CompiledTemplate.TemplateError e) {
			throw new SetError(e.getMessage(), List.of());
		}
		Pipeline pipeline = new Pipeline(templates, FilingFormats.standard(), options);
		if (manifest.hierarchy() == null) {
			return new FilingSet(manifest, pipeline, new Hierarchy(), null);
		}
		HierarchyFile.Read read = HierarchyFile.read(manifest.hierarchy());
		if (!read.problems().isEmpty()) {
			throw new SetError(read.problems().get(0).en(), read.problems());
		}
		return new FilingSet(manifest, pipeline, read.hierarchy(), read.options());
	}

	public SetManifest manifest() {
		return manifest;
	}

	public Pipeline pipeline() {
		return pipeline;
	}

	public Hierarchy hierarchy() {
		return hierarchy;
	}

	/** The files of a set that are inputs (never an output): its filings, the templates it names, its hierarchy, its manifest. */
	public static Set<Path> inputs(SetManifest manifest) {
		Set<Path> inputs = new LinkedHashSet<>();
		manifest.filings().forEach(e -> inputs.add(e.file()));
		inputs.addAll(manifest.templates());
		if (manifest.hierarchy() != null) {
			inputs.add(manifest.hierarchy());
		}
		inputs.add(manifest.folder().resolve(SetManifest.MANIFEST));
		return inputs;
	}

	/** The years the set's usable filings are listed for, in order. */
	public Set<Integer> years() {
		survey();
		Set<Integer> years = new TreeSet<>();
		members.values().forEach(m -> years.add(m.entry().year()));
		return years;
	}

	private static String key(String body, int year) {
		return body + "@" + year;
	}

	/** The entry as read: with the template the manifest lists for it, else by the pipeline's one discovery rule. */
	private Pipeline.Read read(SetManifest.Entry entry) {
		CompiledTemplate listed = entry.template() == null ? null : pipeline.templates().compiled(entry.template());
		if (listed != null) {
			return new Pipeline.Read(entry.file(), listed.read(entry.file(), pipeline.formats()), listed);
		}
		return pipeline.read(entry.file(), entry.year());
	}

	/** What a file states, the fast way for a JSON filing whose template the manifest leaves to it. */
	private Pipeline.Stated stated(SetManifest.Entry entry) {
		if (entry.template() == null && pipeline.formats().byExtension(entry.file()) == BuiltInFormats.JSON) {
			try {
				return pipeline.stated(entry.file());
			} catch (RuntimeException e) {
				// read whole below: the reader reports what is wrong
			}
		}
		return whole(entry);
	}

	private Pipeline.Stated whole(SetManifest.Entry entry) {
		Pipeline.Read read = read(entry);
		Filing filing = read.filing();
		return new Pipeline.Stated(filing.body(), filing.year(), filing.template(), Pipeline.isUnreadable(filing), read);
	}

	/**
	 * The entry's template: the one the manifest lists, else the one the filing names, else the one its whole read
	 * was given ({@code readWith}, null for a file read the fast way), else discovery's.
	 */
	private CompiledTemplate template(SetManifest.Entry entry, Pipeline.Stated stated, CompiledTemplate readWith) {
		Templates templates = pipeline.templates();
		if (entry.template() != null) {
			return templates.compiled(entry.template());
		}
		if (readWith != null) {
			return stated.template() != null ? templates.compiled(stated.template()) : readWith;
		}
		return templates.compiled(templates.chooseId(stated.template(), entry.file(), entry.year()));
	}

	/** The first pass: every entry's body, year and template, the set's problems, the pairing. */
	private void survey() {
		if (members != null) {
			return;
		}
		members = new LinkedHashMap<>();
		byFile = new HashMap<>();
		unusable = new ArrayList<>();
		int holding = pipeline.heldReads();
		List<Pipeline.Stated> states = new ArrayList<>();
		List<CompiledTemplate> readWith = new ArrayList<>();
		Map<String, String> statedByCode = new HashMap<>();
		for (SetManifest.Entry entry : manifest.filings()) {
			Pipeline.Stated stated = stated(entry);
			readWith.add(stated.read() == null ? null : stated.read().template());
			// only the first few whole reads are kept for the second loop (and the validation): memory stays flat
			states.add(states.size() < holding ? stated : stated.identity());
			if (stated.body() != null) {
				statedByCode.putIfAbsent(entry.body(), stated.body());
			}
		}
		priors = new SetPriors();
		for (int i = 0; i < manifest.filings().size(); i++) {
			SetManifest.Entry entry = manifest.filings().get(i);
			Pipeline.Stated stated = states.get(i);
			states.set(i, null);
			unreadable |= stated.unreadable();
			CompiledTemplate own = template(entry, stated, readWith.get(i));
			if (own == null && stated.read() == null) {
				stated = whole(entry); // no template for it: read whole, for what the reader says of it
				own = template(entry, stated, stated.read().template());
			}
			String id = entry.template() != null ? entry.template() : stated.template();
			String key = key(entry.body(), entry.year());
			Member earlier = members.get(key);
			List<Problem> problems = problems(entry, stated, id, own, earlier);
			if (own == null || earlier != null) {
				Filing filing = stated.read() != null ? stated.read().filing() : read(entry).filing();
				problems.forEach(filing::problem);
				unusable.add(new ValidationResult(filing, filing.problems(), List.of()));
				continue;
			}
			// the body and year the filing states; where it states none, those its entry gives
			String body = stated.body() != null ? stated.body()
					: statedByCode.getOrDefault(entry.body(), "\u0001" + entry.body());
			Integer year = stated.year() != null ? stated.year() : Integer.valueOf(entry.year());
			Member member = new Member(entry, own, body, year, stated.body(), stated.year(), problems);
			members.put(key, member);
			byFile.putIfAbsent(entry.file(), member);
			priors.add(entry.file(), body, year);
			if (stated.read() != null && held.size() < holding) {
				held.put(entry.file(), stated.read());
			}
		}
	}

	/** What the set says of one entry: no such template, a template or year the filing contradicts, a repeat, an unknown body. */
	private List<Problem> problems(SetManifest.Entry entry, Pipeline.Stated stated, String id, CompiledTemplate own,
			Member earlier) {
		List<Problem> problems = new ArrayList<>();
		if (own == null) {
			boolean said = stated.read() != null && stated.read().filing().problems().stream()
					.anyMatch(p -> ProblemCodes.NO_TEMPLATE.equals(p.code()));
			if (!said) {
				problems.add(Problem.error(ProblemCodes.NO_TEMPLATE, entry.location(), "模板 " + id + " 不在这组模板之中",
						"Template " + id + " is not among the set's templates"));
			}
		} else if (entry.template() != null && stated.template() != null && !entry.template().equals(stated.template())) {
			problems.add(Problem.error(SET_PROBLEM, entry.location(),
					"清单写明模板 " + entry.template() + "，而填报声明的是 " + stated.template(),
					"The manifest lists template " + entry.template() + " but the filing names " + stated.template()));
		}
		if (stated.year() != null && stated.year() != entry.year()) {
			problems.add(Problem.error(SET_PROBLEM, entry.location(),
					"填报声明的年度是 " + stated.year() + "，而它列在 " + entry.year() + " 年",
					"The filing says it is for " + stated.year() + " but is listed for " + entry.year()));
		}
		if (earlier != null) {
			problems.add(Problem.error(SET_PROBLEM, entry.location(),
					entry.body() + " 的 " + entry.year() + " 年填报重复：" + earlier.entry().file(),
					entry.body() + " has two filings for " + entry.year() + ": also " + earlier.entry().file()));
		}
		if (hierarchy.body(entry.body()) == null && !hierarchy.isEmpty()) {
			problems.add(Problem.warning(SET_PROBLEM, entry.location(), "单位 " + entry.body() + " 不在层级文件中",
					"The body " + entry.body() + " is not in the hierarchy"));
		}
		return problems;
	}

	/**
	 * Validates the filings listed for the given years (null or empty: every year; earlier years still serve as
	 * previous periods), in year order and, within a year, in the hierarchy's order; {@code progress} is told of each
	 * file as it starts.
	 */
	public Outcome validate(Set<Integer> selectedYears, Consumer<Path> progress) {
		survey();
		Set<Integer> years = years();
		if (selectedYears != null && !selectedYears.isEmpty()) {
			years.retainAll(selectedYears);
		}
		List<Member> selected = members.values().stream().filter(m -> years.contains(m.entry().year()))
				.sorted(Comparator.comparing((Member m) -> m.entry().year()).thenComparing(this::order)).toList();
		List<SetReport.Item> items = new ArrayList<>();
		List<ValidationResult> results = new ArrayList<>();
		for (Member member : selected) {
			progress.accept(member.entry().file());
			ValidationResult result = validate(member);
			items.add(new SetReport.Item(member.entry().body(), member.entry().year(), member.template().id, result));
			results.add(result);
			unreadable |= Pipeline.isUnreadable(result);
		}
		for (ValidationResult result : unusable) {
			items.add(new SetReport.Item(null, 0, null, result));
			results.add(result);
		}
		List<SetReport.Missing> missing = new ArrayList<>();
		for (int year : years) {
			for (Hierarchy.Body body : hierarchy.bodies()) {
				if (!members.containsKey(key(body.code(), year))) {
					missing.add(new SetReport.Missing(body.code(), year));
				}
			}
		}
		SetReport report = new SetReport(manifest.name(), new ArrayList<>(years), hierarchy, items, missing,
				aggregation == null ? null : aggregation.ruleId());
		return new Outcome(report, results, unreadable);
	}

	/** One member with its previous period by the one rule, and, when it consolidates, against its children. */
	private ValidationResult validate(Member member) {
		Pipeline.Read read = held.remove(member.entry().file());
		if (read == null) {
			read = read(member.entry());
		}
		Filing filing = read.filing();
		member.problems().forEach(filing::problem);
		Path before = priors.priorOf(member.entry().file(), member.body(), member.year());
		Member listedBefore = members.get(key(member.entry().body(), member.entry().year() - 1));
		Path listed = listedBefore == null ? null : listedBefore.entry().file();
		if (!Objects.equals(before, listed)) {
			filing.problem(disagreement(member, byFile.get(before), listedBefore));
		}
		Filing prior = null;
		if (before != null) {
			Member earlier = byFile.get(before);
			prior = pipeline.periods().inTermsOf(member.template(), filing(earlier));
		}
		ValidationResult result = pipeline.validate(new Pipeline.Read(member.entry().file(), filing, member.template()), prior);
		List<Finding> consolidated = consolidate(member, filing);
		if (consolidated.isEmpty()) {
			return result;
		}
		List<Finding> all = new ArrayList<>(result.findings());
		all.addAll(consolidated);
		return new ValidationResult(result.filing(), result.problems(), all);
	}

	/** A member's filing read for another's use (a previous period, a child): a kept read if there is one, else read again. */
	private Filing filing(Member member) {
		Pipeline.Read kept = held.get(member.entry().file());
		return (kept != null ? kept : read(member.entry())).filing();
	}

	/**
	 * The notice that the previous period the filings pair is not the one the manifest implies (the same entry body's
	 * filing of the year before): the filings' statement decides, and the user is told which file it took.
	 */
	private Problem disagreement(Member member, Member paired, Member listed) {
		String pairedZh = paired == null ? "无" : paired.entry().file() + "（声明" + said(paired, true) + "）";
		String pairedEn = paired == null ? "none" : paired.entry().file() + " (stating " + said(paired, false) + ")";
		String listedZh = listed == null ? "无" : listed.entry().file() + "（声明" + said(listed, true) + "）";
		String listedEn = listed == null ? "none" : listed.entry().file() + " (stating " + said(listed, false) + ")";
		return Problem.warning(SET_PROBLEM, member.entry().location(),
				"本填报声明" + said(member, true) + "，按填报声明的单位和年度配对的上期是 " + pairedZh + "，而清单中 " + member.entry().body()
						+ " 上一年的填报是 " + listedZh + "；以填报声明的为准",
				"This filing states " + said(member, false) + "; its previous period, paired by the body and year the filings state, is "
						+ pairedEn + ", but the manifest lists " + listedEn + " as " + member.entry().body()
						+ "'s filing of the year before; the filings' statement is followed");
	}

	private static String said(Member member, boolean zh) {
		String body = member.statedBody() == null ? (zh ? "（未声明单位）" : "no body") : member.statedBody();
		String year = member.statedYear() == null ? (zh ? "未声明年度" : "no year") : member.statedYear() + (zh ? " 年" : "");
		return zh ? body + "、" + year : body + ", " + year;
	}

	/** A consolidated member's filing against the sum of its children's of the same year (none when it consolidates none). */
	private List<Finding> consolidate(Member member, Filing filing) {
		Hierarchy.Body parent = hierarchy.body(member.entry().body());
		if (aggregation == null || parent == null || !parent.consolidated()) {
			return List.of();
		}
		List<AggregationCheck.Child> children = new ArrayList<>();
		for (Hierarchy.Body child : hierarchy.children(parent.code())) {
			Member filed = members.get(key(child.code(), member.entry().year()));
			children.add(new AggregationCheck.Child(child,
					filed == null ? null : pipeline.periods().inTermsOf(member.template(), filing(filed))));
		}
		return new AggregationCheck(member.template().plan, aggregation).check(parent, filing, children);
	}

	private int order(Member member) {
		List<Hierarchy.Body> bodies = hierarchy.bodies();
		for (int i = 0; i < bodies.size(); i++) {
			if (bodies.get(i).code().equals(member.entry().body())) {
				return i;
			}
		}
		return bodies.size();
	}

}
