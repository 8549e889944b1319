package io.formwork.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTest {

	@Test
	void aBlankValueIsNotZero() {
		assertThat(Value.blank().isBlank()).isTrue();
		assertThat(Value.blank()).isNotEqualTo(Value.of(0));
		assertThatThrownBy(() -> Value.blank().number()).isInstanceOf(IllegalStateException.class);
		assertThat(Value.blank().toString()).isEmpty();
	}

	@Test
	void aValueKeepsThePrecisionItWasPrintedWith() {
		assertThat(Value.of("71.74").decimals()).isEqualTo(2);
		assertThat(Value.of("12.50").decimals()).isEqualTo(2);
		assertThat(Value.of("12.50").toString()).isEqualTo("12.50");
		assertThat(Value.of(96000).decimals()).isZero();
	}

	@Test
	void anApproximateFigureSaysSo() {
		Value newMedia = Value.of(53000).printedWith(-3).approximate();
		assertThat(newMedia.isApproximate()).isTrue();
		assertThat(newMedia.toString()).isEqualTo("≈53000");
		assertThat(newMedia).isNotEqualTo(Value.of(53000));
	}

	@Test
	void equalFiguresPrintedAlikeAreEqual() {
		assertThat(Value.of("1.0")).isEqualTo(Value.of("1.0")).hasSameHashCodeAs(Value.of("1.0"));
		assertThat(Value.of("1.0")).isNotEqualTo(Value.of("1.00"));
	}
}
