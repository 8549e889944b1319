package io.formwork.lang.revision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.TemplateMember;
import io.formwork.lang.model.Grids;
import io.formwork.lang.typing.FormType;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Language;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * What changed between two templates, revision chain or not: sections, narratives, claims, tables, rows,
 * columns, headings and rules added, removed, renamed, relabelled, retyped or re-unitised, moved; rules whose
 * definition, severity or activation changed. Both templates are taken as they apply (revisions resolved); a
 * rule is compared by what it checks (its compiled instances, old cells translated to new), not by how it is
 * written.
 */
public final class TemplateDiff {

	/** The plans of the two templates compared (what the rules compare on), given by the caller. */
	private Plan olderPlan;
	private Plan newerPlan;

	/** One change to one element; {@code before}/{@code after} describe it in both languages. */
	public record Change(String change, String beforeZh, String afterZh, String beforeEn, String afterEn) {
		public String before(Language language) {
			return language == Language.ZH ? beforeZh : beforeEn;
		}

		public String after(Language language) {
			return language == Language.ZH ? afterZh : afterEn;
		}

		/** The change's name alone, as {@code formwork diff} names it: 改标签, "relabelled". */
		public String name(Language language) {
			return changeName(change, language == Language.ZH);
		}

		/** What {@code formwork diff} says of the change: its name, then old → new (or the one side there is). */
		public String describe(Language language) {
			boolean zh = language == Language.ZH;
			StringBuilder out = new StringBuilder(changeName(change, zh));
			String before = before(language);
			String after = after(language);
			if (before != null && after != null) {
				out.append(' ').append(before).append(" → ").append(after);
			} else if (before != null) {
				out.append(zh ? "（" + before + "）" : " (" + before + ")");
			} else if (after != null) {
				out.append(zh ? "（" + after + "）" : " (" + after + ")");
			}
			return out.toString();
		}
	}

	/**
	 * The changes to one element: its kind (template, section, narrative, claim, table, row, column, heading,
	 * group, rule), the table it is in (for lines), its code in the older template and, when renamed, in the
	 * newer.
	 */
	public record Entry(String element, String table, String code, String newCode, List<Change> changes) {
		public Entry {
			changes = List.copyOf(changes);
		}

		/** What {@code formwork diff} names the element by: "table t2_8 column prior_items → fee_amount". */
		public String heading(Language language) {
			boolean zh = language == Language.ZH;
			StringBuilder head = new StringBuilder();
			if (table != null) {
				head.append(zh ? "表 " : "table ").append(table).append(' ');
			}
			head.append(elementName(element, zh)).append(' ').append(code);
			if (newCode != null && !newCode.equals(code)) {
				head.append(" → ").append(newCode);
			}
			return head.toString();
		}
	}

	/**
	 * Where an entry's element is written (in a .form file, revisions followed back to the text that declares
	 * it): in the older and in the newer template; null where it is not (added, removed) or not known.
	 */
	public record Places(EObject older, EObject newer) {
		/** The newer place, else the older. */
		public EObject preferred() {
			return newer != null ? newer : older;
		}
	}

	/** The entries, and for each (same index) the places of its element. */
	public record Result(String older, String newer, boolean related, List<Entry> entries, List<Places> places) {
		public Result {
			entries = List.copyOf(entries);
			places = List.copyOf(places);
			if (places.size() != entries.size()) {
				throw new IllegalArgumentException("one place per entry");
			}
		}

		/** The places of an entry of this result (by identity), or empty places. */
		public Places placesOf(Entry entry) {
			for (int i = 0; i < entries.size(); i++) {
				if (entries.get(i) == entry) {
					return places.get(i);
				}
			}
			return new Places(null, null);
		}

		public boolean isEmpty() {
			return entries.isEmpty();
		}

		/** One line per change, Chinese or English; a closing count. */
		public String toText(Language language) {
			boolean zh = language == Language.ZH;
			StringBuilder out = new StringBuilder();
			out.append(older).append(" → ").append(newer);
			if (related && !older.equals(newer)) {
				out.append(zh ? "（" + newer + " 经修订链继承自 " + older + "）" : " (" + newer + " revises " + older + ")");
			}
			out.append('\n');
			int count = 0;
			for (Entry entry : entries) {
				String head = entry.heading(language);
				for (Change change : entry.changes()) {
					count++;
					out.append(head).append(zh ? "：" : ": ").append(change.describe(language)).append('\n');
				}
			}
			out.append(zh ? count + " 处改变" : count + " change(s)").append('\n');
			return out.toString();
		}
	}

	private final Correspondence correspondence;
	private final Template older;
	private final Template newer;
	private final List<Entry> entries = new ArrayList<>();
	private final List<Places> places = new ArrayList<>();

	private TemplateDiff(Template older, Template newer) {
		this.correspondence = Correspondence.between(older, newer);
		this.older = correspondence.older();
		this.newer = correspondence.newer();
	}

	public static Result between(Template older, Plan olderPlan, Template newer, Plan newerPlan) {
		TemplateDiff diff = new TemplateDiff(older, newer);
		diff.olderPlan = olderPlan;
		diff.newerPlan = newerPlan;
		diff.compute(older, newer);
		return new Result(Revisions.written(diff.older).getName(), Revisions.written(diff.newer).getName(),
				diff.correspondence.related(), diff.entries, diff.places);
	}

	private void compute(Template olderWritten, Template newerWritten) {
		List<Change> header = new ArrayList<>();
		label(header, older.getLabel(), newer.getLabel());
		if (older.getYear() != newer.getYear()) {
			header.add(new Change("year", "" + older.getYear(), "" + newer.getYear(), "" + older.getYear(), "" + newer.getYear()));
		}
		if (older.getPeriod() != newer.getPeriod()) {
			header.add(same("period", older.getPeriod().getLiteral(), newer.getPeriod().getLiteral()));
		}
		if (older.isBlankAsZero() != newer.isBlankAsZero()) {
			header.add(same("blankAsZero", "" + older.isBlankAsZero(), "" + newer.isBlankAsZero()));
		}
		if (!header.isEmpty()) {
			add(new Entry("template", null, older.getName(), newer.getName(), header), olderWritten, newerWritten);
		}
		compare(EcoreUtil2.getAllContentsOfType(older, Section.class), EcoreUtil2.getAllContentsOfType(newer, Section.class), null);
		compare(EcoreUtil2.getAllContentsOfType(older, Narrative.class), EcoreUtil2.getAllContentsOfType(newer, Narrative.class), null);
		compare(EcoreUtil2.getAllContentsOfType(older, Claim.class), EcoreUtil2.getAllContentsOfType(newer, Claim.class), null);
		compare(Correspondence.indicators(older), Correspondence.indicators(newer), null);
		List<Table> olderTables = EcoreUtil2.getAllContentsOfType(older, Table.class);
		List<Table> newerTables = EcoreUtil2.getAllContentsOfType(newer, Table.class);
		compare(olderTables, newerTables, null);
		for (Table table : newerTables) {
			Table before = (Table) correspondence.olderOf(table);
			if (before != null) {
				compare(items(before.getColumns()), items(table.getColumns()), table.getName());
				compare(items(before.getRows()), items(table.getRows()), table.getName());
			}
		}
		compareRules(olderWritten, newerWritten);
	}

	// ------------------------------------------------------------------ elements

	/** Records an entry with where its element is written in the older and the newer template. */
	private void add(Entry entry, EObject before, EObject after) {
		entries.add(entry);
		places.add(new Places(before == null ? null : Revisions.origin(before), after == null ? null : Revisions.origin(after)));
	}

	private void compare(List<? extends EObject> olderObjects, List<? extends EObject> newerObjects, String table) {
		for (EObject object : newerObjects) {
			EObject before = correspondence.olderOf(object);
			if (before == null) {
				add(new Entry(element(object), table, Resolver.name(object), null,
						List.of(new Change("added", null, describe(object, true), null, describe(object, false)))), null, object);
				continue;
			}
			List<Change> changes = changes(before, object);
			if (!changes.isEmpty()) {
				add(new Entry(element(before), table, Resolver.name(before), Resolver.name(object), changes), before, object);
			}
		}
		for (EObject object : olderObjects) {
			if (correspondence.newerOf(object) == null) {
				add(new Entry(element(object), table, Resolver.name(object), null,
						List.of(new Change("removed", describe(object, true), null, describe(object, false), null))), object, null);
			}
		}
	}

	private List<Change> changes(EObject before, EObject after) {
		List<Change> changes = new ArrayList<>();
		if (!Objects.equals(Resolver.name(before), Resolver.name(after))) {
			changes.add(same("renamed", Resolver.name(before), Resolver.name(after)));
		}
		boolean kindChanged = !element(before).equals(element(after));
		if (kindChanged) {
			changes.add(new Change("changedKind", elementName(element(before), true), elementName(element(after), true),
					element(before), element(after)));
		}
		if (before instanceof AxisItem a && after instanceof AxisItem b) {
			label(changes, Grids.zhLabel(a), Grids.zhLabel(b), enLabel(a), enLabel(b));
			List<String> akasBefore = a instanceof Line l ? l.getAkas() : List.of();
			List<String> akasAfter = b instanceof Line l ? l.getAkas() : List.of();
			if (!akasBefore.equals(akasAfter)) {
				changes.add(same("aka", akas(akasBefore), akas(akasAfter)));
			}
		} else {
			label(changes, labelOf(before), labelOf(after));
		}
		Indicator was = before instanceof Indicator own ? own : indicatorOf(before);
		Indicator now = after instanceof Indicator own ? own : indicatorOf(after);
		if (!kindChanged && (was != null || now != null)) {
			String wasKey = key(was);
			String nowKey = key(now);
			if (!wasKey.equals(nowKey)) {
				boolean unitOnly = was != null && now != null && was.getName().equals(now.getName())
						&& FormType.of(was).kind() == FormType.of(now).kind();
				changes.add(new Change(unitOnly ? "reunitised" : "retyped", meaningZh(was), meaningZh(now), meaningEn(was),
						meaningEn(now)));
			}
		}
		String wasParent = parentKey(before, false);
		String nowParent = parentKey(after, true);
		if (!Objects.equals(wasParent, nowParent)) {
			changes.add(same("moved", display(parent(before)), display(parent(after))));
		}
		if (before instanceof Narrative a && after instanceof Narrative b) {
			if (a.isRequired() != b.isRequired() || a.getMinLength() != b.getMinLength()) {
				changes.add(new Change("requirement", requirementZh(a), requirementZh(b), requirementEn(a), requirementEn(b)));
			}
		}
		if (before instanceof Claim a && after instanceof Claim b && !a.getPhrases().equals(b.getPhrases())) {
			changes.add(same("phrases", String.join(" / ", a.getPhrases()), String.join(" / ", b.getPhrases())));
		}
		if (before instanceof Table a && after instanceof Table b) {
			Label was2 = a.getNote();
			Label now2 = b.getNote();
			if (!Objects.equals(zh(was2), zh(now2)) || !Objects.equals(en(was2), en(now2))) {
				changes.add(new Change("note", zh(was2), zh(now2), en(was2), en(now2)));
			}
			axisDimension(changes, "columns", a.getColumns(), b.getColumns());
			axisDimension(changes, "rows", a.getRows(), b.getRows());
		}
		if (before instanceof Line a && after instanceof Line b) {
			if ((a.getFormula() == null) != (b.getFormula() == null)
					|| a.getFormula() != null && !PlanText.of(a.getFormula()).equals(PlanText.of(b.getFormula()))) {
				changes.add(same("formula", a.getFormula() == null ? "—" : PlanText.of(a.getFormula()),
						b.getFormula() == null ? "—" : PlanText.of(b.getFormula())));
			}
			if (a.isNotReported() != b.isNotReported()) {
				changes.add(same("notReported", "" + a.isNotReported(), "" + b.isNotReported()));
			}
		}
		return changes;
	}

	private static void axisDimension(List<Change> changes, String axis, Axis a, Axis b) {
		String was = a.getDimension() == null ? null : a.getDimension().getName();
		String now = b.getDimension() == null ? null : b.getDimension().getName();
		if (!Objects.equals(was, now)) {
			changes.add(same(axis, was == null ? "—" : was, now == null ? "—" : now));
		}
	}

	private String parentKey(EObject object, boolean isNewer) {
		EObject parent = parent(object);
		if (parent == null) {
			return null;
		}
		EObject key = isNewer ? correspondence.olderOf(parent) : parent;
		if (key == null) {
			return "new:" + Resolver.name(parent);
		}
		return key.eClass().getName() + ":" + Resolver.name(key) + "@" + System.identityHashCode(key);
	}

	/** The heading, group, section or narrative an element stands in (none for a top-level line). */
	private static EObject parent(EObject object) {
		EObject container = object.eContainer();
		if (object instanceof AxisItem) {
			return container instanceof LineGroup ? container : null;
		}
		if (object instanceof Claim || object instanceof Narrative || object instanceof Table || object instanceof Section) {
			return container instanceof Section || container instanceof Narrative ? container : null;
		}
		return null;
	}

	private static String display(EObject object) {
		if (object == null) {
			return "—";
		}
		return Resolver.name(object);
	}

	// ------------------------------------------------------------------ rules

	private void compareRules(Template olderWritten, Template newerWritten) {
		CellMapping mapping = CellMappings.between(olderWritten, olderPlan, newerWritten, newerPlan);
		Map<CellAddress, CellAddress> toNewer = new HashMap<>();
		for (CellMapping.Link link : mapping.links()) {
			if (link.from() != null) {
				toNewer.put(link.from(), link.to());
			}
		}
		for (TemplateMember member : newer.getMembers()) {
			if (!(member instanceof Rule rule)) {
				continue;
			}
			Rule before = (Rule) correspondence.olderOf(rule);
			if (before == null) {
				add(new Entry("rule", null, rule.getName(), null,
						List.of(new Change("added", null, describe(rule, true), null, describe(rule, false)))), null, rule);
				continue;
			}
			List<Change> changes = new ArrayList<>();
			if (!before.getName().equals(rule.getName())) {
				changes.add(same("renamed", before.getName(), rule.getName()));
			}
			label(changes, before.getLabel(), rule.getLabel());
			if (before.getSeverity() != rule.getSeverity()) {
				changes.add(new Change("severity", severityZh(before), severityZh(rule), before.getSeverity().getLiteral(),
						rule.getSeverity().getLiteral()));
			}
			if (before.isInactive() != rule.isInactive()) {
				changes.add(same(rule.isInactive() ? "deactivated" : "activated", null, null));
			}
			if (!written(before).equals(written(rule)) && !before.isInactive() && !rule.isInactive()
					&& !definition(olderPlan, before.getName(), a -> toNewer.getOrDefault(a, a).toString())
							.equals(definition(newerPlan, rule.getName(), CellAddress::toString))) {
				changes.add(new Change("definition", PlanText.of(before.getAssertion()), PlanText.of(rule.getAssertion()),
						PlanText.of(before.getAssertion()), PlanText.of(rule.getAssertion())));
			}
			if (!Objects.equals(zh(before.getMessage()), zh(rule.getMessage()))
					|| !Objects.equals(en(before.getMessage()), en(rule.getMessage()))) {
				changes.add(new Change("message", zh(before.getMessage()), zh(rule.getMessage()), en(before.getMessage()),
						en(rule.getMessage())));
			}
			if (!changes.isEmpty()) {
				add(new Entry("rule", null, before.getName(), rule.getName(), changes), before, rule);
			}
		}
		for (TemplateMember member : older.getMembers()) {
			if (member instanceof Rule rule && correspondence.newerOf(rule) == null) {
				add(new Entry("rule", null, rule.getName(), null,
						List.of(new Change("removed", describe(rule, true), null, describe(rule, false), null))), rule, null);
			}
		}
	}

	/**
	 * A rule as written, spacing aside: where it applies, its condition, tolerance and assertion. Two rules written
	 * alike are the same rule; written differently they may still check the same cells (then they do not differ).
	 */
	private static String written(Rule rule) {
		String text = (rule.isForEach() ? "for each " + rule.getIteration() : "")
				+ (rule.getTable() == null ? "" : " in " + rule.getTable().getName()) + " when "
				+ PlanText.of(rule.getCondition()) + " tolerance " + PlanText.of(rule.getTolerance()) + " "
				+ rule.isBlankAsZero() + " assert " + PlanText.of(rule.getAssertion());
		return text.replaceAll("\\s+", " ");
	}

	/** What a rule checks, instance by instance, with its cells named by the function. */
	private static String definition(Plan plan, String rule, Function<CellAddress, String> name) {
		List<String> instances = new ArrayList<>();
		for (RuleInstance instance : plan.rules()) {
			if (instance.ruleId().equals(rule)) {
				instances.add((instance.condition() == null ? "" : print(instance.condition(), name) + " ⇒ ")
						+ print(instance.assertion(), name) + " ±" + tolerance(instance.tolerance()) + " " + instance.printed()
						+ " " + instance.blankAsZero());
			}
		}
		instances.sort(null);
		return String.join("\n", instances);
	}

	private static String tolerance(BigDecimal tolerance) {
		return tolerance == null ? "0" : tolerance.stripTrailingZeros().toPlainString();
	}

	private static String print(Expr expr, Function<CellAddress, String> name) {
		if (expr instanceof Expr.Ref ref) {
			return (ref.prior() ? "prior " : "") + name.apply(ref.address());
		}
		if (expr instanceof Expr.Num num) {
			return num.value().toPlainString();
		}
		if (expr instanceof Expr.Bool bool) {
			return "" + bool.value();
		}
		if (expr instanceof Expr.Negate negate) {
			return "-" + print(negate.operand(), name);
		}
		if (expr instanceof Expr.Not not) {
			return "not " + print(not.operand(), name);
		}
		if (expr instanceof Expr.Arithmetic a) {
			return "(" + print(a.left(), name) + " " + a.op() + " " + print(a.right(), name) + ")";
		}
		if (expr instanceof Expr.Compare c) {
			return print(c.left(), name) + " " + c.op() + " " + print(c.right(), name);
		}
		if (expr instanceof Expr.Logic l) {
			return "(" + print(l.left(), name) + " " + l.op() + " " + print(l.right(), name) + ")";
		}
		if (expr instanceof Expr.Call call) {
			List<String> args = new ArrayList<>();
			call.args().forEach(a -> args.add(print(a, name)));
			return call.function() + "(" + String.join(", ", args) + ")";
		}
		return String.valueOf(expr);
	}

	// ------------------------------------------------------------------ descriptions

	private static String element(EObject object) {
		if (object instanceof Line line) {
			return line.getKind().getLiteral();
		}
		if (object instanceof LineGroup group) {
			return group.getKind().getLiteral();
		}
		if (object instanceof Rule) {
			return "rule";
		}
		return object.eClass().getName().toLowerCase(Locale.ROOT);
	}

	static String elementName(String element, boolean zh) {
		if (!zh) {
			return element;
		}
		return switch (element) {
		case "template" -> "模板";
		case "section" -> "章节";
		case "narrative" -> "叙述部分";
		case "claim" -> "叙述指标";
		case "table" -> "表";
		case "row" -> "行";
		case "column" -> "列";
		case "heading" -> "标题行";
		case "group" -> "列组";
		case "rule" -> "规则";
		case "indicator" -> "指标";
		default -> element;
		};
	}

	static String changeName(String change, boolean zh) {
		if (!zh) {
			return switch (change) {
			case "reunitised" -> "re-unitised (the same indicator in another unit)";
			case "relabelledEn" -> "English label changed";
			case "aka" -> "other wordings (aka) changed";
			case "retyped" -> "meaning changed";
			case "changedKind" -> "kind changed";
			case "blankAsZero" -> "blank means zero";
			case "notReported" -> "not reported";
			default -> change;
			};
		}
		return switch (change) {
		case "added" -> "新增";
		case "removed" -> "删除";
		case "renamed" -> "改代码";
		case "relabelled" -> "改标签";
		case "relabelledEn" -> "改英文标签";
		case "aka" -> "亦作写法改变";
		case "retyped" -> "含义改变";
		case "reunitised" -> "改单位（同一指标）";
		case "changedKind" -> "类别改变";
		case "moved" -> "移动";
		case "requirement" -> "填写要求改变";
		case "phrases" -> "说法改变";
		case "note" -> "表注改变";
		case "columns" -> "列改变";
		case "rows" -> "行改变";
		case "formula" -> "计算公式改变";
		case "notReported" -> "是否填报改变";
		case "severity" -> "严重程度改变";
		case "activated" -> "启用";
		case "deactivated" -> "停用";
		case "definition" -> "规则内容改变";
		case "message" -> "提示信息改变";
		case "year" -> "年度";
		case "period" -> "周期";
		case "blankAsZero" -> "空白视为零";
		default -> change;
		};
	}

	private static String describe(EObject object, boolean zh) {
		String label = zh ? zh(labelOf(object)) : en(labelOf(object));
		if (label == null && object instanceof AxisItem item) {
			label = zh ? Grids.zhLabel(item) : enLabel(item);
		}
		Indicator indicator = object instanceof Indicator own ? own : indicatorOf(object);
		String meaning = indicator == null ? null : zh ? meaningZh(indicator) : meaningEn(indicator);
		if (label == null) {
			return meaning;
		}
		return meaning == null ? label : label + (zh ? "，" : ", ") + meaning;
	}

	private static void label(List<Change> changes, Label before, Label after) {
		label(changes, zh(before), zh(after), en(before), en(after));
	}

	private static void label(List<Change> changes, String zhBefore, String zhAfter, String enBefore, String enAfter) {
		boolean zhChanged = !Objects.equals(zhBefore, zhAfter);
		boolean enChanged = !Objects.equals(enBefore, enAfter);
		if (zhChanged || enChanged) {
			changes.add(new Change(zhChanged ? "relabelled" : "relabelledEn", quote(zhBefore), quote(zhAfter),
					quote(enBefore), quote(enAfter)));
		}
	}

	/** A line's English label as printed: its own, else its member's or indicator's. */
	private static String enLabel(AxisItem item) {
		if (item.getLabel() != null && item.getLabel().getEn() != null) {
			return item.getLabel().getEn();
		}
		if (item instanceof Line line) {
			Label fallback = line.getMember() != null ? line.getMember().getLabel()
					: line.getIndicator() != null ? line.getIndicator().getLabel() : null;
			return fallback == null ? null : fallback.getEn();
		}
		return null;
	}

	/** A line's other wordings as the diff shows them: “…”、“…”, or — for none. */
	private static String akas(List<String> akas) {
		return akas.isEmpty() ? "—" : String.join("、", akas.stream().map(TemplateDiff::quote).toList());
	}

	private static String quote(String text) {
		return text == null ? "—" : "“" + text + "”";
	}

	private static Label labelOf(EObject object) {
		var feature = object.eClass().getEStructuralFeature("label");
		return feature != null && object.eGet(feature) instanceof Label label ? label : null;
	}

	private static Indicator indicatorOf(EObject object) {
		if (object instanceof Line line) {
			return line.getIndicator();
		}
		if (object instanceof LineGroup group) {
			return group.getIndicator();
		}
		if (object instanceof Claim claim) {
			return claim.getIndicator();
		}
		return null;
	}

	private static String key(Indicator indicator) {
		if (indicator == null) {
			return "-";
		}
		FormType type = FormType.of(indicator);
		return indicator.getName() + "/" + type.kind() + "/" + type.unitText();
	}

	private static String meaningZh(Indicator indicator) {
		return indicator == null ? "无指标" : indicator.getName() + "：" + FormType.of(indicator).zh();
	}

	private static String meaningEn(Indicator indicator) {
		return indicator == null ? "no indicator" : indicator.getName() + " (" + FormType.of(indicator).en() + ")";
	}

	private static String requirementZh(Narrative narrative) {
		return (narrative.isRequired() ? "必填" : "选填") + (narrative.getMinLength() > 0 ? "，至少 " + narrative.getMinLength() + " 字" : "");
	}

	private static String requirementEn(Narrative narrative) {
		return (narrative.isRequired() ? "required" : "optional")
				+ (narrative.getMinLength() > 0 ? ", at least " + narrative.getMinLength() + " characters" : "");
	}

	private static String severityZh(Rule check) {
		return switch (check.getSeverity()) {
		case ERROR -> "错误";
		case WARNING -> "警告";
		case INFO -> "提示";
		};
	}

	private static String zh(Label label) {
		return label == null ? null : label.getZh();
	}

	private static String en(Label label) {
		return label == null ? null : label.getEn();
	}

	private static Change same(String change, String before, String after) {
		return new Change(change, before, after, before, after);
	}

	private static List<AxisItem> items(Axis axis) {
		if (axis == null || axis.getDimension() != null) {
			return List.of();
		}
		return EcoreUtil2.getAllContentsOfType(axis, AxisItem.class);
	}
}
