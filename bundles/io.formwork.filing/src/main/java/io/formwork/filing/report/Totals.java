package io.formwork.filing.report;

import java.util.List;

import io.formwork.runtime.Language;
import io.formwork.runtime.ValidationResult;

/** What a run adds up to, counted as results go by. */
public final class Totals {

	private int filings;
	private long errors;
	private long warnings;
	private long notAssessable;
	private long passed;

	public static Totals of(List<ValidationResult> results) {
		Totals totals = new Totals();
		results.forEach(totals::add);
		return totals;
	}

	public Totals add(ValidationResult result) {
		filings++;
		errors += result.errors();
		warnings += result.warnings();
		notAssessable += result.notAssessable();
		passed += result.passed();
		return this;
	}

	public int filings() {
		return filings;
	}

	public long errors() {
		return errors;
	}

	public long warnings() {
		return warnings;
	}

	public long notAssessable() {
		return notAssessable;
	}

	public long passed() {
		return passed;
	}

	/** The one-line summary: "3 filing(s), 1 error(s), 0 warning(s), 2 not assessable". */
	public String summary(Language language) {
		return language == Language.ZH
				? filings + " 份填报，" + errors + " 个错误，" + warnings + " 个警告，" + notAssessable + " 项无法评估"
				: filings + " filing(s), " + errors + " error(s), " + warnings + " warning(s), " + notAssessable
						+ " not assessable";
	}
}
