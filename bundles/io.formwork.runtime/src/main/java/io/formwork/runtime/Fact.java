package io.formwork.runtime;

/**
 * One figure of a filing: where it belongs, its value, the unit it was stated in, where it was read, and for
 * a narrative the sentence it came from.
 * <p>
 * The value is in {@code statedUnit} when that is set, and in the template's unit for the cell when it is
 * null. A reader sets {@code statedUnit} only when the filing printed a unit of its own beside the figure
 * (a JSON {@code "unit"}, a CSV unit column, "万元" in a cell) and leaves the value as printed; the engine then
 * converts it into the cell's unit, keeping its printed precision, or reports that the units are not
 * related. A reader that converts a figure itself (the narrative extractor, which reads "5.3万余条" as 53000
 * 条) leaves {@code statedUnit} null.
 */
public record Fact(CellAddress address, Value value, String statedUnit, Location location, String source) {

	public static Fact of(CellAddress address, Value value, Location location) {
		return new Fact(address, value, null, location, null);
	}

	/**
	 * Where the figure was read, quoting the sentence it came from when it has one (a message's {sentence}): the
	 * location's own quote when the reader set one (shortened), else the source sentence.
	 */
	public Location quotedLocation() {
		return location == null || source == null || location.quote() != null ? location : location.quoting(source);
	}
}
