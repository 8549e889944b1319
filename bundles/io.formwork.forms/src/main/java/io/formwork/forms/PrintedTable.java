package io.formwork.forms;

import java.util.ArrayList;
import java.util.List;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.plan.CellSpec;

/**
 * A table laid out as the official forms print it, as a grid of cells with their spans:
 *
 * <pre>
 * ┌─────────────────────────┬─────────────── 申请人情况 ───────────────┐   column header: one row per level,
 * │ （本列数据的勾稽关系为：…）  │ 自然人 │ 法人或其他组织 ……        │ 总计 │   a group over its members, a data
 * │                         │        │ 商业企业 │ 科研机构 │ …     │      │   column down to the last row
 * ├─────────────────────────┼────────┼──────────┼──────────┼───────┼──────┤
 * │ 一、本年新收…              │        │          │          │       │      │   row header: one column per level,
 * │ 三、本年度办理结果 │（一）予以公开 │  …                               │   a heading beside its rows, a data
 * │                 │（三）不予公开 │ 1.属于国家秘密 │ …                 │   row across to the values
 * </pre>
 *
 * The corner holds the table's note in brackets (the 勾稽 relation of table 3). An optional title row above
 * all carries the table's label (table 2 prints its small grids this way, one under another).
 */
public final class PrintedTable {

	/** What a printed cell is. */
	public enum Role {
		TITLE, CORNER, COLUMN_HEADER, ROW_HEADER, VALUE, NOT_REPORTED
	}

	/**
	 * One printed cell: its top-left position, spans, text (labels; empty for values), role, and for a value
	 * cell its address and what the template says of it.
	 */
	public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Role role,
			CellAddress address, CellSpec spec) {
	}

	private final FormLayout.Table table;
	private final int rows;
	private final int columns;
	private final int headerRows;
	private final int labelColumns;
	private final List<Cell> cells;

	private PrintedTable(FormLayout.Table table, int rows, int columns, int headerRows, int labelColumns,
			List<Cell> cells) {
		this.table = table;
		this.rows = rows;
		this.columns = columns;
		this.headerRows = headerRows;
		this.labelColumns = labelColumns;
		this.cells = List.copyOf(cells);
	}

	public FormLayout.Table table() {
		return table;
	}

	public int rows() {
		return rows;
	}

	public int columns() {
		return columns;
	}

	/** Rows above the first data row (title and column header). */
	public int headerRows() {
		return headerRows;
	}

	public int labelColumns() {
		return labelColumns;
	}

	/** Every cell, row by row, left to right. */
	public List<Cell> cells() {
		return cells;
	}

	/**
	 * Lays a table out.
	 *
	 * @param title          whether a title row with the table's label goes above it
	 * @param unitsInHeaders whether an amount's unit is added to its column label ("采购总金额（万元）") when the
	 *                       label does not already name it
	 */
	public static PrintedTable of(FormTemplate template, FormLayout.Table table, boolean title,
			boolean unitsInHeaders) {
		FormLayout.Header columnHeader = table.columns();
		FormLayout.Header rowHeader = table.rows();
		List<FormLayout.Line> columnLines = columnHeader.labelZh() == null ? columnHeader.lines()
				: List.of(new FormLayout.Line("", columnHeader.labelZh(), columnHeader.labelEn(), columnHeader.lines()));
		List<FormLayout.Line> rowLines = rowHeader.labelZh() == null ? rowHeader.lines()
				: List.of(new FormLayout.Line("", rowHeader.labelZh(), rowHeader.labelEn(), rowHeader.lines()));
		int columnLevels = Math.max(depth(columnLines), 1);
		int rowLevels = Math.max(depth(rowLines), 1);
		List<FormLayout.Line> columnLeaves = columnHeader.leaves();
		List<FormLayout.Line> rowLeaves = rowHeader.leaves();
		int top = title ? 1 : 0;
		int width = rowLevels + Math.max(columnLeaves.size(), 1);
		List<Cell> cells = new ArrayList<>();
		if (title) {
			cells.add(new Cell(0, 0, 1, width, table.labelZh() == null ? table.code() : table.labelZh(), Role.TITLE,
					null, null));
		}
		String corner = table.noteZh() == null ? "" : "（" + table.noteZh() + "）";
		cells.add(new Cell(top, 0, columnLevels, rowLevels, corner, Role.CORNER, null, null));
		placeColumns(template, table, columnLines, top, top + columnLevels - 1, rowLevels, unitsInHeaders, cells);
		int firstDataRow = top + columnLevels;
		placeRows(rowLines, 0, rowLevels - 1, firstDataRow, cells);
		for (int r = 0; r < rowLeaves.size(); r++) {
			for (int c = 0; c < columnLeaves.size(); c++) {
				FormLayout.Line row = rowLeaves.get(r);
				FormLayout.Line column = columnLeaves.get(c);
				CellSpec spec = template.cell(table, row, column);
				CellAddress address = CellAddress.cell(table.code(), row.code(), column.code());
				boolean reported = spec != null && spec.formula() == null;
				cells.add(new Cell(firstDataRow + r, rowLevels + c, 1, 1, "", reported ? Role.VALUE : Role.NOT_REPORTED,
						reported ? address : null, spec));
			}
		}
		cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
				: Integer.compare(a.column(), b.column()));
		return new PrintedTable(table, firstDataRow + rowLeaves.size(), width, firstDataRow, rowLevels, cells);
	}

	private static int depth(List<FormLayout.Line> lines) {
		int depth = 0;
		for (FormLayout.Line line : lines) {
			depth = Math.max(depth, line.depth());
		}
		return depth;
	}

	/** Column groups from their level down to just above their members; data columns down to the last row. */
	private static int placeColumns(FormTemplate template, FormLayout.Table table, List<FormLayout.Line> lines,
			int row, int bottom,
			int column, boolean units, List<Cell> out) {
		int c = column;
		for (FormLayout.Line line : lines) {
			int last = bottom - (line.depth() - 1);
			String text = line.labelZh();
			if (line.isData() && units) {
				text = withUnit(template, table, line, text);
			}
			out.add(new Cell(row, c, last - row + 1, line.span(), text, Role.COLUMN_HEADER, null, null));
			if (!line.isData()) {
				placeColumns(template, table, line.children(), last + 1, bottom, c, units, out);
			}
			c += line.span();
		}
		return c;
	}

	private static void placeRows(List<FormLayout.Line> lines, int column, int right, int row, List<Cell> out) {
		int r = row;
		for (FormLayout.Line line : lines) {
			int last = right - (line.depth() - 1);
			out.add(new Cell(r, column, line.span(), last - column + 1, line.labelZh(), Role.ROW_HEADER, null, null));
			if (!line.isData()) {
				placeRows(line.children(), last + 1, right, r, out);
			}
			r += line.span();
		}
	}

	/** "采购总金额（万元）" for an amount column whose label does not name its unit. */
	private static String withUnit(FormTemplate template, FormLayout.Table table, FormLayout.Line column,
			String label) {
		for (CellSpec spec : template.plan().cells().values()) {
			if (!spec.address().isClaim() && table.code().equals(spec.address().table())
					&& column.code().equals(spec.address().column()) && spec.unit() != null
					&& spec.kind() != null && spec.kind() != CellSpec.Kind.COUNT) {
				return label.contains(spec.unit()) ? label : label + "（" + spec.unit() + "）";
			}
		}
		return label;
	}
}
