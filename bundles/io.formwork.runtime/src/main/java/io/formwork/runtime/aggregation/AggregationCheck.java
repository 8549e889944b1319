package io.formwork.runtime.aggregation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

/**
 * A consolidated report equals the sum of its children's, cell by cell, as SDMX/VTL's check_hierarchy checks
 * a hierarchical ruleset: for every additive cell (counts and amounts) of the parent's template, the parent's
 * figure, the children's sum and the imbalance (parent − sum). A cell is not assessable where a figure is blank
 * (unless blanks count as zero); the whole check is not assessable when a child's filing is missing.
 */
public final class AggregationCheck {

	/**
	 * @param ruleId the id findings carry (e.g. {@code AGG})
	 * @param severity how bad an imbalance is
	 * @param tolerance the largest imbalance that still holds (0: exact)
	 * @param blankAsZero whether a blank cell counts as 0
	 * @param tables the tables to check; empty for all
	 * @param location where the hierarchy is declared (the rule's location in findings)
	 */
	public record Options(String ruleId, Severity severity, BigDecimal tolerance, boolean blankAsZero,
			Set<String> tables, Location location) {
		public static Options defaults(Location location) {
			return new Options("AGG", Severity.ERROR, BigDecimal.ZERO, false, Set.of(), location);
		}
	}

	/** A child's filing in the parent's cells (translated if it follows another template), or null if missing. */
	public record Child(Hierarchy.Body body, Filing filing) {
	}

	private final Plan plan;
	private final Options options;

	public AggregationCheck(Plan plan, Options options) {
		this.plan = plan;
		this.options = options;
	}

	/** The findings of the check for one parent: one per additive cell, or one when a child is missing. */
	public List<Finding> check(Hierarchy.Body parent, Filing filing, List<Child> children) {
		List<Finding> findings = new ArrayList<>();
		List<String> missing = children.stream().filter(c -> c.filing() == null).map(c -> c.body().name()).toList();
		if (!missing.isEmpty()) {
			List<String> missingEn = children.stream().filter(c -> c.filing() == null)
					.map(c -> c.body().nameEn() != null ? c.body().nameEn() : c.body().name()).toList();
			findings.add(new Finding(options.ruleId(), options.severity(), Status.NOT_ASSESSABLE, options.location(), "",
					List.of(), null, null, null, null,
					parent.name() + " 是汇总报告，但缺少下级填报：" + String.join("、", missing) + "，无法核对汇总",
					(parent.nameEn() != null ? parent.nameEn() : parent.name())
							+ " consolidates its children, but these filings are missing: " + String.join(", ", missingEn)
							+ "; the sums cannot be checked"));
			return findings;
		}
		for (CellSpec cell : plan.cells().values()) {
			if (!additive(cell)) {
				continue;
			}
			findings.add(checkCell(parent, filing, children, cell));
		}
		return findings;
	}

	private boolean additive(CellSpec cell) {
		if (cell.address().isClaim() || cell.kind() == null) {
			return false;
		}
		if (!options.tables().isEmpty() && !options.tables().contains(cell.address().table())) {
			return false;
		}
		return cell.kind() == CellSpec.Kind.COUNT || cell.kind() == CellSpec.Kind.AMOUNT;
	}

	private Finding checkCell(Hierarchy.Body parent, Filing filing, List<Child> children, CellSpec cell) {
		CellAddress address = cell.address();
		List<Operand> operands = new ArrayList<>();
		Fact own = filing.fact(address);
		Value parentValue = own == null ? Value.blank() : own.value();
		operands.add(new Operand(address, parentValue, own == null ? null : own.location()));
		BigDecimal sum = BigDecimal.ZERO;
		boolean blank = number(parentValue) == null;
		Map<String, String> parts = new LinkedHashMap<>();
		Map<String, String> partsEn = new LinkedHashMap<>();
		int maxDecimals = parentValue.isBlank() ? 0 : parentValue.decimals();
		for (Child child : children) {
			Fact fact = child.filing().fact(address);
			Value value = fact == null ? Value.blank() : fact.value();
			operands.add(new Operand(address, value, fact == null ? null : fact.location()));
			BigDecimal number = number(value);
			parts.put(child.body().name(), value.isBlank() ? "空白" : value.toString());
			partsEn.put(child.body().nameEn() != null ? child.body().nameEn() : child.body().name(),
					value.isBlank() ? "blank" : value.toString());
			if (number == null) {
				blank = true;
			} else {
				sum = sum.add(number);
				maxDecimals = Math.max(maxDecimals, value.decimals());
			}
		}
		String where = address + "（" + cell.labelZh() + "）";
		String whereEn = address + " (" + cell.labelEn() + ")";
		if (blank) {
			return new Finding(options.ruleId(), options.severity(), Status.NOT_ASSESSABLE, options.location(),
					address.toString(), operands, null, null, null, options.tolerance(),
					where + "：有空白数值，无法核对 " + parent.name() + " 的汇总",
					whereEn + ": a figure is blank; the consolidation of " + name(parent) + " cannot be checked");
		}
		BigDecimal reported = number(parentValue);
		BigDecimal difference = reported.subtract(sum);
		boolean holds = difference.abs().compareTo(options.tolerance()) <= 0;
		String details = String.join("、", parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
		String detailsEn = String.join(", ", partsEn.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
		String shownSum = shown(sum, maxDecimals);
		String shownDifference = shown(difference, maxDecimals);
		return new Finding(options.ruleId(), options.severity(), holds ? Status.PASS : Status.FAIL, options.location(),
				address.toString(), operands, reported, sum, difference, options.tolerance(),
				where + "：" + parent.name() + " 填报 " + parentValue + "，下级合计 " + shownSum + "，差额 " + shownDifference
						+ "（" + details + "）",
				whereEn + ": " + name(parent) + " reports " + parentValue + ", its children sum to " + shownSum
						+ ", imbalance " + shownDifference + " (" + detailsEn + ")");
	}

	private BigDecimal number(Value value) {
		if (value.isBlank()) {
			return options.blankAsZero() ? BigDecimal.ZERO : null;
		}
		return value.number();
	}

	private static String shown(BigDecimal number, int decimals) {
		BigDecimal scaled = number.scale() < decimals ? number.setScale(decimals) : number;
		return scaled.toPlainString();
	}

	private static String name(Hierarchy.Body body) {
		return body.nameEn() != null ? body.nameEn() : body.name();
	}
}
