package io.formwork.filing.report;

import java.util.List;

import io.formwork.runtime.ValidationResult;

/** What a run adds up to. */
record Totals(int filings, long errors, long warnings, long notAssessable) {

	static Totals of(List<ValidationResult> results) {
		return new Totals(results.size(), results.stream().mapToLong(ValidationResult::errors).sum(),
				results.stream().mapToLong(ValidationResult::warnings).sum(),
				results.stream().mapToLong(ValidationResult::notAssessable).sum());
	}
}
