package io.formwork.lang.ide.highlighting;

/**
 * The semantic highlighting styles of the Formwork languages. Each editor integration maps these ids to its own
 * colours (the Eclipse editor to text attributes, a language server to semantic token types).
 */
public final class FormworkHighlightingStyles {

	/** The code being declared: {@code indicator requests_received}, {@code row received}, {@code check R1}. */
	public static final String DECLARATION = "formwork.declaration";
	/** A reference to an indicator. */
	public static final String INDICATOR = "formwork.indicator";
	/** A reference to a row, column, heading, group or dimension member. */
	public static final String COORDINATE = "formwork.coordinate";
	/** A reference to a table. */
	public static final String TABLE = "formwork.table";
	/** A reference to a unit of measure. */
	public static final String UNIT = "formwork.unit";
	/** A reference to a dimension. */
	public static final String DIMENSION = "formwork.dimension";
	/** A reference to a template (revises, filing for). */
	public static final String TEMPLATE = "formwork.template";
	/** A reference to a narrative claim. */
	public static final String CLAIM = "formwork.claim";
	private FormworkHighlightingStyles() {
	}
}
