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
}
