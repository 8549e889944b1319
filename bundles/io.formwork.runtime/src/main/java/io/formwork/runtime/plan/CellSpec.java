package io.formwork.runtime.plan;

import io.formwork.runtime.CellAddress;

/**
 * What the template says of one cell (or claim): its meaning (indicator code, labels), type, unit and
 * decimals, whether it may be negative, and, for a calculated cell, its formula.
 */
public record CellSpec(CellAddress address, String indicator, String labelZh, String labelEn, Kind kind,
		String unit, Integer decimals, boolean signed, Expr formula) {

	/** The type of an indicator, as the runtime needs it. */
	public enum Kind {
		COUNT, AMOUNT, PERCENT, RATIO, TEXT, DATE, ENUMERATION;

		public boolean numeric() {
			return this != TEXT && this != DATE && this != ENUMERATION;
		}
	}
}
