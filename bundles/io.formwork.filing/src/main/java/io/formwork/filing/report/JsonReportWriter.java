package io.formwork.filing.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Value;

/**
 * The whole of a run as JSON, for other programs (schema in FORMATS.md): every filing with its problems and
 * its findings (failed and not assessable; passed ones too when the run kept them, {@code --include-passes}) with
 * operands, compared sides, tolerance and messages in both languages, and how many passed; numbers as exact
 * strings. Streamed: each filing is written as soon as it is added.
 */
public final class JsonReportWriter implements ReportWriter {

	/** Names the document's schema; raised when a field changes meaning or goes away. */
	public static final String FORMAT = "formwork-report/1";

	/** A filing's object, laid out at its depth in the document (in the root object's "filings" array). */
	private record Laid(ValidationResult result, String json) implements Part {
	}

	@Override
	public Part render(ValidationResult result) throws IOException {
		return new Laid(result, JsonOutput.render(2, json -> filing(json, result)));
	}

	@Override
	public Stream open(Writer out) throws IOException {
		JsonGenerator json = JsonOutput.open(out);
		json.writeStartObject();
		json.writeStringField("format", FORMAT);
		json.writeArrayFieldStart("filings");
		Totals totals = new Totals();
		return new Stream() {
			@Override
			public void add(ValidationResult result) throws IOException {
				add(render(result));
			}

			@Override
			public void add(Part part) throws IOException {
				if (!(part instanceof Laid laid)) {
					add(part.result());
					return;
				}
				totals.add(laid.result());
				json.writeRawValue(laid.json());
			}

			@Override
			public void finish() throws IOException {
				json.writeEndArray();
				totals(json, totals);
				json.writeEndObject();
				json.close();
				out.write("\n");
				out.flush();
			}
		};
	}

	private static void filing(JsonGenerator json, ValidationResult result) throws IOException {
		Filing filing = result.filing();
		json.writeStartObject();
		json.writeStringField("source", filing.source());
		json.writeStringField("template", filing.template());
		if (filing.year() == null) {
			json.writeNullField("year");
		} else {
			json.writeNumberField("year", filing.year());
		}
		json.writeStringField("body", filing.body());
		json.writeArrayFieldStart("problems");
		for (Problem problem : result.problems()) {
			json.writeStartObject();
			json.writeStringField("code", problem.code());
			json.writeStringField("severity", problem.severity().en);
			JsonOutput.location(json, "location", problem.location());
			messages(json, problem.zh(), problem.en());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("findings");
		for (Finding finding : result.findings()) {
			finding(json, finding);
		}
		json.writeEndArray();
		json.writeObjectFieldStart("totals");
		json.writeNumberField("errors", result.errors());
		json.writeNumberField("warnings", result.warnings());
		json.writeNumberField("notAssessable", result.notAssessable());
		json.writeNumberField("passed", result.passed());
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void finding(JsonGenerator json, Finding finding) throws IOException {
		json.writeStartObject();
		json.writeStringField("ruleId", finding.ruleId());
		if (finding.ruleTitleZh() != null || finding.ruleTitleEn() != null) {
			json.writeObjectFieldStart("rule");
			json.writeStringField("zh", finding.ruleTitleZh());
			json.writeStringField("en", finding.ruleTitleEn());
			json.writeEndObject();
		}
		json.writeStringField("severity", finding.severity().en);
		json.writeStringField("status", status(finding.status()));
		json.writeStringField("instance", finding.instance());
		JsonOutput.location(json, "ruleLocation", finding.ruleLocation());
		json.writeArrayFieldStart("operands");
		for (Operand operand : finding.operands()) {
			json.writeStartObject();
			json.writeStringField("address", operand.address().toString());
			Value value = operand.value();
			if (value == null || value.isBlank()) {
				json.writeNullField("value");
			} else {
				String printed = value.toString();
				json.writeStringField("value", value.isApproximate() ? printed.substring(1) : printed);
				if (value.isApproximate()) {
					json.writeBooleanField("approximate", true);
				}
			}
			JsonOutput.location(json, "location", operand.location());
			json.writeEndObject();
		}
		json.writeEndArray();
		JsonOutput.exact(json, "left", finding.left());
		JsonOutput.exact(json, "right", finding.right());
		JsonOutput.exact(json, "difference", finding.difference());
		JsonOutput.exact(json, "tolerance", finding.tolerance());
		messages(json, finding.messageZh(), finding.messageEn());
		json.writeEndObject();
	}

	/** pass, fail, notAssessable */
	static String status(Status status) {
		return switch (status) {
		case PASS -> "pass";
		case FAIL -> "fail";
		case NOT_ASSESSABLE -> "notAssessable";
		};
	}

	private static void messages(JsonGenerator json, String zh, String en) throws IOException {
		json.writeObjectFieldStart("message");
		json.writeStringField("zh", zh);
		json.writeStringField("en", en);
		json.writeEndObject();
	}

	private static void totals(JsonGenerator json, Totals totals) throws IOException {
		json.writeObjectFieldStart("totals");
		json.writeNumberField("filings", totals.filings());
		json.writeNumberField("errors", totals.errors());
		json.writeNumberField("warnings", totals.warnings());
		json.writeNumberField("notAssessable", totals.notAssessable());
		json.writeNumberField("passed", totals.passed());
		json.writeEndObject();
	}
}
