package io.formwork.runtime.compiled;

import java.math.BigDecimal;

import io.formwork.runtime.plan.CellSpec;

/**
 * Exact decimals as scaled {@code long}s: a figure x at scale s is the whole number x·10^s. The generated
 * validators compute with these when every figure a rule reads fits (most do: counts, amounts to a few
 * decimals), using {@link Math#addExact} and its kin, and fall back to {@link BigDecimal} on overflow or when a
 * figure does not fit; the result is the same either way.
 */
public final class Scaled {

	/** 10^0 … 10^18. */
	private static final long[] POW10 = new long[19];

	static {
		long p = 1;
		for (int i = 0; i < POW10.length; i++) {
			POW10[i] = p;
			p *= 10;
		}
	}

	/** The largest scale a cell can have in scaled form. */
	public static final int MAX_SCALE = 18;

	private Scaled() {
	}

	/**
	 * The scale of a cell's scaled form, the one generated code and the engine both use: the cell's decimals, else
	 * what its kind usually needs (4 for amounts and percentages, 6 for ratios, 0 otherwise), at most
	 * {@link #MAX_SCALE}.
	 */
	public static int scale(CellSpec spec) {
		Integer decimals = spec.decimals();
		int scale;
		if (decimals != null && decimals >= 0) {
			scale = decimals;
		} else if (spec.kind() == null) {
			scale = 0;
		} else {
			scale = switch (spec.kind()) {
			case AMOUNT, PERCENT -> 4;
			case RATIO -> 6;
			default -> 0;
			};
		}
		return Math.min(scale, MAX_SCALE);
	}

	/** 10^n for 0 ≤ n ≤ 18. */
	public static long pow10(int n) {
		return POW10[n];
	}

	/** x·10^n, exactly. @throws ArithmeticException on overflow */
	public static long up(long x, int n) {
		return Math.multiplyExact(x, POW10[n]);
	}

	/**
	 * The whole number n·10^scale when it is one and fits in a {@code long}; else {@link Long#MIN_VALUE}, which is
	 * never a result (it has no negation).
	 */
	public static long unscaled(BigDecimal n, int scale) {
		BigDecimal number = n;
		if (number.scale() > scale) {
			number = number.stripTrailingZeros();
			if (number.scale() > scale) {
				return Long.MIN_VALUE;
			}
		}
		int shift = scale - number.scale();
		if (number.precision() + shift > 18) {
			return Long.MIN_VALUE;
		}
		long whole = number.scale() == 0 ? number.longValue() : number.scaleByPowerOfTen(number.scale()).longValue();
		return whole * POW10[shift];
	}

	/**
	 * The same as {@link #unscaled(BigDecimal, int)} for the number {@code digits}·10^-{@code scale} (a figure as
	 * written: {@code 12.50} is 1250 at scale 2), without making the {@code BigDecimal}: the whole number
	 * n·10^{@code target} when it is one and has at most 18 digits, else {@link Long#MIN_VALUE}.
	 *
	 * @param digits at most 18 digits ({@code |digits| < 10^18})
	 * @param scale  0 or more
	 */
	public static long unscaled(long digits, int scale, int target) {
		long d = digits;
		int s = scale;
		if (s > target) {
			// as BigDecimal.stripTrailingZeros: every trailing zero (zero itself becomes 0 at scale 0)
			if (d == 0) {
				s = 0;
			} else {
				while (d % 10 == 0) {
					d /= 10;
					s--;
				}
			}
			if (s > target) {
				return Long.MIN_VALUE;
			}
		}
		int shift = target - s;
		if (precision(d) + shift > 18) {
			return Long.MIN_VALUE;
		}
		return d * POW10[shift];
	}

	/** The number of digits of x (1 for 0), as {@link BigDecimal#precision()}; |x| < 10^18. */
	static int precision(long x) {
		long a = Math.abs(x);
		int n = 1;
		while (n < 19 && a >= POW10[n]) {
			n++;
		}
		return n;
	}
}
