package io.formwork.cli;

import java.util.List;

import io.formwork.filing.report.JsonReportWriter;
import io.formwork.filing.report.ReportWriter;
import io.formwork.filing.report.SarifWriter;
import io.formwork.filing.report.TextReportWriter;
import io.formwork.filing.report.Totals;
import io.formwork.runtime.Language;
import io.formwork.runtime.ValidationResult;

/** The report writers the validate command offers, and its one-line summary. */
final class Reports {

	private Reports() {
	}

	static ReportWriter writer(ValidateCommand.Format format, Language language) {
		return switch (format) {
		case text -> new TextReportWriter(language);
		case json -> new JsonReportWriter();
		case sarif -> new SarifWriter(language);
		};
	}

	static String summary(List<ValidationResult> results, Language language) {
		return Totals.of(results).summary(language);
	}
}
