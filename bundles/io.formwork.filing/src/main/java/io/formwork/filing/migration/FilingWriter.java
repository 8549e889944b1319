package io.formwork.filing.migration;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.Plan;

/**
 * Writes a filing in one of the formats the readers take: {@code .filing} (textual, tables row by row),
 * {@code .json} or {@code .csv} (see FORMATS.md). Facts come out in the template's order; figures as printed
 * (their decimals kept), blank as blank. Same filing, same bytes.
 */
public final class FilingWriter {

	public enum Format {
		FILING, JSON, CSV;

		/** The format a file name's extension names, or null. */
		public static Format of(String fileName) {
			String name = fileName.toLowerCase(Locale.ROOT);
			if (name.endsWith(".filing")) {
				return FILING;
			}
			if (name.endsWith(".json")) {
				return JSON;
			}
			if (name.endsWith(".csv")) {
				return CSV;
			}
			return null;
		}

		public String extension() {
			return "." + name().toLowerCase(Locale.ROOT);
		}
	}

	private FilingWriter() {
	}

	public static void write(Filing filing, Plan plan, Format format, Writer out) throws IOException {
		List<Fact> facts = ordered(filing, plan);
		switch (format) {
		case FILING -> textual(filing, facts, out);
		case JSON -> json(filing, facts, out);
		case CSV -> csv(filing, facts, out);
		}
		out.flush();
	}

	/** The facts in the order the plan lists its cells, then any the plan does not know. */
	private static List<Fact> ordered(Filing filing, Plan plan) {
		List<Fact> result = new ArrayList<>();
		for (CellAddress address : plan.cells().keySet()) {
			Fact fact = filing.fact(address);
			if (fact != null) {
				result.add(fact);
			}
		}
		for (Fact fact : filing.facts().values()) {
			if (plan.cell(fact.address()) == null) {
				result.add(fact);
			}
		}
		return result;
	}

	private static void textual(Filing filing, List<Fact> facts, Writer out) throws IOException {
		out.write("filing for " + filing.template());
		if (filing.year() != null) {
			out.write(" year " + filing.year());
		}
		if (filing.body() != null) {
			out.write(" body \"" + filing.body().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
		}
		out.write("\n");
		Map<String, Map<String, List<Fact>>> tables = new LinkedHashMap<>();
		List<Fact> claims = new ArrayList<>();
		for (Fact fact : facts) {
			if (fact.address().isClaim()) {
				claims.add(fact);
			} else {
				tables.computeIfAbsent(fact.address().table(), t -> new LinkedHashMap<>())
						.computeIfAbsent(fact.address().row(), r -> new ArrayList<>()).add(fact);
			}
		}
		for (Map.Entry<String, Map<String, List<Fact>>> table : tables.entrySet()) {
			out.write("\ntable " + table.getKey() + " {\n");
			for (Map.Entry<String, List<Fact>> row : table.getValue().entrySet()) {
				List<String> cells = new ArrayList<>();
				for (Fact fact : row.getValue()) {
					cells.add(fact.address().column() + " " + figure(fact));
				}
				out.write("\t" + row.getKey() + ": " + String.join(", ", cells) + "\n");
			}
			out.write("}\n");
		}
		if (!claims.isEmpty()) {
			out.write("\n");
		}
		for (Fact fact : claims) {
			out.write("claim " + fact.address().row() + " " + figure(fact) + "\n");
		}
	}

	private static String figure(Fact fact) {
		Value value = fact.value();
		if (value.isBlank()) {
			return "blank";
		}
		String text = plain(value.number(), value.decimals());
		if (fact.statedUnit() != null && fact.statedUnit().matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
			text += " " + fact.statedUnit();
		}
		return value.isApproximate() ? text + " approximately" : text;
	}

	private static String plain(BigDecimal number, int decimals) {
		BigDecimal shown = decimals > number.scale() ? number.setScale(decimals) : number;
		return shown.toPlainString();
	}

	private static void json(Filing filing, List<Fact> facts, Writer out) throws IOException {
		JsonGenerator json = new JsonFactory().createGenerator(out);
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
		json.setPrettyPrinter(printer);
		json.writeStartObject();
		if (filing.template() != null) {
			json.writeStringField("template", filing.template());
		}
		if (filing.year() != null) {
			json.writeNumberField("year", filing.year());
		}
		if (filing.body() != null) {
			json.writeStringField("body", filing.body());
		}
		json.writeArrayFieldStart("facts");
		for (Fact fact : facts) {
			json.writeStartObject();
			json.writeStringField("cell", fact.address().toString());
			if (fact.value().isBlank()) {
				json.writeNullField("value");
			} else {
				json.writeFieldName("value");
				json.writeNumber(plain(fact.value().number(), fact.value().decimals()));
			}
			if (fact.statedUnit() != null) {
				json.writeStringField("unit", fact.statedUnit());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.flush();
		out.write("\n");
	}

	private static void csv(Filing filing, List<Fact> facts, Writer out) throws IOException {
		if (filing.template() != null) {
			out.write("# template: " + filing.template() + "\n");
		}
		if (filing.year() != null) {
			out.write("# year: " + filing.year() + "\n");
		}
		if (filing.body() != null) {
			// a metadata line ends at any line break the reader knows: a body's own breaks become spaces
			out.write("# body: " + filing.body().replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ") + "\n");
		}
		// Commons CSV's own quoting (a comma, a quote, CR or LF in a field), so that the reader reads back what is written
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
		csv.printRecord("cell", "value", "unit");
		for (Fact fact : facts) {
			String value = fact.value().isBlank() ? "" : plain(fact.value().number(), fact.value().decimals());
			csv.printRecord(fact.address().toString(), value, fact.statedUnit() == null ? "" : fact.statedUnit());
		}
		csv.flush();
	}
}
