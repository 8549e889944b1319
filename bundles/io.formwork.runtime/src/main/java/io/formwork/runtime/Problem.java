package io.formwork.runtime;

/**
 * Something wrong with a filing as input (not a rule that fails): unreadable, a duplicate cell, text in a
 * numeric cell, an unknown code. Each has a code, a location and a message in Chinese and English.
 */
public record Problem(String code, Severity severity, Location location, String zh, String en) {

	public static Problem error(String code, Location location, String zh, String en) {
		return new Problem(code, Severity.ERROR, location, zh, en);
	}

	public static Problem warning(String code, Location location, String zh, String en) {
		return new Problem(code, Severity.WARNING, location, zh, en);
	}

	public String message(Language language) {
		return language == Language.ZH ? zh : en;
	}
}
