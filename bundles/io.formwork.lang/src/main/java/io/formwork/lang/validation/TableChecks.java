package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.model.CellRefs.Resolution;
import io.formwork.lang.model.CellRefs;
import io.formwork.lang.model.Grids.AxisLine;
import io.formwork.lang.model.Grids;
import io.formwork.lang.typing.ExpressionTyper;
import io.formwork.lang.typing.FormType;

/** Tables: line kinds that match their axis, one indicator per cell, calculated lines without cycles and of the right type. */
public class TableChecks extends FormworkChecks {

	@Check
	public void checkLineKindsMatchTheirAxis(Table table) {
		checkKinds(table.getRows(), LineKind.ROW);
		checkKinds(table.getColumns(), LineKind.COLUMN);
	}

	private void checkKinds(Axis axis, LineKind expected) {
		if (axis == null) {
			return;
		}
		for (Line line : EcoreUtil2.getAllContentsOfType(axis, Line.class)) {
			if (line.getKind() != expected) {
				error(Messages.of("'" + line.getKind().getLiteral() + " " + line.getName() + "' 写在了"
						+ (expected == LineKind.ROW ? "行" : "列") + "中，应写作 '" + expected.getLiteral() + "'",
						"'" + line.getKind().getLiteral() + " " + line.getName() + "' is declared among the "
								+ expected.getLiteral() + "s: write '" + expected.getLiteral() + "'"),
						line, P.getLine_Kind(), WRONG_LINE_KIND, expected.getLiteral());
			}
		}
	}

	@Check
	public void checkEveryCellHasOneIndicator(Table table) {
		List<AxisLine> rows = Grids.lines(table.getRows());
		List<AxisLine> columns = Grids.lines(table.getColumns());
		for (AxisLine row : rows) {
			for (AxisLine column : columns) {
				Indicator fromRow = row.indicator();
				Indicator fromColumn = column.indicator();
				if (fromRow != null && fromColumn != null && fromRow != fromColumn) {
					error(Messages.of("表 " + table.getName() + " 的单元格 [" + row.code() + ", " + column.code()
							+ "] 同时有行指标 " + fromRow.getName() + " 和列指标 " + fromColumn.getName(),
							"Cell [" + row.code() + ", " + column.code() + "] of table " + table.getName()
									+ " has both a row indicator (" + fromRow.getName()
									+ ") and a column indicator (" + fromColumn.getName() + ")"),
							table, table.eClass().getEStructuralFeature("name"), CONFLICTING_INDICATORS);
					return;
				}
				if (fromRow == null && fromColumn == null && !row.notReported() && !column.notReported()) {
					error(Messages.of("表 " + table.getName() + " 的单元格 [" + row.code() + ", " + column.code()
							+ "] 没有指标：行或列须给出 indicator", "Cell [" + row.code() + ", " + column.code()
									+ "] of table " + table.getName()
									+ " has no indicator: give its row or its column one"),
							table, table.eClass().getEStructuralFeature("name"), NO_INDICATOR);
					return;
				}
			}
		}
	}

	@Check
	public void checkCalculatedLinesHaveNoCycle(Table table) {
		Map<Line, Set<Line>> graph = new LinkedHashMap<>();
		for (Line line : EcoreUtil2.getAllContentsOfType(table, Line.class)) {
			if (line.getFormula() != null) {
				Set<Line> uses = new LinkedHashSet<>();
				for (CellRef ref : refsIn(line.getFormula())) {
					Resolution resolution = CellRefs.resolve(ref);
					if (resolution.table() != table) {
						continue;
					}
					List<AxisLine> named = line.getKind() == LineKind.COLUMN ? resolution.columns() : resolution.rows();
					for (AxisLine used : named) {
						if (used.leaf() instanceof Line usedLine && usedLine.getFormula() != null) {
							uses.add(usedLine);
						}
					}
				}
				graph.put(line, uses);
			}
		}
		Set<Line> inCycle = new LinkedHashSet<>();
		for (Line start : graph.keySet()) {
			if (reaches(graph, start, start, new HashSet<>())) {
				inCycle.add(start);
			}
		}
		for (Line line : inCycle) {
			List<String> names = inCycle.stream().map(Line::getName).toList();
			error(Messages.of("计算单元格循环引用：" + String.join(" → ", names),
					"Calculated cells form a cycle: " + String.join(" -> ", names)), line, P.getLine_Formula(),
					CALCULATION_CYCLE);
		}
	}

	private boolean reaches(Map<Line, Set<Line>> graph, Line from, Line target, Set<Line> visited) {
		for (Line next : graph.getOrDefault(from, Set.of())) {
			if (next == target) {
				return true;
			}
			if (visited.add(next) && reaches(graph, next, target, visited)) {
				return true;
			}
		}
		return false;
	}

	@Check
	public void checkCalculatedLineType(Line line) {
		if (line.getFormula() == null) {
			return;
		}
		ExpressionTyper typer = typer();
		FormType type = typer.typeOf(line.getFormula());
		Table table = EcoreUtil2.getContainerOfType(line, Table.class);
		Axis own = line.getKind() == LineKind.COLUMN ? table.getColumns() : table.getRows();
		AxisLine self = Grids.lines(own).stream().filter(l -> l.leaf() == line).findFirst().orElse(null);
		Indicator indicator = self == null ? null : self.indicator();
		FormType expected = FormType.of(indicator);
		if (expected.isKnown() && type.isKnown() && type.kind() != FormType.Kind.NUMBER && !expected.sameAs(type)) {
			error(Messages.of("计算" + (line.getKind() == LineKind.ROW ? "行" : "列") + " " + line.getName() + " 的公式得出"
					+ type.zh() + "，而其指标为" + expected.zh(), "The formula of calculated " + line.getKind().getLiteral()
							+ " " + line.getName() + " gives a " + type.en() + " but its indicator is a "
							+ expected.en()),
					line, P.getLine_Formula(), TYPE_MISMATCH);
		}
		checkCellRefs(line.getFormula());
	}
}
