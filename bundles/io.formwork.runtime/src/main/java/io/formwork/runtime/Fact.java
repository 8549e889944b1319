package io.formwork.runtime;

/**
 * One figure of a filing: where it belongs, its value, the unit it was stated with (if the filing stated
 * one), where it was read, and for a narrative the sentence it came from.
 */
public record Fact(CellAddress address, Value value, String statedUnit, Location location, String source) {

	public static Fact of(CellAddress address, Value value, Location location) {
		return new Fact(address, value, null, location, null);
	}
}
