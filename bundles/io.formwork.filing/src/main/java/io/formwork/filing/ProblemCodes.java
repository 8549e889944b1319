package io.formwork.filing;

import io.formwork.runtime.Language;

/** The codes of the problems the filing readers report (see FORMATS.md): names for codes of the one catalog, {@link io.formwork.runtime.ProblemCodes}. */
public final class ProblemCodes {

	/** The file cannot be opened, is not UTF-8, is not JSON or CSV at all, or is not a filing. */
	public static final String UNREADABLE = io.formwork.runtime.ProblemCodes.UNREADABLE;
	/** A value that is not a number, even after normalisation. */
	public static final String NOT_A_NUMBER = io.formwork.runtime.ProblemCodes.NOT_A_NUMBER;
	/** A cell that is not an address ({@code t3[received, natural]}) or a claim name. */
	public static final String BAD_ADDRESS = io.formwork.runtime.ProblemCodes.BAD_ADDRESS;
	/** Template, year or body of the wrong type or form; a duplicate key. */
	public static final String BAD_METADATA = io.formwork.runtime.ProblemCodes.BAD_METADATA;
	/** A fact that is not an object, has no cell or value, a value of the wrong type, or two different units. */
	public static final String BAD_FACT = io.formwork.runtime.ProblemCodes.BAD_FACT;
	/** A CSV file without its {@code cell,value} header. */
	public static final String BAD_HEADER = io.formwork.runtime.ProblemCodes.BAD_HEADER;
	/** A CSV row whose fields do not match the header. */
	public static final String BAD_ROW = io.formwork.runtime.ProblemCodes.BAD_ROW;
	/** A JSON filing without its {@code facts} array. */
	public static final String NO_FACTS = io.formwork.runtime.ProblemCodes.NO_FACTS;
	/** A key (JSON), metadata line or column (CSV) the format does not define; a warning. */
	public static final String UNKNOWN_KEY = io.formwork.runtime.ProblemCodes.UNKNOWN_KEY;

	private ProblemCodes() {
	}

	/** A one-line description of a problem code, from the one catalog ({@link io.formwork.runtime.ProblemCodes}), or null if unknown. */
	public static String describe(String code, Language language) {
		return io.formwork.runtime.ProblemCodes.describe(code, language);
	}
}
