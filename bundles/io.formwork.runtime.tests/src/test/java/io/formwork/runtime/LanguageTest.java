package io.formwork.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

	@Test
	void aNamedLanguageIsReadInAnyCaseAndAnUnknownOneIsNone() {
		assertThat(Language.named("zh")).isEqualTo(Language.ZH);
		assertThat(Language.named(" EN ")).isEqualTo(Language.EN);
		assertThat(Language.named("fr")).isNull();
	}

	@Test
	void noLanguageNamedIsTheDefaultLocales() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			assertThat(Language.named(null)).isEqualTo(Language.ZH);
			Locale.setDefault(Locale.US);
			assertThat(Language.named("")).isEqualTo(Language.EN);
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aTextInOneLanguageFallsBackToTheOtherWhenItsHalfIsMissingOrBlank() {
		assertThat(Language.ZH.pick("收到", "received")).isEqualTo("收到");
		assertThat(Language.EN.pick("收到", "received")).isEqualTo("received");
		assertThat(Language.EN.pick("收到", null)).isEqualTo("收到");
		assertThat(Language.ZH.pick(" ", "received")).isEqualTo("received");
		assertThat(Language.ZH.pick(null, "")).isNull();
	}

	@Test
	void bothHalvesAreJoinedChineseFirstAndAMissingOrRepeatedHalfIsLeftOut() {
		assertThat(Language.both("收到", "received", " — ")).isEqualTo("收到 — received");
		assertThat(Language.both("收到", null, " ")).isEqualTo("收到");
		assertThat(Language.both("", "received", " ")).isEqualTo("received");
		assertThat(Language.both("R1", "R1", " ")).isEqualTo("R1");
		assertThat(Language.both(null, " ", " ")).isEmpty();
	}
}
