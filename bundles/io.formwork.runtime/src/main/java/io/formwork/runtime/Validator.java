package io.formwork.runtime;

/**
 * Validates filings against one template: the {@link io.formwork.runtime.engine.Engine} interpreting a plan,
 * or a validator generated from the template. Both give the same result for the same filings.
 */
public interface Validator {

	/** The id of the template this validator checks filings against. */
	String templateId();

	/** Validates a filing; {@code prior} is the same body's filing for the previous period, or null. */
	ValidationResult validate(Filing filing, Filing prior);

	default ValidationResult validate(Filing filing) {
		return validate(filing, null);
	}
}
