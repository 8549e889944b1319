package io.formwork.runtime;

/**
 * One figure a rule read: its address, its value (blank if the filing left it empty), where it was read, and
 * whether it comes from the previous period's filing ({@code prior [carried_over]}).
 */
public record Operand(CellAddress address, Value value, Location location, boolean prior) {

	public Operand(CellAddress address, Value value, Location location) {
		this(address, value, location, false);
	}
}
