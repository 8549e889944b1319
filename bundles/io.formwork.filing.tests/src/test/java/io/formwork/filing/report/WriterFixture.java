package io.formwork.filing.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.filing.CsvFilingReader;
import io.formwork.filing.Expected;
import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Severity;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Value;
import io.formwork.runtime.engine.Engine;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * A real validation run to write reports of: a small plan (table 3's balance for two columns, a claim, an
 * info rule; what the language compiles {@code templates/demo.form} to), the filings writers/a.json and
 * writers/b.csv read by the readers, and a spreadsheet-like filing whose facts are located by cell.
 */
final class WriterFixture {

	static final Path FOLDER = Expected.RESOURCES.resolve("writers");
	private static final String TEMPLATE = "templates/demo.form";
	private static final List<String> ROWS = List.of("received", "carried_in", "handled", "carried_over");

	private WriterFixture() {
	}

	static List<ValidationResult> results() {
		Engine engine = new Engine(plan());
		return List.of(engine.validate(new JsonFilingReader().read(FOLDER.resolve("a.json"))),
				engine.validate(new CsvFilingReader().read(FOLDER.resolve("b.csv"))), engine.validate(spreadsheet()));
	}

	/** Facts located by cell, as a spreadsheet reader reports them; the business column is not reported. */
	private static Filing spreadsheet() {
		String source = "reports/c.xlsx";
		Filing filing = new Filing(source).template("demo_2021").year(2021).body("示例区档案馆");
		int[] values = { 1, 0, 1, 1 };
		for (int i = 0; i < ROWS.size(); i++) {
			filing.add(Fact.of(CellAddress.cell("t3", ROWS.get(i), "natural"), Value.of(values[i]),
					Location.ofCell(source, "表3!C" + (5 + i))));
		}
		return filing;
	}

	static Plan plan() {
		Map<CellAddress, CellSpec> cells = new LinkedHashMap<>();
		for (String column : List.of("natural", "business")) {
			for (String row : ROWS) {
				CellAddress address = CellAddress.cell("t3", row, column);
				cells.put(address, new CellSpec(address, "requests_" + row, row, row, CellSpec.Kind.COUNT, "件", 0,
						false, null));
			}
		}
		CellAddress stated = CellAddress.claim("stated_requests");
		cells.put(stated, new CellSpec(stated, "requests_received", "本年新收申请", "Requests received",
				CellSpec.Kind.COUNT, "件", 0, false, null));
		List<RuleInstance> rules = new ArrayList<>();
		Map<String, String> zh = Map.of("natural", "自然人", "business", "商业企业");
		Map<String, String> en = Map.of("natural", "Natural persons", "business", "Commercial enterprises");
		for (String column : List.of("natural", "business")) {
			rules.add(named("收支平衡", "Balance of requests", rule("R1", Severity.ERROR, 20, column,
					compare("=", add(ref("received", column), ref("carried_in", column)),
							add(ref("handled", column), ref("carried_over", column))),
					"本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和（{column}：{left} ≠ {right}）",
					"In each column, item one plus item two equals item three plus item four ({column}: {left} ≠ {right})",
					Map.of("column", zh.get(column)), Map.of("column", en.get(column)))));
		}
		rules.add(rule("R2", Severity.WARNING, 26, "",
				compare("=", new Expr.Ref(stated, false, "[stated_requests]"),
						add(ref("received", "natural"), ref("received", "business"))),
				"正文所述新收申请 {left} 件，与表三合计 {right} 件不一致",
				"The text states {left} requests received, table 3 adds up to {right}", Map.of(), Map.of()));
		rules.add(rule("R3", Severity.INFO, 31, "",
				compare("<", ref("carried_over", "natural"), ref("received", "natural")),
				"结转下年的申请（{left}）不少于本年新收（{right}）",
				"More requests carried over ({left}) than received ({right})", Map.of(), Map.of()));
		return new Plan("demo_2021", 2021, "示例模板", "Demo template", TEMPLATE, cells, Map.of(), rules);
	}

	private static RuleInstance rule(String id, Severity severity, int line, String instance, Expr assertion,
			String messageZh, String messageEn, Map<String, String> labelsZh, Map<String, String> labelsEn) {
		return new RuleInstance(id, severity, Location.of(TEMPLATE, line, 2), assertion.toString(), instance, null,
				assertion, null, null, false, messageZh,
				messageEn, labelsZh, labelsEn, Map.of());
	}

	private static RuleInstance named(String titleZh, String titleEn, RuleInstance r) {
		return new RuleInstance(r.ruleId(), r.severity(), r.location(), r.text(), r.instance(), r.condition(),
				r.assertion(), r.tolerance(), r.printed(), r.blankAsZero(), r.messageZh(), r.messageEn(), r.labelsZh(),
				r.labelsEn(), r.operandsByCode(), titleZh, titleEn);
	}

	private static Expr ref(String row, String column) {
		return new Expr.Ref(CellAddress.cell("t3", row, column), false, "[" + row + "]");
	}

	private static Expr add(Expr left, Expr right) {
		return new Expr.Arithmetic("+", left, right);
	}

	private static Expr compare(String op, Expr left, Expr right) {
		return new Expr.Compare(op, left, right);
	}
}
