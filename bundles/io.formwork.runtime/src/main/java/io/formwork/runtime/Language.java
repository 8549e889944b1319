package io.formwork.runtime;

import java.util.Locale;

/** The language messages are shown in. */
public enum Language {
	ZH, EN;

	/** Chinese for a Chinese locale, English otherwise. */
	public static Language of(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? ZH : EN;
	}
}
