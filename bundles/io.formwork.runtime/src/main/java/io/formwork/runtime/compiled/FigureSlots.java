package io.formwork.runtime.compiled;

import io.formwork.runtime.Filing;

/**
 * For readers that fill a {@link TypedFiling} straight from their input, cell by number, without a {@link Filing}
 * or a {@code Fact}, {@code Value} or {@code Location} per figure (io.formwork.filing's
 * {@code JsonFilingReader.readInto}). A figure is kept as the digits and scale it was written with and the line
 * and column where it was read; the filing makes its {@code Value} and {@code Location} when asked for them, equal
 * to what binding the same figure from a {@link Filing} gives.
 */
public final class FigureSlots {

	private FigureSlots() {
	}

	/** A typed filing of any layout (one the engine builds from its plan, say), all cells empty. */
	public static TypedFiling filing(Layout layout) {
		return new Plain(layout);
	}

	private static final class Plain extends TypedFiling {
		Plain(Layout layout) {
			super(layout);
		}
	}

	/** Empties every cell, the metadata and the binding problems; {@code source} names what will be read. */
	public static void clear(TypedFiling filing, String source) {
		filing.clear(source);
	}

	/** The template, year and body the filing names (each may be null). */
	public static void metadata(TypedFiling filing, String template, Integer year, String body) {
		filing.template(template);
		filing.year(year);
		filing.body(body);
	}

	/**
	 * A figure: {@code digits}·10^-{@code scale} as written ({@code 12.50} is 1250 at scale 2), stated in the
	 * cell's own unit (or none), read at a line and column (1-based, columns in UTF-16 units).
	 *
	 * @param digits at most 18 digits
	 * @param scale  0 … 127
	 */
	public static void number(TypedFiling filing, int cell, long digits, int scale, int line, int column) {
		if (scale < 0 || scale > Byte.MAX_VALUE || digits <= -1_000_000_000_000_000_000L
				|| digits >= 1_000_000_000_000_000_000L) {
			throw new IllegalArgumentException("digits " + digits + " at scale " + scale);
		}
		filing.fillNumber(cell, digits, scale, line, column);
	}

	/** A blank figure (a cell left empty) read at a line and column. */
	public static void blank(TypedFiling filing, int cell, int line, int column) {
		filing.fillBlank(cell, line, column);
	}

	/** True when the cell holds a figure or a blank. */
	public static boolean filled(TypedFiling filing, int cell) {
		return filing.filled(cell);
	}

	/**
	 * Binds a runtime filing as {@code fromFiling} does (units converted; cells the template lacks and units it
	 * cannot convert are binding problems), the typed filing emptied first: the general way, for what a fast
	 * reader does not take.
	 */
	public static void bind(TypedFiling filing, Filing from) {
		filing.fill(from);
	}
}
