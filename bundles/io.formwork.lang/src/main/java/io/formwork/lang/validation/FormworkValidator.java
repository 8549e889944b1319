package io.formwork.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

import io.formwork.lang.revision.IssueCodes;
import io.formwork.lang.typing.ExpressionTyper;

/**
 * Self-validation of templates and catalogs. Each problem has an issue code (for quick fixes), a precise
 * location and a message in Chinese and English.
 *
 * The checks themselves are written by concern, each class small enough to read in one sitting:
 * {@link CodeChecks}, {@link LabelChecks}, {@link TableChecks}, {@link RuleChecks}, {@link ClaimChecks},
 * {@link RevisionChecks};
 * this class holds the issue codes that quick fixes and tests name.
 */
@ComposedChecks(validators = { CodeChecks.class, LabelChecks.class, TableChecks.class, RuleChecks.class, ClaimChecks.class,
		RevisionChecks.class })
public class FormworkValidator extends AbstractFormworkValidator {

	public static final String DUPLICATE_CODE = "formwork.duplicateCode";
	public static final String MISSING_ZH_LABEL = "formwork.missingZhLabel";
	public static final String TYPE_MISMATCH = ExpressionTyper.TYPE_MISMATCH;
	public static final String UNIT_MISMATCH = ExpressionTyper.UNIT_MISMATCH;
	public static final String HEADING_IN_RULE = "formwork.headingInRule";
	public static final String UNREPORTED_CELL = "formwork.unreportedCell";
	public static final String INCOMPLETE_CELL_REFERENCE = "formwork.incompleteCellReference";
	public static final String CALCULATION_CYCLE = "formwork.calculationCycle";
	public static final String NEVER_EVALUATED = "formwork.neverEvaluated";
	public static final String WRONG_LINE_KIND = "formwork.wrongLineKind";
	public static final String NO_INDICATOR = "formwork.noIndicator";
	public static final String CONFLICTING_INDICATORS = "formwork.conflictingIndicators";
	public static final String UNKNOWN_PLACEHOLDER = "formwork.unknownPlaceholder";
	/** {sentence} in the message of a rule that reads no narrative claim: there is no sentence to quote. */
	public static final String SENTENCE_WITHOUT_CLAIM = "formwork.sentenceWithoutClaim";
	/** In a rule with {@code tolerance printed}, abs(figure - x) against a number: a precision written by hand. */
	public static final String PRINTED_MARGIN = "formwork.printedMargin";
	public static final String CLAIM_PHRASE = "formwork.claimPhrase";
	public static final String AKA = "formwork.aka";
	public static final String REVISION_ORDER = "formwork.revisionOrder";
	public static final String RANGE_ACROSS_AXES = "formwork.rangeAcrossAxes";
	public static final String REMOVED_STILL_REFERENCED = IssueCodes.REMOVED_STILL_REFERENCED;
	public static final String RENAME_TO_EXISTING = IssueCodes.RENAME_TO_EXISTING;
	public static final String UNSTATED_MEANING_CHANGE = IssueCodes.UNSTATED_MEANING_CHANGE;
	public static final String INHERITED_REDECLARED = IssueCodes.INHERITED_REDECLARED;
	public static final String MISPLACED_DECLARATION = IssueCodes.MISPLACED_DECLARATION;
	public static final String NOT_A_REVISION = "formwork.notARevision";
	public static final String DUPLICATE_TEMPLATE = "formwork.duplicateTemplate";
}
