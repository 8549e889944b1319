package io.formwork.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.formwork.filing.report.JsonReportWriter;
import io.formwork.filing.report.ReportWriter;
import io.formwork.filing.report.SarifWriter;
import io.formwork.filing.report.TextReportWriter;
import io.formwork.runtime.Language;
import io.formwork.runtime.ValidationResult;

/** The report writers the validate command offers, and its one-line summary. */
final class Reports {

	private Reports() {
	}

	static void write(ValidateCommand.Format format, List<ValidationResult> results, Language language, Writer out)
			throws IOException {
		ReportWriter writer = switch (format) {
		case text -> new TextReportWriter(language);
		case json -> new JsonReportWriter();
		case sarif -> new SarifWriter(language);
		};
		writer.write(results, out);
	}

	static String summary(List<ValidationResult> results, Language language) {
		long errors = results.stream().mapToLong(ValidationResult::errors).sum();
		long warnings = results.stream().mapToLong(ValidationResult::warnings).sum();
		long notAssessable = results.stream().mapToLong(ValidationResult::notAssessable).sum();
		return language == Language.ZH
				? results.size() + " 份填报，" + errors + " 个错误，" + warnings + " 个警告，" + notAssessable + " 项无法评估"
				: results.size() + " filing(s), " + errors + " error(s), " + warnings + " warning(s), " + notAssessable
						+ " not assessable";
	}
}
