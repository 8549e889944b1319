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

	/**
	 * A text in this language: this language's half, or the other's when this one has none (null or blank);
	 * null when neither has.
	 */
	public String pick(String zh, String en) {
		String preferred = this == ZH ? zh : en;
		String other = this == ZH ? en : zh;
		return present(preferred) ? preferred : present(other) ? other : null;
	}

	/**
	 * Both halves of a text, Chinese first, with the separator between ({@code "中文 English"},
	 * {@code "中文 — English"}); the half there is when the other is missing (null or blank) or says the same; ""
	 * when neither has. The one fallback every door and view uses.
	 */
	public static String both(String zh, String en, String separator) {
		if (!present(zh)) {
			return present(en) ? en : "";
		}
		return !present(en) || en.equals(zh) ? zh : zh + separator + en;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}
