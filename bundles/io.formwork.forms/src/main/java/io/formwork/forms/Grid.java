package io.formwork.forms;

import java.math.BigDecimal;

import io.formwork.runtime.Location;

/**
 * A table read from a document, with merged cells spread over every position they cover: each position
 * holds the cell that covers it (the same {@link Cell} object for all positions of a merged cell).
 */
public final class Grid {

	/** Limits: a printed table of a report is far smaller; larger ones are cut (and reported). */
	public static final int MAX_ROWS = 5_000;
	public static final int MAX_COLUMNS = 200;

	/**
	 * A cell as read: its text, the number a spreadsheet stored in it (null for text or blank), a formula if
	 * it holds one, and where it is.
	 */
	public record Cell(String text, BigDecimal number, String formula, Location location) {

		public boolean isBlank() {
			return number == null && formula == null && Labels.clean(text).isEmpty();
		}
	}

	private final String name;
	private final Cell[][] cells;
	private final int columns;

	/**
	 * @param name  how the table is named in messages ("表格 2 table 2", "表3 sheet 表3")
	 * @param cells rows of cells; rows may be ragged (missing positions are blank)
	 */
	public Grid(String name, Cell[][] cells) {
		this.name = name;
		this.cells = cells;
		int width = 0;
		for (Cell[] row : cells) {
			width = Math.max(width, row.length);
		}
		this.columns = width;
	}

	public String name() {
		return name;
	}

	public int rows() {
		return cells.length;
	}

	public int columns() {
		return columns;
	}

	/** The cell covering a position, or null when nothing is there. */
	public Cell at(int row, int column) {
		Cell[] cellsOfRow = cells[row];
		return column < cellsOfRow.length ? cellsOfRow[column] : null;
	}

	/** The text at a position, cleaned ({@link Labels#clean}); empty when nothing is there. */
	public String text(int row, int column) {
		Cell cell = at(row, column);
		return cell == null ? "" : Labels.clean(cell.text());
	}
}
