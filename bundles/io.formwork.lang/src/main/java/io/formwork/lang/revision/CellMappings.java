package io.formwork.lang.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.model.Grids.AxisLine;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.migration.CellMapping.Link;
import io.formwork.runtime.migration.CellMapping.Relation;
import io.formwork.runtime.migration.UnitConversions;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

/**
 * The {@link CellMapping} between two templates: each cell of the newer one with the cell of the older one
 * it continues (its table, row and column each correspond) and whether the figure means the same (the same
 * indicator, type and unit; or the same indicator in a unit that converts).
 */
public final class CellMappings {

	private CellMappings() {
	}

	public static CellMapping between(Template older, Plan olderPlan, Template newer, Plan newerPlan) {
		Correspondence correspondence = Correspondence.between(older, newer);
		UnitConversions units = new UnitConversions(olderPlan, newerPlan);
		List<Link> links = new ArrayList<>();
		Set<CellAddress> continued = new HashSet<>();
		for (Table table : EcoreUtil2.getAllContentsOfType(correspondence.newer(), Table.class)) {
			Table before = (Table) correspondence.olderOf(table);
			for (AxisLine row : Grids.lines(table.getRows())) {
				AxisLine oldRow = before == null ? null : correspondence.olderLine(table, table.getRows(), row);
				for (AxisLine column : Grids.lines(table.getColumns())) {
					CellAddress address = CellAddress.cell(table.getName(), row.code(), column.code());
					CellSpec spec = newerPlan.cell(address);
					if (spec == null) {
						continue; // not reported
					}
					AxisLine oldColumn = before == null ? null
							: correspondence.olderLine(table, table.getColumns(), column);
					CellAddress from = oldRow == null || oldColumn == null ? null
							: CellAddress.cell(before.getName(), oldRow.code(), oldColumn.code());
					links.add(link(units, address, spec, from, from == null ? null : olderPlan.cell(from)));
					if (from != null && olderPlan.cell(from) != null) {
						continued.add(from);
					}
				}
			}
		}
		for (Claim claim : EcoreUtil2.getAllContentsOfType(correspondence.newer(), Claim.class)) {
			CellAddress address = CellAddress.claim(claim.getName());
			Claim before = (Claim) correspondence.olderOf(claim);
			CellAddress from = before == null ? null : CellAddress.claim(before.getName());
			links.add(link(units, address, newerPlan.cell(address), from, from == null ? null : olderPlan.cell(from)));
			if (from != null) {
				continued.add(from);
			}
		}
		List<CellAddress> removed = new ArrayList<>();
		for (CellAddress address : olderPlan.cells().keySet()) {
			if (!continued.contains(address)) {
				removed.add(address);
			}
		}
		return new CellMapping(olderPlan.templateId(), newerPlan.templateId(), links, removed);
	}

	private static Link link(UnitConversions units, CellAddress to, CellSpec now, CellAddress from, CellSpec was) {
		if (from == null || was == null || now == null) {
			return new Link(to, null, Relation.NEW, null, null, null, null);
		}
		String beforeZh = describeZh(was);
		String beforeEn = describeEn(was);
		String afterZh = describeZh(now);
		String afterEn = describeEn(now);
		if (!Objects.equals(was.indicator(), now.indicator()) || was.kind() != now.kind()) {
			return new Link(to, from, Relation.CHANGED, beforeZh, beforeEn, afterZh, afterEn);
		}
		if (!Objects.equals(was.unit(), now.unit())) {
			return new Link(to, from, units.convertible(was.unit(), now.unit()) ? Relation.CONVERTED : Relation.CHANGED,
					beforeZh, beforeEn, afterZh, afterEn);
		}
		return new Link(to, from, from.equals(to) ? Relation.SAME : Relation.RENAMED, beforeZh, beforeEn, afterZh,
				afterEn);
	}

	static String describeZh(CellSpec spec) {
		return shortLabel(spec.labelZh()) + "，" + kindZh(spec.kind()) + (spec.unit() == null ? "" : "，" + spec.unit());
	}

	static String describeEn(CellSpec spec) {
		return shortLabel(spec.labelEn()) + ", " + (spec.kind() == null ? "?" : spec.kind().name().toLowerCase())
				+ (spec.unit() == null ? "" : " in " + spec.unit());
	}

	/** The cell's column or claim label: the last part of "表 行 / 列". */
	private static String shortLabel(String label) {
		if (label == null) {
			return "";
		}
		int slash = label.lastIndexOf(" / ");
		return slash < 0 ? label : label.substring(slash + 3);
	}

	private static String kindZh(CellSpec.Kind kind) {
		if (kind == null) {
			return "?";
		}
		return switch (kind) {
		case COUNT -> "计数";
		case AMOUNT -> "金额";
		case PERCENT -> "百分比";
		case RATIO -> "比率";
		case TEXT -> "文本";
		case DATE -> "日期";
		case ENUMERATION -> "枚举";
		};
	}
}
