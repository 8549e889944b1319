package io.formwork.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A figure as a filing states it: an exact decimal (never a double), the number of decimals it was printed
 * with, and whether the filing called it approximate ("5.3万余条"). A blank cell is a value of its own, not 0.
 */
public final class Value {

	private static final Value BLANK = new Value(null, 0, false);

	private final BigDecimal number;
	private final int decimals;
	private final boolean approximate;

	private Value(BigDecimal number, int decimals, boolean approximate) {
		this.number = number;
		this.decimals = decimals;
		this.approximate = approximate;
	}

	public static Value blank() {
		return BLANK;
	}

	/** An exact figure; its printed precision is its scale (12.50 was printed with two decimals). */
	public static Value of(BigDecimal number) {
		Objects.requireNonNull(number, "number");
		return new Value(number, Math.max(number.scale(), 0), false);
	}

	public static Value of(String exact) {
		return of(new BigDecimal(exact));
	}

	public static Value of(long number) {
		return of(BigDecimal.valueOf(number));
	}

	/** The same figure, marked as approximate (stated with 余, 多, 约). */
	public Value approximate() {
		return isBlank() ? this : new Value(number, decimals, true);
	}

	/** The same figure with a given printed precision (5.3万 = 53000 printed to the thousand: decimals -3). */
	public Value printedWith(int printedDecimals) {
		return isBlank() ? this : new Value(number, printedDecimals, approximate);
	}

	public boolean isBlank() {
		return number == null;
	}

	/** The exact number; fails for a blank value, which has none. */
	public BigDecimal number() {
		if (number == null) {
			throw new IllegalStateException("a blank value has no number");
		}
		return number;
	}

	/** Decimals printed: 2 for 71.74, 0 for 96000, -4 for 5.3万 stated to the thousand... as the reader decides. */
	public int decimals() {
		return decimals;
	}

	public boolean isApproximate() {
		return approximate;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Value v && decimals == v.decimals && approximate == v.approximate
				&& (number == null ? v.number == null : v.number != null && number.compareTo(v.number) == 0);
	}

	@Override
	public int hashCode() {
		return number == null ? 0 : number.stripTrailingZeros().hashCode() * 31 + decimals;
	}

	/** As printed: 71.74, 96000, blank as the empty string. */
	@Override
	public String toString() {
		if (number == null) {
			return "";
		}
		BigDecimal shown = decimals >= 0 ? number.setScale(decimals, RoundingMode.HALF_UP) : number;
		return (approximate ? "≈" : "") + shown.toPlainString();
	}
}
