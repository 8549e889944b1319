package io.formwork.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.Precision.Mode;

/** The figures are the seed report's (平凉市 2018) and the examples of the formats' description. */
class PrecisionTest {

	@Test
	void theWebsiteShareOfTheSeedReportHoldsAtItsPrintedPrecision() {
		BigDecimal exact = Precision.percent(new BigDecimal("68870"), new BigDecimal("96000"));
		assertThat(exact).isEqualByComparingTo("71.7395833333");
		assertThat(Precision.matches(exact, Value.of("71.74"), Mode.ROUNDED)).isTrue();
	}

	@Test
	void theOnlineRateOfTheSeedReportIsWrong() {
		BigDecimal exact = Precision.percent(new BigDecimal("611"), new BigDecimal("6622"));
		assertThat(exact.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("9.23");
		assertThat(Precision.matches(exact, Value.of("92.3"), Mode.EITHER)).isFalse();
		assertThat(Precision.matches(exact, Value.of("9.2"), Mode.ROUNDED)).isTrue();
	}

	@Test
	void truncationPassesOnlyWhereTheTemplateAllowsIt() {
		BigDecimal exact = new BigDecimal("4.348");
		Value printed = Value.of("4.34");
		assertThat(Precision.matches(exact, printed, Mode.ROUNDED)).isFalse();
		assertThat(Precision.matches(exact, printed, Mode.TRUNCATED)).isTrue();
		assertThat(Precision.matches(exact, printed, Mode.EITHER)).isTrue();
	}

	@Test
	void aWrongPercentageIsWrongWhateverTheRounding() {
		BigDecimal exact = Precision.percent(new BigDecimal("30"), new BigDecimal("300"));
		assertThat(Precision.matches(exact, Value.of("12.5"), Mode.EITHER)).isFalse();
		assertThat(Precision.matches(exact, Value.of("10.0"), Mode.ROUNDED)).isTrue();
	}

	@Test
	void aPercentageOfNothingIsUndefined() {
		assertThat(Precision.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
	}

	@Test
	void aPrintedValueCarriesHalfAUnitOfItsLastDecimal() {
		assertThat(Precision.halfUnit(Value.of("71.74"))).isEqualByComparingTo("0.005");
		assertThat(Precision.halfUnit(Value.of("96000"))).isEqualByComparingTo("0.5");
		assertThat(Precision.within(new BigDecimal("71.7395"), new BigDecimal("71.74"), new BigDecimal("0.005"))).isTrue();
	}
}
