package io.formwork.runtime;

import java.util.Locale;

/** The language messages are shown in. */
public enum Language {
	ZH, EN;

	/** Chinese for a Chinese locale, English otherwise. */
	public static Language of(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? ZH : EN;
	}

	/**
	 * The language a user named ({@code --lang}, {@code formwork.lang}): "zh" or "en" in any case; none named is
	 * the default locale's; anything else is {@code null}, for the door to refuse with its own usage message.
	 */
	public static Language named(String name) {
		if (name == null || name.isBlank()) {
			return of(Locale.getDefault());
		}
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
		case "zh" -> ZH;
		case "en" -> EN;
		default -> null;
		};
	}
}
