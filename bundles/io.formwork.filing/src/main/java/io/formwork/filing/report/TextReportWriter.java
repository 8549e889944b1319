package io.formwork.filing.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * Plain text for a terminal or a log, in one language: per filing a line naming it, then its problems and
 * failed findings as {@code location: severity [code] message} (the form editors and CI logs link), then one
 * summary line for the run.
 */
public final class TextReportWriter implements ReportWriter {

	private final Language language;

	public TextReportWriter(Language language) {
		this.language = language;
	}

	/** A filing's lines, laid out. */
	private record Lines(ValidationResult result, String text) implements Part {
	}

	@Override
	public Part render(ValidationResult result) {
		Filing filing = result.filing();
		StringBuilder text = new StringBuilder(256);
		text.append(Printable.of(heading(filing))).append('\n');
		for (Problem problem : result.problems()) {
			line(text, problem.location(), filing, problem.severity(), problem.code(), problem.message(language));
		}
		for (Finding finding : result.findings()) {
			if (finding.status() == Status.FAIL) {
				line(text, finding.filingLocation(), filing, finding.severity(), finding.ruleId(),
						finding.message(language));
			}
		}
		return new Lines(result, text.toString());
	}

	@Override
	public Stream open(Writer out) {
		Totals totals = new Totals();
		return new Stream() {
			@Override
			public void add(ValidationResult result) throws IOException {
				add(render(result));
			}

			@Override
			public void add(Part part) throws IOException {
				if (!(part instanceof Lines lines)) {
					add(part.result());
					return;
				}
				totals.add(lines.result());
				out.write(lines.text());
			}

			@Override
			public void finish() throws IOException {
				out.write(totals.summary(language) + "\n");
				out.flush();
			}
		};
	}

	/** The source, then what the filing says it is: {@code a.json (gid_2021, 2021, 示例市人民政府办公室)}. */
	private static String heading(Filing filing) {
		List<String> about = new ArrayList<>();
		if (filing.template() != null) {
			about.add(filing.template());
		}
		if (filing.year() != null) {
			about.add(filing.year().toString());
		}
		if (filing.body() != null) {
			about.add(filing.body());
		}
		return filing.source() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
	}

	private void line(StringBuilder out, Location location, Filing filing, Severity severity, String code,
			String message) {
		String where = location == null || location.file() == null ? filing.source() : location.toString();
		String level = language == Language.ZH ? severity.zh : severity.en;
		// text from the filing (its name, body, cells, quoted in messages) is escaped: one finding, one line
		out.append(Printable.of(where)).append(": ").append(level).append(" [").append(Printable.of(code)).append("] ")
				.append(Printable.of(message)).append('\n');
	}
}
