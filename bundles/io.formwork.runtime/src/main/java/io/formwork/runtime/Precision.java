package io.formwork.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Comparing an exact result with a figure printed at some precision. A report that prints 71.74 for
 * 68870 / 96000 = 71.7395…% is right; one that prints 92.3 for 611 / 6622 = 9.2268…% is not. Whether a printed
 * 4.34 for 4.348 (truncation rather than rounding) passes is the template's choice.
 */
public final class Precision {

	/** How the publisher is allowed to have shortened the exact figure. */
	public enum Mode {
		/** half up, as the tables are expected to print */
		ROUNDED,
		/** cut off after the printed decimals */
		TRUNCATED,
		/** either of the two */
		EITHER
	}

	private Precision() {
	}

	/** True when {@code printed} is what {@code exact} looks like at the printed value's precision. */
	public static boolean matches(BigDecimal exact, Value printed, Mode mode) {
		BigDecimal stated = printed.number();
		int decimals = printed.decimals();
		boolean rounded = exact.setScale(decimals, RoundingMode.HALF_UP).compareTo(stated) == 0;
		boolean truncated = exact.setScale(decimals, RoundingMode.DOWN).compareTo(stated) == 0;
		return switch (mode) {
		case ROUNDED -> rounded;
		case TRUNCATED -> truncated;
		case EITHER -> rounded || truncated;
		};
	}

	/** The tolerance a printed value carries: half a unit of its last printed decimal. */
	public static BigDecimal halfUnit(Value printed) {
		return BigDecimal.ONE.scaleByPowerOfTen(-printed.decimals()).divide(BigDecimal.valueOf(2));
	}

	/** True when two figures differ by no more than an absolute tolerance. */
	public static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
		return a.subtract(b).abs().compareTo(tolerance) <= 0;
	}

	/** part / whole × 100, exact to 10 decimals (enough for any printed percentage), or null if whole is 0. */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.HALF_EVEN);
	}
}
