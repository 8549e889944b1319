package io.formwork.filing.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import io.formwork.runtime.Location;

/** Pretty JSON the same on every platform: two-space indent, {@code \n} line ends, {@code "key": value}. */
final class JsonOutput {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private JsonOutput() {
	}

	static JsonGenerator open(Writer out) throws IOException {
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
				.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
				.withObjectEmptySeparator("")
				.withArrayEmptySeparator(""));
		printer.indentObjectsWith(indenter);
		printer.indentArraysWith(indenter);
		JsonGenerator json = JSON.createGenerator(out);
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		json.setPrettyPrinter(printer);
		return json;
	}

	/** A field with a string value, left out when the value is null. */
	static void optional(JsonGenerator json, String name, String value) throws IOException {
		if (value != null) {
			json.writeStringField(name, value);
		}
	}

	/** An exact number as a string ({@code "12.50"}), or null. */
	static void exact(JsonGenerator json, String name, BigDecimal value) throws IOException {
		if (value == null) {
			json.writeNullField(name);
		} else {
			json.writeStringField(name, value.toPlainString());
		}
	}

	/** {@code {"file": …, "line": …, "column": …, "cell": …}}; unknown parts (0 or null) are left out. */
	static void location(JsonGenerator json, String name, Location location) throws IOException {
		if (location == null) {
			json.writeNullField(name);
			return;
		}
		json.writeObjectFieldStart(name);
		optional(json, "file", location.file());
		if (location.line() > 0) {
			json.writeNumberField("line", location.line());
		}
		if (location.column() > 0) {
			json.writeNumberField("column", location.column());
		}
		optional(json, "cell", location.cell());
		json.writeEndObject();
	}
}
