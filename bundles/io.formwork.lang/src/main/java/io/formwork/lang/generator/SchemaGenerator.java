package io.formwork.lang.generator;

import static io.formwork.lang.generator.Text.fill;
import static io.formwork.lang.generator.Text.indent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.formwork.lang.generator.TemplateModel.Cell;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.semantics.Semantics;
import io.formwork.runtime.text.Escape;

/**
 * Generates the JSON Schema (draft 2020-12) of a template's JSON filings, the format of
 * io.formwork.filing's FORMATS.md: template and year of this template, a body, and facts whose {@code cell} is
 * one of the template's cells (spaces optional, as the reader accepts them), whose {@code value} is a number,
 * a printed figure, or null, and whose {@code unit}, where the cell has one, is a unit it converts from.
 */
final class SchemaGenerator {

	private static final String VALUE = "数字、按印刷格式书写的数字（\"1,234\"、\"3.2816 万元\"）或 null（空白）。 "
			+ "A number, a figure as printed (\"1,234\", \"3.2816 万元\"), or null (blank).";

	private final TemplateModel model;

	SchemaGenerator(TemplateModel model) {
		this.model = model;
	}

	String generate() {
		Plan plan = model.plan();
		return fill("""
				{
				  "$schema": "https://json-schema.org/draft/2020-12/schema",
				  "$id": %s,
				  "title": %s,
				  "description": %s,
				  "type": "object",
				  "required": ["facts"],
				  "properties": {
				    "template": {
				      "enum": [%s, null],
				      "description": "模板 Template"
				    },
				    "year": {
				      "type": ["integer", "null"],
				      "minimum": %s,
				      "maximum": 9999,
				      "description": "年度（四位数字） Year (four digits)"
				    },
				    "body": {
				      "type": ["string", "null"],
				      "minLength": 1,
				      "description": "填报机关 Reporting body"
				    },
				    "facts": {
				      "type": "array",
				      "items": {"$ref": "#/$defs/fact"}
				    }
				  },
				  "$defs": {
				%s,
				%s
				  }
				}
				""", quote("urn:formwork:template:" + plan.templateId() + ":filing"),
				quote(plan.titleZh() + " | " + plan.titleEn()),
				quote("模板 " + plan.templateId() + " 的 JSON 填报（" + plan.year() + " 年起）。 A JSON filing of template "
						+ plan.templateId() + " (from " + plan.year() + ")."),
				quote(plan.templateId()), plan.year(), indent(fact(), "    "), indent(cell(), "    "));
	}

	/** A fact: a cell, a value, a unit, and the units each cell's facts may state. */
	private String fact() {
		List<String> units = unitRules();
		return fill("""
				"fact": {
				  "type": "object",
				  "required": ["cell", "value"],
				  "properties": {
				    "cell": {
				      "$ref": "#/$defs/cell"
				    },
				    "value": {
				      "type": ["number", "string", "null"],
				      "description": %s
				    },
				    "unit": {
				      "type": "string",
				      "description": "填报单位 The unit the value is stated in"
				    }
				  }%s
				}""", quote(VALUE), units.isEmpty() ? "" : fill("""
				,
				  "allOf": [
				%s
				  ]""", indent(String.join(",\n", units), "    ")));
	}

	/** A cell: one of the template's cell addresses. */
	private String cell() {
		List<String> cells = model.cells().stream().map(this::address).toList();
		return fill("""
				"cell": {
				  "type": "string",
				  "description": "单元格地址 table[row, column] 或陈述名。 A cell address table[row, column] or a claim name.",
				  "anyOf": [
				%s  ]
				}""", cells.isEmpty() ? "" : indent(String.join(",\n", cells), "    ") + "\n");
	}

	/** One cell address: its name, its labels, and the spellings the reader accepts. */
	private String address(Cell cell) {
		return fill("""
				{
				  "title": %s,
				  "description": %s,
				  "pattern": %s
				}""", quote(cell.address().toString()), quote(cell.spec().labelZh()
				+ (cell.spec().labelEn() == null ? "" : " | " + cell.spec().labelEn())), quote(pattern(cell.address())));
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
		byUnit.forEach((unit, cells) -> {
			List<String> allowed = new ArrayList<>();
			for (String candidate : known) {
				if (candidate.equals(unit) || Semantics.convert(BigDecimal.ONE, candidate, unit, conversions) != null) {
					allowed.add(quote(candidate));
				}
			}
			List<String> patterns = cells.stream().map(c -> pattern(c.address())).toList();
			rules.add(unitRule(patterns.stream().map(p -> p.substring(1, p.length() - 1)).toList(), allowed));
		});
		return rules;
	}

	/** Facts for cells of one of the patterns (anchors removed) may state only the units allowed. */
	private static String unitRule(List<String> patterns, List<String> allowed) {
		return fill("""
				{"if": {"required": ["cell", "unit"], "properties": {"cell": {"pattern": %s}}}, \
				"then": {"properties": {"unit": {"enum": [%s]}}}}\
				""", quote("^(" + String.join("|", patterns) + ")$"), String.join(", ", allowed));
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

	/** A JSON string. */
	private static String quote(String text) {
		return Escape.jsonString(text);
	}
}
