package io.formwork.lang.validation;

import io.formwork.lang.revision.IssueCodes;

/**
 * Template diagnostics are bilingual: the Chinese text first, the English beside it.
 */
public final class Messages {

	private Messages() {
	}

	/** "中文。 English." in one line; both halves are complete sentences. */
	public static String of(String zh, String en) {
		return IssueCodes.message(zh, en);
	}
}
