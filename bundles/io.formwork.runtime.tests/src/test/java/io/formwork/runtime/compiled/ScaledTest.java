package io.formwork.runtime.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ScaledTest {

	/** Digits and scales around the edges: zeros, trailing zeros, 1 to 18 digits, scales on both sides of the target. */
	@Test
	void aFigureAsWrittenGivesTheSameScaledFormAsItsBigDecimal() {
		long[] samples = { 0, 1, -1, 5, 10, 100, 1200, -1200, 999_999_999_999_999_999L, -999_999_999_999_999_999L,
				100_000_000_000_000_000L, 123_456_789_012_345_678L, 1_000_000, 12_500, 7 };
		for (long digits : samples) {
			for (int scale = 0; scale <= 40; scale++) {
				for (int target = 0; target <= Scaled.MAX_SCALE; target++) {
					assertSameAsBigDecimal(digits, scale, target);
				}
			}
		}
	}

	@Test
	void randomFiguresGiveTheSameScaledFormAsTheirBigDecimal() {
		SplittableRandom random = new SplittableRandom(8);
		for (int i = 0; i < 200_000; i++) {
			int length = random.nextInt(1, 19);
			long digits = random.nextLong(Scaled.pow10(length - 1), Scaled.pow10(length));
			if (random.nextBoolean()) {
				digits = digits / Scaled.pow10(random.nextInt(length)) * Scaled.pow10(random.nextInt(length));
				digits %= Scaled.pow10(18);
			}
			if (random.nextBoolean()) {
				digits = -digits;
			}
			assertSameAsBigDecimal(digits, random.nextInt(0, 25), random.nextInt(0, Scaled.MAX_SCALE + 1));
		}
	}

	private static void assertSameAsBigDecimal(long digits, int scale, int target) {
		assertThat(Scaled.unscaled(digits, scale, target)).as("%d at scale %d to scale %d", digits, scale, target)
				.isEqualTo(Scaled.unscaled(BigDecimal.valueOf(digits, scale), target));
	}
}
