package io.formwork.filing.report;

import java.io.IOException;
import java.io.StringWriter;
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
		return open(out, 0);
	}

	/**
	 * A generator whose values are laid out as if {@code depth} objects and arrays were open around them: a value
	 * written on it alone is what {@link #open(Writer)}'s generator writes at that depth, less the line break and
	 * indent before it (which {@link JsonGenerator#writeRawValue(String)} on the enclosing generator adds).
	 */
	static JsonGenerator open(Writer out, int depth) throws IOException {
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		DefaultPrettyPrinter printer = new Nested(Separators.createDefaultInstance()
				.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
				.withObjectEmptySeparator("")
				.withArrayEmptySeparator(""), depth);
		printer.indentObjectsWith(indenter);
		printer.indentArraysWith(indenter);
		JsonGenerator json = JSON.createGenerator(out);
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		json.setPrettyPrinter(printer);
		return json;
	}

	/**
	 * Compact JSON: no indentation, no spaces, nothing between root values (so that values written one after
	 * another on it can be cut apart).
	 */
	static JsonGenerator compact(Writer out) throws IOException {
		JsonGenerator json = JSON.createGenerator(out);
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		json.setRootValueSeparator(null);
		return json;
	}

	/** Text written into a string builder, unsynchronized (a {@link StringWriter} is a {@link StringBuffer}). */
	static final class Chars extends Writer {
		final StringBuilder text;

		Chars(int capacity) {
			text = new StringBuilder(capacity);
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			text.append(chars, offset, length);
		}

		@Override
		public void write(String string, int offset, int length) {
			text.append(string, offset, offset + length);
		}

		@Override
		public void write(int c) {
			text.append((char) c);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}

	/** The pretty printer, starting at a depth. */
	private static final class Nested extends DefaultPrettyPrinter {
		private static final long serialVersionUID = 1L;

		Nested(Separators separators, int depth) {
			super(separators);
			_nesting = depth;
		}
	}

	/** What writes one value on a generator. */
	@FunctionalInterface
	interface Value {
		void write(JsonGenerator json) throws IOException;
	}

	/** One value laid out at a depth ({@link #open(Writer, int)}), as a string. */
	static String render(int depth, Value value) throws IOException {
		Chars text = new Chars(2048);
		try (JsonGenerator json = open(text, depth)) {
			value.write(json);
		}
		return text.toString();
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
