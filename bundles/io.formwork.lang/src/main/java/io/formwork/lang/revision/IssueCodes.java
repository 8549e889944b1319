package io.formwork.lang.revision;

/**
 * The issue codes of resolving revisions (what {@link Resolver} reports on a template that {@code revises}
 * another), and their message form. The validator reports them under the same codes
 * ({@code FormworkValidator} refers to these); revision depends on neither the validator nor the compiler.
 */
public final class IssueCodes {

	public static final String REMOVED_STILL_REFERENCED = "formwork.removedStillReferenced";
	public static final String RENAME_TO_EXISTING = "formwork.renameToExisting";
	public static final String UNSTATED_MEANING_CHANGE = "formwork.unstatedMeaningChange";
	public static final String INHERITED_REDECLARED = "formwork.inheritedRedeclared";
	public static final String MISPLACED_DECLARATION = "formwork.misplacedDeclaration";

	private IssueCodes() {
	}

	/** "中文。 English." in one line, as every template diagnostic is written (validation's {@code Messages.of}). */
	public static String message(String zh, String en) {
		return zh + "。 " + en + ".";
	}
}
