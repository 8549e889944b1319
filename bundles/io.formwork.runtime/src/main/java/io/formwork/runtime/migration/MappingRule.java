package io.formwork.runtime.migration;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Location;
import io.formwork.runtime.Value;

/**
 * One line of a mapping file: how to fill a cell of the newer template whose figure cannot be carried over as
 * it is. The target, and the source, may use {@code *} for a row or column code ({@code t3[oh_other, *] =
 * t3[other_handling, *]}: every column, the same column code on both sides).
 *
 * @param target the cell (or cells) of the newer template
 * @param source a cell (or cells) of the older template to take the figure from, or null
 * @param value a figure stated in the mapping, or null; with {@code unit} the unit it is stated in
 * @param blank true when the cell is to stay blank (the old figure is deliberately not carried)
 */
public record MappingRule(CellAddress target, CellAddress source, Value value, String unit, boolean blank,
		Location location) {

	public static final String ANY = "*";

	public static MappingRule fromCell(CellAddress target, CellAddress source, Location location) {
		return new MappingRule(target, source, null, null, false, location);
	}

	public static MappingRule ofValue(CellAddress target, Value value, String unit, Location location) {
		return new MappingRule(target, null, value, unit, false, location);
	}

	public static MappingRule leftBlank(CellAddress target, Location location) {
		return new MappingRule(target, null, null, null, true, location);
	}

	/** Whether a cell of the newer template is one this rule's target names. */
	public boolean targets(CellAddress cell) {
		if (target.isClaim() || cell.isClaim()) {
			return target.equals(cell);
		}
		return target.table().equals(cell.table()) && matches(target.row(), cell.row())
				&& matches(target.column(), cell.column());
	}

	/** The source cell for one target cell: the source with each {@code *} replaced by the target's code. */
	public CellAddress sourceFor(CellAddress cell) {
		if (source == null || source.isClaim()) {
			return source;
		}
		return CellAddress.cell(source.table(), ANY.equals(source.row()) ? cell.row() : source.row(),
				ANY.equals(source.column()) ? cell.column() : source.column());
	}

	private static boolean matches(String pattern, String code) {
		return ANY.equals(pattern) || pattern.equals(code);
	}
}
