package io.formwork.lang.model;

import java.util.ArrayList;
import java.util.List;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.CoordinatePath;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.model.Grids.AxisLine;

/**
 * What a cell reference denotes: the rows and columns it names, which axis a rule iterates, and so the cells
 * it reads.
 */
public final class CellRefs {

	private CellRefs() {
	}

	public record Cell(AxisLine row, AxisLine column, Indicator indicator) {
		public String address(Table table) {
			return table.getName() + "[" + row.code() + ", " + column.code() + "]";
		}
	}

	public enum Problem {
		NONE, NO_TABLE, UNRESOLVED, INCOMPLETE
	}

	/**
	 * The resolution of a reference. {@code named} counts the cells it names in one evaluation (more than one
	 * for a heading or group); {@code cells} lists every cell it may read over all evaluations.
	 */
	public record Resolution(Table table, List<AxisLine> rows, List<AxisLine> columns, boolean rowsIterated,
			boolean columnsIterated, List<Cell> cells, int named, Problem problem, Axis missingAxis) {
	}

	public static Resolution resolve(CellRef ref) {
		Table table = Grids.tableOf(ref);
		if (table == null) {
			return new Resolution(null, List.of(), List.of(), false, false, List.of(), 0, Problem.NO_TABLE, null);
		}
		CoordinatePath first = ref.getFirst();
		if (!resolved(first) || ref.getSecond() != null && !resolved(ref.getSecond())) {
			return new Resolution(table, List.of(), List.of(), false, false, List.of(), 0, Problem.UNRESOLVED, null);
		}
		List<AxisLine> allRows = Grids.lines(table.getRows());
		List<AxisLine> allColumns = Grids.lines(table.getColumns());
		List<AxisLine> rows;
		List<AxisLine> columns;
		boolean rowsIterated = false;
		boolean columnsIterated = false;
		int named;
		if (ref.getSecond() != null) {
			rows = Grids.linesNamed(table.getRows(), first);
			columns = Grids.linesNamed(table.getColumns(), ref.getSecond());
			named = rows.size() * columns.size();
		} else {
			switch (Grids.roleOfFirst(ref)) {
			case ROW -> {
				rows = Grids.linesNamed(table.getRows(), first);
				columns = allColumns;
				columnsIterated = true;
				named = rows.size();
			}
			case COLUMN -> {
				columns = Grids.linesNamed(table.getColumns(), first);
				rows = allRows;
				rowsIterated = true;
				named = columns.size();
			}
			case GROUP_MEMBER -> {
				columns = new ArrayList<>();
				int perGroup = 0;
				for (LineGroup group : Grids.topGroups(table.getColumns())) {
					List<AxisLine> inGroup = Grids.linesNamedInGroup(table.getColumns(), group, first.getHead());
					columns.addAll(inGroup);
					perGroup = Math.max(perGroup, inGroup.size());
				}
				columnsIterated = true;
				rows = allRows;
				named = perGroup;
				if (rows.size() != 1) {
					return new Resolution(table, rows, columns, false, true, product(rows, columns), named,
							Problem.INCOMPLETE, table.getRows());
				}
			}
			default -> {
				Axis axis = Grids.axisOf(table, first.getHead());
				if (axis == table.getColumns()) {
					columns = Grids.linesNamed(table.getColumns(), first);
					rows = allRows;
					named = columns.size();
					if (rows.size() != 1) {
						return new Resolution(table, rows, columns, false, false, product(rows, columns), named,
								Problem.INCOMPLETE, table.getRows());
					}
				} else {
					rows = Grids.linesNamed(table.getRows(), first);
					columns = allColumns;
					named = rows.size();
					if (columns.size() != 1) {
						return new Resolution(table, rows, columns, false, false, product(rows, columns), named,
								Problem.INCOMPLETE, table.getColumns());
					}
				}
			}
			}
		}
		return new Resolution(table, rows, columns, rowsIterated, columnsIterated, product(rows, columns), named,
				Problem.NONE, null);
	}

	private static boolean resolved(CoordinatePath path) {
		return path != null && path.getHead() != null && !path.getHead().eIsProxy()
				&& (path.getTail() == null || !path.getTail().eIsProxy());
	}

	private static List<Cell> product(List<AxisLine> rows, List<AxisLine> columns) {
		List<Cell> cells = new ArrayList<>();
		for (AxisLine row : rows) {
			for (AxisLine column : columns) {
				cells.add(new Cell(row, column, Grids.cellIndicator(row, column)));
			}
		}
		return cells;
	}
}
