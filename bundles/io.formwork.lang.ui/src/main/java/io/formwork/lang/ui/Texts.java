package io.formwork.lang.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.formwork.runtime.Language;

/**
 * The language of Formwork's own texts in the workbench (markers, views, the Outline's marks): the one chosen for
 * the platform ({@code -nl zh}, {@code FORMWORK_NL=zh}), unless the preference {@value #LANGUAGE} names one;
 * both, Chinese first, only when the preference {@value #BILINGUAL} asks for it. Preferences of the instance
 * scope of {@value FormworkUi#PLUGIN_ID} ({@code .metadata/.plugins/org.eclipse.core.runtime/.settings}).
 */
public final class Texts {

	/** {@code zh} or {@code en}; unset or anything else: the platform's language. */
	public static final String LANGUAGE = "language";
	/** {@code true}: Chinese followed by English, as the command line prints them. */
	public static final String BILINGUAL = "bilingual";

	private Texts() {
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(FormworkUi.PLUGIN_ID);
	}

	/** The language chosen for Formwork's texts. */
	public static Language language() {
		String chosen = preferences().get(LANGUAGE, "");
		if (chosen.equals("zh")) {
			return Language.ZH;
		}
		if (chosen.equals("en")) {
			return Language.EN;
		}
		String nl = Platform.getNL();
		return nl != null && nl.startsWith("zh") ? Language.ZH : Language.EN;
	}

	/** Whether both languages are shown (Chinese first). */
	public static boolean bilingual() {
		return preferences().getBoolean(BILINGUAL, false);
	}

	/** A text in the chosen language, or both when asked ("中文 English"). */
	public static String of(String zh, String en) {
		return bilingual() ? Language.both(zh, en, " ") : language().pick(zh, en);
	}

	/**
	 * A message written "中文。 English." ({@code io.formwork.lang.validation.Messages.of}, what the template checks
	 * report) in the chosen language: split where the Chinese sentence ends and the English begins. A message
	 * that is not written so (a syntax error of the parser) is returned as it is.
	 */
	public static String ofBilingual(String message) {
		if (message == null || bilingual()) {
			return message;
		}
		int split = message.indexOf("。 ");
		if (split < 0 || !hasChinese(message.substring(0, split))) {
			return message;
		}
		return language() == Language.ZH ? message.substring(0, split + 1) : message.substring(split + 2);
	}

	private static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
