package io.formwork.runtime.migration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Value;
import io.formwork.runtime.migration.CellMapping.Link;
import io.formwork.runtime.migration.CellMapping.Relation;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

/**
 * Carries the figures of a filing made for one template over to another, along a {@link CellMapping}: figures
 * whose meaning is unchanged are carried (to their new address when a code was renamed, converted when only
 * the unit changed); a figure whose meaning changed is refused unless a {@link MappingRule} says how to fill its
 * cell; figures of cells the newer template no longer has are listed as not carried. The input filing is
 * never modified.
 */
public final class Migrator {

	public static final String REFUSED = ProblemCodes.MEANING_CHANGED;
	public static final String NOT_CARRIED = ProblemCodes.NOT_CARRIED;
	public static final String BAD_RULE = ProblemCodes.BAD_MAPPING_RULE;

	/** What happened to one cell. */
	public enum Kind {
		CARRIED("带入", "carried"), RENAMED("改名后带入", "carried to a renamed cell"),
		CONVERTED("换算后带入", "carried, converted"), MAPPED("按映射填写", "filled by the mapping"),
		LEFT_BLANK("按映射留空", "left blank by the mapping"), REFUSED("拒绝带入", "refused"),
		NOT_CARRIED("未带入", "not carried");

		public final String zh;
		public final String en;

		Kind(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}
	}

	/** One cell's outcome: where from, where to, the figure, and why, in both languages. */
	public record Outcome(Kind kind, CellAddress from, CellAddress to, Value value, String zh, String en) {
	}

	/**
	 * The migrated filing (null when anything was refused or a mapping rule is wrong: nothing is to be written
	 * then), every cell's outcome, and the problems that stop it.
	 */
	public record Result(Filing filing, List<Outcome> outcomes, List<Problem> problems) {
		public Result {
			outcomes = List.copyOf(outcomes);
			problems = List.copyOf(problems);
		}

		public boolean refused() {
			return filing == null;
		}

		public long count(Kind kind) {
			return outcomes.stream().filter(o -> o.kind() == kind).count();
		}
	}

	private final Plan from;
	private final Plan to;
	private final CellMapping mapping;
	private final UnitConversions units;

	public Migrator(Plan from, Plan to, CellMapping mapping) {
		this.from = from;
		this.to = to;
		this.mapping = mapping;
		this.units = new UnitConversions(from, to);
	}

	/**
	 * Migrates a filing; {@code year} replaces its year when given. Refuses (no filing) when a figure whose
	 * meaning changed has no rule, or when a rule names cells that do not exist.
	 */
	public Result migrate(Filing source, List<MappingRule> rules, Integer year) {
		List<Problem> problems = new ArrayList<>();
		Map<CellAddress, MappingRule> ruleFor = expand(rules, problems);
		Filing migrated = new Filing(source.source()).template(to.templateId())
				.year(year != null ? year : source.year()).body(source.body());
		List<Outcome> outcomes = new ArrayList<>();
		for (Link link : mapping.links()) {
			MappingRule rule = ruleFor.get(link.to());
			if (rule != null) {
				applyRule(rule, link, source, migrated, outcomes, problems);
				continue;
			}
			Fact fact = link.from() == null ? null : source.fact(link.from());
			if (fact == null) {
				continue;
			}
			switch (link.relation()) {
			case SAME, RENAMED -> {
				migrated.add(new Fact(link.to(), fact.value(), fact.statedUnit(), fact.location(), fact.source()));
				outcomes.add(new Outcome(link.relation() == Relation.SAME ? Kind.CARRIED : Kind.RENAMED, link.from(),
						link.to(), fact.value(), "", ""));
			}
			case CONVERTED -> {
				Value value = convertFact(fact, link.from(), link.to());
				if (value == null) {
					String zh = link.from() + " 的单位 " + unitOf(from, link.from()) + " 无法换算为 " + link.to() + " 的单位 "
							+ unitOf(to, link.to());
					String en = "The unit of " + link.from() + " (" + unitOf(from, link.from()) + ") does not convert to that of "
							+ link.to() + " (" + unitOf(to, link.to()) + ")";
					outcomes.add(new Outcome(Kind.REFUSED, link.from(), link.to(), fact.value(), zh, en));
					problems.add(Problem.error(REFUSED, fact.location(), zh, en));
					continue;
				}
				migrated.add(new Fact(link.to(), value, null, fact.location(), fact.source()));
				outcomes.add(new Outcome(Kind.CONVERTED, link.from(), link.to(), value,
						fact.value() + " " + unitOf(from, link.from()) + " → " + value + " " + unitOf(to, link.to()),
						fact.value() + " " + unitOf(from, link.from()) + " → " + value + " " + unitOf(to, link.to())));
			}
			case CHANGED -> {
				if (!fact.value().isBlank()) {
					String zh = link.from() + "（" + link.beforeZh() + "）的数值 " + fact.value() + " 不能带入 " + link.to()
							+ "（" + link.afterZh() + "）：含义已改变。请在映射文件中写明如何填写，例如 “" + link.to()
							+ " = blank” 或 “" + link.to() + " = 数值”";
					String en = link.from() + " (" + link.beforeEn() + ") = " + fact.value() + " cannot be carried to "
							+ link.to() + " (" + link.afterEn() + "): its meaning changed. Say how to fill it in a mapping file, e.g. \""
							+ link.to() + " = blank\" or \"" + link.to() + " = <figure>\"";
					outcomes.add(new Outcome(Kind.REFUSED, link.from(), link.to(), fact.value(), zh, en));
					problems.add(Problem.error(REFUSED, fact.location(), zh, en));
				}
			}
			case NEW -> {
			}
			}
		}
		for (CellAddress gone : mapping.removed()) {
			Fact fact = source.fact(gone);
			if (fact != null && !fact.value().isBlank()) {
				String zh = gone + " = " + fact.value() + " 未带入：模板 " + to.templateId() + " 没有这一单元格";
				String en = gone + " = " + fact.value() + " is not carried: template " + to.templateId() + " has no such cell";
				outcomes.add(new Outcome(Kind.NOT_CARRIED, gone, null, fact.value(), zh, en));
			}
		}
		for (Fact fact : source.facts().values()) {
			if (from.cell(fact.address()) == null && !fact.value().isBlank()) {
				String zh = fact.address() + " = " + fact.value() + " 未带入：模板 " + from.templateId() + " 也没有这一单元格";
				String en = fact.address() + " = " + fact.value() + " is not carried: template " + from.templateId()
						+ " has no such cell either";
				outcomes.add(new Outcome(Kind.NOT_CARRIED, fact.address(), null, fact.value(), zh, en));
			}
		}
		boolean stop = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
		return new Result(stop ? null : migrated, outcomes, problems);
	}

	/**
	 * Last period's filing in this period's terms, for rules that read {@code prior}: the figures whose
	 * meaning is unchanged, at their new addresses, with their original locations; nothing else (a rule over a
	 * figure whose meaning changed is then not assessable).
	 */
	public Filing carry(Filing prior) {
		Filing carried = new Filing(prior.source()).template(to.templateId()).year(prior.year()).body(prior.body());
		for (Link link : mapping.links()) {
			Fact fact = link.from() == null ? null : prior.fact(link.from());
			if (fact == null) {
				continue;
			}
			if (link.relation() == Relation.SAME || link.relation() == Relation.RENAMED) {
				carried.add(new Fact(link.to(), fact.value(), fact.statedUnit(), fact.location(), fact.source()));
			} else if (link.relation() == Relation.CONVERTED) {
				Value value = convertFact(fact, link.from(), link.to());
				if (value != null) {
					carried.add(new Fact(link.to(), value, null, fact.location(), fact.source()));
				}
			}
		}
		return carried;
	}

	// ------------------------------------------------------------------ mapping rules

	private Map<CellAddress, MappingRule> expand(List<MappingRule> rules, List<Problem> problems) {
		Map<CellAddress, MappingRule> result = new LinkedHashMap<>();
		for (MappingRule rule : rules) {
			int matched = 0;
			for (CellAddress cell : to.cells().keySet()) {
				if (!rule.targets(cell)) {
					continue;
				}
				matched++;
				CellAddress source = rule.sourceFor(cell);
				if (source != null && from.cell(source) == null) {
					problems.add(Problem.error(BAD_RULE, rule.location(),
							"映射的来源 " + source + " 不是模板 " + from.templateId() + " 的单元格",
							"The mapping's source " + source + " is not a cell of template " + from.templateId()));
					continue;
				}
				MappingRule previous = result.putIfAbsent(cell, rule);
				if (previous != null) {
					problems.add(Problem.error(BAD_RULE, rule.location(),
							cell + " 已由映射文件第 " + previous.location().line() + " 行给出",
							cell + " is already given by line " + previous.location().line() + " of the mapping"));
				}
			}
			if (matched == 0) {
				problems.add(Problem.error(BAD_RULE, rule.location(),
						"映射的目标 " + rule.target() + " 不是模板 " + to.templateId() + " 的单元格",
						"The mapping's target " + rule.target() + " is not a cell of template " + to.templateId()));
			}
		}
		return result;
	}

	private void applyRule(MappingRule rule, Link link, Filing source, Filing migrated, List<Outcome> outcomes,
			List<Problem> problems) {
		if (rule.blank()) {
			outcomes.add(new Outcome(Kind.LEFT_BLANK, link.from(), link.to(), Value.blank(),
					"映射文件第 " + rule.location().line() + " 行", "mapping line " + rule.location().line()));
			return;
		}
		Value value;
		String unit;
		CellAddress origin = rule.sourceFor(link.to());
		if (origin != null) {
			Fact fact = source.fact(origin);
			if (fact == null) {
				return;
			}
			value = fact.value();
			unit = fact.statedUnit() != null ? fact.statedUnit() : unitOf(from, origin);
		} else {
			value = rule.value();
			unit = rule.unit();
		}
		String target = unitOf(to, link.to());
		if (!value.isBlank() && unit != null && target != null && !unit.equals(target)) {
			BigDecimal converted = convert(value.number(), unit, target);
			if (converted == null) {
				problems.add(Problem.error(BAD_RULE, rule.location(),
						link.to() + " 以 " + target + " 计，映射给出的数值以 " + unit + " 计，无法换算",
						link.to() + " is in " + target + " but the mapping gives a figure in " + unit
								+ ", which does not convert"));
				return;
			}
			value = Value.of(converted);
		}
		migrated.add(new Fact(link.to(), value, null, rule.location(), null));
		outcomes.add(new Outcome(Kind.MAPPED, origin, link.to(), value, "映射文件第 " + rule.location().line() + " 行",
				"mapping line " + rule.location().line()));
	}

	// ------------------------------------------------------------------ units

	private Value convertFact(Fact fact, CellAddress source, CellAddress target) {
		if (fact.value().isBlank()) {
			return fact.value();
		}
		String unit = fact.statedUnit() != null ? fact.statedUnit() : unitOf(from, source);
		String wanted = unitOf(to, target);
		if (unit == null || wanted == null || unit.equals(wanted)) {
			return fact.value();
		}
		BigDecimal converted = convert(fact.value().number(), unit, wanted);
		return converted == null ? null : Value.of(converted);
	}

	private static String unitOf(Plan plan, CellAddress address) {
		CellSpec spec = address == null ? null : plan.cell(address);
		return spec == null ? null : spec.unit();
	}

	BigDecimal convert(BigDecimal number, String unit, String wanted) {
		return units.convert(number, unit, wanted);
	}

}
