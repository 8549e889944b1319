package io.formwork.filing.set;

import java.util.List;

import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.Hierarchy;

/**
 * What validating a set of filings found, for the summary: the bodies (in their hierarchy), the years, each
 * filing's result, and the filings the hierarchy expects but the set lacks.
 *
 * @param aggregationRule the rule id consolidation findings carry, or null when nothing was consolidated
 */
public record SetReport(String name, List<Integer> years, Hierarchy hierarchy, List<Item> items, List<Missing> missing,
		String aggregationRule) {

	/** One filing: its body's code and year (null and 0 for a filing that could not be placed) and its result. */
	public record Item(String body, int year, String template, ValidationResult result) {
	}

	public record Missing(String body, int year) {
	}

	public SetReport {
		years = List.copyOf(years);
		items = List.copyOf(items);
		missing = List.copyOf(missing);
	}
}
