package io.formwork.lang.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.formwork.lang.generator.TemplateModel.Cell;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.semantics.Semantics;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.text.Escape;

/**
 * Generates the JSON Schema (draft 2020-12) of a template's JSON filings, the format of
 * io.formwork.filing's FORMATS.md: template and year of this template, a body, and facts whose {@code cell} is
 * one of the template's cells (spaces optional, as the reader accepts them), whose {@code value} is a number,
 * a printed figure, or null, and whose {@code unit}, where the cell has one, is a unit it converts from.
 */
final class SchemaGenerator {

	private final TemplateModel model;

	SchemaGenerator(TemplateModel model) {
		this.model = model;
	}

	String generate() {
		Plan plan = model.plan();
		Json json = new Json();
		json.open();
		json.field("$schema", "https://json-schema.org/draft/2020-12/schema");
		json.field("$id", "urn:formwork:template:" + plan.templateId() + ":filing");
		json.field("title", plan.titleZh() + " | " + plan.titleEn());
		json.field("description", "模板 " + plan.templateId() + " 的 JSON 填报（" + plan.year()
				+ " 年起）。 A JSON filing of template " + plan.templateId() + " (from " + plan.year() + ").");
		json.field("type", "object");
		json.raw("required", "[\"facts\"]");
		json.key("properties").open();
		json.key("template").open().raw("enum", "[" + Json.quote(plan.templateId()) + ", null]")
				.field("description", "模板 Template").close();
		json.key("year").open().raw("type", "[\"integer\", \"null\"]").raw("minimum", Integer.toString(plan.year()))
				.raw("maximum", "9999").field("description", "年度（四位数字） Year (four digits)").close();
		json.key("body").open().raw("type", "[\"string\", \"null\"]").raw("minLength", "1")
				.field("description", "填报机关 Reporting body").close();
		json.key("facts").open().field("type", "array").raw("items", "{\"$ref\": \"#/$defs/fact\"}").close();
		json.close();
		json.key("$defs").open();
		json.key("fact").open();
		json.field("type", "object");
		json.raw("required", "[\"cell\", \"value\"]");
		json.key("properties").open();
		json.key("cell").open().raw("$ref", "\"#/$defs/cell\"").close();
		json.key("value").open().raw("type", "[\"number\", \"string\", \"null\"]")
				.field("description", "数字、按印刷格式书写的数字（\"1,234\"、\"3.2816 万元\"）或 null（空白）。 "
						+ "A number, a figure as printed (\"1,234\", \"3.2816 万元\"), or null (blank).")
				.close();
		json.key("unit").open().field("type", "string").field("description", "填报单位 The unit the value is stated in")
				.close();
		json.close();
		List<String> units = unitRules();
		if (!units.isEmpty()) {
			json.raw("allOf", "[\n" + String.join(",\n", units) + "\n      ]");
		}
		json.close();
		json.key("cell").open();
		json.field("type", "string");
		json.field("description", "单元格地址 table[row, column] 或陈述名。 A cell address table[row, column] or a claim name.");
		json.key("anyOf").array();
		for (Cell cell : model.cells()) {
			json.element().field("title", cell.address().toString())
					.field("description", cell.spec().labelZh() + (cell.spec().labelEn() == null ? "" : " | " + cell.spec().labelEn()))
					.field("pattern", pattern(cell.address())).close();
		}
		json.endArray();
		json.close();
		json.close();
		json.close();
		return json.toString();
	}

	/** One if/then per unit: facts for cells counted in it may state only the units that convert to it. */
	private List<String> unitRules() {
		Map<String, List<Cell>> byUnit = new LinkedHashMap<>();
		for (Cell cell : model.cells()) {
			if (cell.spec().unit() != null) {
				byUnit.computeIfAbsent(cell.spec().unit(), u -> new ArrayList<>()).add(cell);
			}
		}
		Map<String, Plan.UnitConversion> conversions = model.plan().units();
		TreeSet<String> known = new TreeSet<>();
		conversions.values().forEach(c -> {
			known.add(c.unit());
			known.add(c.base());
		});
		known.addAll(byUnit.keySet());
		List<String> rules = new ArrayList<>();
		for (Map.Entry<String, List<Cell>> entry : byUnit.entrySet()) {
			String unit = entry.getKey();
			List<String> allowed = new ArrayList<>();
			for (String candidate : known) {
				if (candidate.equals(unit)
						|| Semantics.convert(BigDecimal.ONE, candidate, unit, conversions) != null) {
					allowed.add(Json.quote(candidate));
				}
			}
			List<String> patterns = entry.getValue().stream().map(c -> pattern(c.address())).toList();
			String any = "(" + String.join("|", patterns.stream().map(p -> p.substring(1, p.length() - 1)).toList()) + ")";
			rules.add("        {\"if\": {\"required\": [\"cell\", \"unit\"], \"properties\": {\"cell\": {\"pattern\": "
					+ Json.quote("^" + any + "$") + "}}}, \"then\": {\"properties\": {\"unit\": {\"enum\": ["
					+ String.join(", ", allowed) + "]}}}}");
		}
		return rules;
	}

	/** The addresses the reader accepts for a cell: spaces (any) around the codes. */
	static String pattern(CellAddress address) {
		String s = "\\s*";
		if (address.isClaim()) {
			return "^" + s + quoteRegex(address.row()) + s + "$";
		}
		return "^" + s + quoteRegex(address.table()) + s + "\\[" + s + quoteRegex(address.row()) + s + "," + s
				+ quoteRegex(address.column()) + s + "\\]" + s + "$";
	}

	private static String quoteRegex(String code) {
		StringBuilder out = new StringBuilder();
		for (char c : code.toCharArray()) {
			if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/** A small writer of indented JSON, keys in the order written (deterministic). */
	static final class Json {
		private final StringBuilder out = new StringBuilder(1 << 16);
		private int depth;
		private boolean first = true;
		private boolean pendingKey;

		Json open() {
			if (!pendingKey) {
				separate();
			}
			pendingKey = false;
			out.append('{');
			depth++;
			first = true;
			return this;
		}

		Json close() {
			depth--;
			newline();
			out.append('}');
			first = false;
			return this;
		}

		Json array() {
			pendingKey = false;
			out.append('[');
			depth++;
			first = true;
			return this;
		}

		Json endArray() {
			depth--;
			newline();
			out.append(']');
			first = false;
			return this;
		}

		Json element() {
			return open();
		}

		Json key(String key) {
			separate();
			out.append(quote(key)).append(": ");
			pendingKey = true;
			return this;
		}

		Json field(String key, String value) {
			key(key);
			pendingKey = false;
			out.append(quote(value));
			first = false;
			return this;
		}

		Json raw(String key, String json) {
			key(key);
			pendingKey = false;
			out.append(json);
			first = false;
			return this;
		}

		private void separate() {
			if (!first) {
				out.append(',');
			}
			if (depth > 0) {
				newline();
			}
			first = false;
		}

		private void newline() {
			out.append('\n');
			out.append("  ".repeat(Math.max(0, depth)));
		}

		static String quote(String text) {
			return Escape.jsonString(text);
		}

		@Override
		public String toString() {
			return out.toString() + "\n";
		}
	}
}
