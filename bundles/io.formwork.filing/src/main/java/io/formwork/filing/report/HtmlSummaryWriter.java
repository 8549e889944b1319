package io.formwork.filing.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.formwork.filing.set.SetReport;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.Hierarchy;
import io.formwork.runtime.text.Escape;

/**
 * The summary of a set of filings as one self-contained HTML page (inline CSS and SVG, no script, nothing
 * fetched): totals; a chart of errors, warnings and what could not be assessed, body by body and year by year;
 * a table by body and one by rule; the consolidation imbalances cell by cell; the filings missing; then every
 * failed finding, filing by filing. Headings in Chinese and English; findings in the chosen language. Same
 * report, same bytes.
 */
public final class HtmlSummaryWriter {

	private static final String ERROR_COLOUR = "#c0392b";
	private static final String WARNING_COLOUR = "#e69b00";
	private static final String NOT_ASSESSABLE_COLOUR = "#9aa5b1";

	private final Language language;

	public HtmlSummaryWriter(Language language) {
		this.language = language;
	}

	/** Counts of one filing, or of a body over all years. */
	private record Counts(long errors, long warnings, long notAssessable) {
		static Counts of(ValidationResult result) {
			return new Counts(result.errors(), result.warnings(), result.notAssessable());
		}

		long total() {
			return errors + warnings + notAssessable;
		}
	}

	public void write(SetReport report, Writer out) throws IOException {
		StringBuilder html = new StringBuilder();
		boolean zh = language == Language.ZH;
		html.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<title>").append(esc(report.name())).append(" — ").append(zh ? "校验汇总" : "validation summary")
				.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		html.append("<h1>").append(esc(report.name())).append("</h1>\n");
		html.append("<p class=\"sub\">").append(zh ? "政府信息公开工作年度报告校验汇总 · Validation summary" : "Validation summary · 校验汇总")
				.append(" · ").append(years(report)).append("</p>\n");
		totals(report, html);
		chart(report, html);
		byBody(report, html);
		byRule(report, html);
		imbalances(report, html);
		missing(report, html);
		details(report, html);
		html.append("<footer>").append(zh ? "由 formwork validate --set 生成。" : "Written by formwork validate --set.")
				.append(" ").append(zh ? "“无法评估”：规则所需数值空白或缺上年填报，不算错误。"
						: "“Not assessable”: a figure the rule needs is blank, or last year's filing is missing; not an error.")
				.append("</footer>\n</body>\n</html>\n");
		out.write(html.toString());
		out.flush();
	}

	// ------------------------------------------------------------------ sections

	private void totals(SetReport report, StringBuilder html) {
		long errors = 0;
		long warnings = 0;
		long notAssessable = 0;
		for (SetReport.Item item : report.items()) {
			errors += item.result().errors();
			warnings += item.result().warnings();
			notAssessable += item.result().notAssessable();
		}
		html.append("<div class=\"totals\">\n");
		tile(html, "" + report.items().size(), "份填报", "filings", "#34495e");
		tile(html, "" + errors, "个错误", "errors", ERROR_COLOUR);
		tile(html, "" + warnings, "个警告", "warnings", WARNING_COLOUR);
		tile(html, "" + notAssessable, "项无法评估", "not assessable", NOT_ASSESSABLE_COLOUR);
		tile(html, "" + report.missing().size(), "份缺报", "missing", "#7f8c8d");
		html.append("</div>\n");
	}

	private static void tile(StringBuilder html, String number, String zh, String en, String colour) {
		html.append("<div class=\"tile\" style=\"border-top-color:").append(colour).append("\"><b>").append(number)
				.append("</b><span>").append(zh).append("<br>").append(en).append("</span></div>\n");
	}

	/**
	 * Horizontal bars: per body, one bar per year, its errors and warnings; what could not be assessed (a blank
	 * figure, no filing of last year) is only counted beside the bar, since it is not a problem of the filing.
	 */
	private void chart(SetReport report, StringBuilder html) {
		html.append("<h2>问题分布 · Findings by body and year</h2>\n");
		List<Row> rows = rows(report);
		long max = 1;
		for (Row row : rows) {
			for (Counts counts : row.byYear().values()) {
				max = Math.max(max, counts == null ? 0 : counts.errors() + counts.warnings());
			}
		}
		int labelWidth = 230;
		int barWidth = 360;
		int naColumn = labelWidth + barWidth + 170;
		int bar = 13;
		int gap = 4;
		int perYear = bar + gap;
		int y = 28;
		StringBuilder body = new StringBuilder();
		for (Row row : rows) {
			int height = report.years().size() * perYear + 6;
			body.append("<text x=\"").append(8 + 14 * row.depth()).append("\" y=\"").append(y + height / 2 + 2)
					.append("\" class=\"name\">").append(esc(row.name())).append("</text>\n");
			int yy = y;
			for (int year : report.years()) {
				Counts counts = row.byYear().get(year);
				body.append("<text x=\"").append(labelWidth - 4).append("\" y=\"").append(yy + bar - 3)
						.append("\" class=\"year\" text-anchor=\"end\">").append(year).append("</text>\n");
				if (counts == null) {
					body.append("<text x=\"").append(labelWidth + 4).append("\" y=\"").append(yy + bar - 3)
							.append("\" class=\"gone\">").append(language == Language.ZH ? "缺报 missing" : "missing 缺报")
							.append("</text>\n");
				} else {
					double x = labelWidth;
					x = segment(body, x, yy, bar, counts.errors(), max, barWidth, ERROR_COLOUR);
					x = segment(body, x, yy, bar, counts.warnings(), max, barWidth, WARNING_COLOUR);
					if (counts.errors() + counts.warnings() == 0) {
						body.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(yy + bar / 2 - 1)
								.append("\" width=\"6\" height=\"2\" fill=\"#2e8b57\"/>\n");
						x += 6;
					}
					body.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(yy + bar - 3).append("\" class=\"count\">")
							.append(language == Language.ZH ? counts.errors() + " 错误 · " + counts.warnings() + " 警告"
									: counts.errors() + " err. · " + counts.warnings() + " warn.")
							.append("</text><text x=\"").append(naColumn).append("\" y=\"").append(yy + bar - 3)
							.append("\" class=\"na\" text-anchor=\"end\">").append(counts.notAssessable()).append("</text>\n");
				}
				yy += perYear;
			}
			body.append("<line x1=\"0\" x2=\"").append(naColumn + 10).append("\" y1=\"").append(y + height - 2)
					.append("\" y2=\"").append(y + height - 2).append("\" class=\"rule\"/>\n");
			y += height;
		}
		int width = naColumn + 20;
		String naHeading = language == Language.ZH ? "无法评估" : "n/a";
		html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"")
				.append(y + 6).append("\" viewBox=\"0 0 ").append(width).append(' ').append(y + 6).append("\">\n")
				.append("<title>").append(language == Language.ZH ? "各单位各年度的错误、警告与无法评估项"
						: "Errors, warnings and not assessable findings by body and year")
				.append("</title>\n");
		legend(html, labelWidth);
		html.append("<text x=\"").append(naColumn).append("\" y=\"16\" class=\"na\" text-anchor=\"end\">")
				.append(naHeading).append("</text>\n");
		html.append(body).append("</svg>\n");
	}

	private static void legend(StringBuilder html, int x) {
		int at = x;
		String[][] items = { { ERROR_COLOUR, "错误 errors" }, { WARNING_COLOUR, "警告 warnings" } };
		for (String[] item : items) {
			html.append("<rect x=\"").append(at).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(item[0])
					.append("\"/><text x=\"").append(at + 16).append("\" y=\"16\" class=\"legend\">").append(item[1])
					.append("</text>\n");
			at += 150;
		}
	}

	private static double segment(StringBuilder svg, double x, int y, int height, long count, long max, int width,
			String colour) {
		if (count == 0) {
			return x;
		}
		double w = Math.max(2, width * (double) count / max);
		svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
				.append("\" height=\"").append(height).append("\" fill=\"").append(colour).append("\"/>\n");
		return x + w;
	}

	private static String fmt(double value) {
		return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
	}

	private void byBody(SetReport report, StringBuilder html) {
		html.append("<h2>按单位 · By body</h2>\n<table>\n<thead><tr><th>单位 Body</th>");
		for (int year : report.years()) {
			html.append("<th colspan=\"4\">").append(year).append("</th>");
		}
		html.append("</tr><tr><th></th>");
		for (int ignored : report.years()) {
			html.append("<th>模板 template</th><th class=\"n\">错误 err.</th><th class=\"n\">警告 warn.</th><th class=\"n\">无法评估 n/a</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (Row row : rows(report)) {
			html.append("<tr><td style=\"padding-left:").append(6 + 18 * row.depth()).append("px\">").append(esc(row.name()))
					.append(" <span class=\"code\">").append(esc(row.code())).append("</span></td>");
			for (int year : report.years()) {
				Counts counts = row.byYear().get(year);
				if (counts == null) {
					html.append("<td colspan=\"4\" class=\"gone\">").append(language == Language.ZH ? "缺报" : "missing").append("</td>");
					continue;
				}
				html.append("<td>").append(esc(row.templates().get(year))).append("</td>")
						.append(cell(counts.errors(), "err")).append(cell(counts.warnings(), "warn"))
						.append(cell(counts.notAssessable(), "na"));
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	private static String cell(long count, String kind) {
		return "<td class=\"n" + (count > 0 ? " " + kind : "") + "\">" + count + "</td>";
	}

	/** Per rule: how many filings fail it (and are not assessable), each year, and which bodies fail. */
	private void byRule(SetReport report, StringBuilder html) {
		Map<String, Severity> severities = new TreeMap<>(HtmlSummaryWriter::compareRules);
		Map<String, Map<Integer, long[]>> counts = new TreeMap<>(HtmlSummaryWriter::compareRules);
		Map<String, Set<String>> failing = new TreeMap<>(HtmlSummaryWriter::compareRules);
		for (SetReport.Item item : report.items()) {
			Map<String, boolean[]> seen = new LinkedHashMap<>();
			for (Finding finding : item.result().findings()) {
				severities.putIfAbsent(finding.ruleId(), finding.severity());
				boolean[] flags = seen.computeIfAbsent(finding.ruleId(), k -> new boolean[2]);
				if (finding.status() == Status.FAIL) {
					flags[0] = true;
				} else if (finding.status() == Status.NOT_ASSESSABLE) {
					flags[1] = true;
				}
			}
			for (Map.Entry<String, boolean[]> entry : seen.entrySet()) {
				long[] perYear = counts.computeIfAbsent(entry.getKey(), k -> new TreeMap<>()).computeIfAbsent(item.year(),
						k -> new long[2]);
				if (entry.getValue()[0]) {
					perYear[0]++;
					failing.computeIfAbsent(entry.getKey(), k -> new LinkedHashSet<>()).add(bodyName(report, item) + " " + item.year());
				}
				if (entry.getValue()[1]) {
					perYear[1]++;
				}
			}
		}
		html.append("<h2>按规则 · By rule</h2>\n<p class=\"note\">")
				.append(language == Language.ZH ? "每格：不通过的填报份数 / 无法评估的填报份数。" : "Each cell: filings failing the rule / filings where it is not assessable.")
				.append("</p>\n<table>\n<thead><tr><th>规则 Rule</th><th>级别 Severity</th>");
		for (int year : report.years()) {
			html.append("<th class=\"n\">").append(year).append("</th>");
		}
		html.append("<th>不通过的单位 Failing</th></tr></thead>\n<tbody>\n");
		for (Map.Entry<String, Map<Integer, long[]>> rule : counts.entrySet()) {
			Severity severity = severities.get(rule.getKey());
			html.append("<tr><td><b>").append(esc(rule.getKey())).append("</b>")
					.append(rule.getKey().equals(report.aggregationRule()) ? " <span class=\"code\">" + (language == Language.ZH ? "汇总" : "consolidation") + "</span>" : "")
					.append("</td><td>").append(language == Language.ZH ? severity.zh : severity.en).append("</td>");
			for (int year : report.years()) {
				long[] c = rule.getValue().get(year);
				if (c == null) {
					html.append("<td class=\"n\">—</td>");
				} else {
					html.append("<td class=\"n").append(c[0] > 0 ? severity == Severity.ERROR ? " err" : " warn" : "").append("\">")
							.append(c[0]).append(" / ").append(c[1]).append("</td>");
				}
			}
			Set<String> bodies = failing.getOrDefault(rule.getKey(), Set.of());
			html.append("<td>").append(esc(String.join(language == Language.ZH ? "、" : ", ", bodies))).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	private void imbalances(SetReport report, StringBuilder html) {
		if (report.aggregationRule() == null) {
			return;
		}
		html.append("<h2>汇总不平衡 · Consolidation imbalances</h2>\n");
		List<String> rows = new ArrayList<>();
		for (SetReport.Item item : report.items()) {
			for (Finding finding : item.result().findings()) {
				if (finding.ruleId().equals(report.aggregationRule()) && finding.status() != Status.PASS
						&& finding.difference() != null) {
					rows.add("<tr><td>" + item.year() + "</td><td>" + esc(bodyName(report, item)) + "</td><td><code>"
							+ esc(finding.instance()) + "</code></td><td class=\"n\">" + plain(finding.left())
							+ "</td><td class=\"n\">" + plain(finding.right()) + "</td><td class=\"n err\">"
							+ plain(finding.difference()) + "</td><td>" + esc(finding.message(language)) + "</td></tr>\n");
				} else if (finding.ruleId().equals(report.aggregationRule()) && finding.status() == Status.NOT_ASSESSABLE
						&& finding.instance().isEmpty()) {
					rows.add("<tr><td>" + item.year() + "</td><td>" + esc(bodyName(report, item))
							+ "</td><td colspan=\"5\" class=\"gone\">" + esc(finding.message(language)) + "</td></tr>\n");
				}
			}
		}
		if (rows.isEmpty()) {
			html.append("<p>").append(language == Language.ZH ? "各汇总报告均等于其下级之和。" : "Every consolidated report equals the sum of its children's.").append("</p>\n");
			return;
		}
		html.append("<table>\n<thead><tr><th>年度 Year</th><th>单位 Body</th><th>单元格 Cell</th><th class=\"n\">填报 Reported</th>")
				.append("<th class=\"n\">下级合计 Children</th><th class=\"n\">差额 Imbalance</th><th>说明 Detail</th></tr></thead>\n<tbody>\n");
		rows.forEach(html::append);
		html.append("</tbody>\n</table>\n");
	}

	private void missing(SetReport report, StringBuilder html) {
		if (report.missing().isEmpty()) {
			return;
		}
		html.append("<h2>缺报 · Missing filings</h2>\n<ul>\n");
		for (SetReport.Missing gone : report.missing()) {
			Hierarchy.Body body = report.hierarchy().body(gone.body());
			html.append("<li>").append(gone.year()).append(" ").append(esc(body == null ? gone.body() : body.name(language)))
					.append(" <span class=\"code\">").append(esc(gone.body())).append("</span></li>\n");
		}
		html.append("</ul>\n");
	}

	/** Every problem and failed finding, filing by filing (those with none are not listed). */
	private void details(SetReport report, StringBuilder html) {
		html.append("<h2>问题明细 · Findings, filing by filing</h2>\n");
		boolean any = false;
		for (SetReport.Item item : report.items()) {
			ValidationResult result = item.result();
			List<String> lines = new ArrayList<>();
			for (Problem problem : result.problems()) {
				lines.add(line(problem.severity(), problem.code(), problem.location() == null ? "" : problem.location().toString(),
						problem.message(language)));
			}
			for (Finding finding : result.findings()) {
				if (finding.status() == Status.FAIL) {
					lines.add(line(finding.severity(), finding.ruleId(),
							finding.filingLocation() == null ? "" : finding.filingLocation().toString(), finding.message(language)));
				}
			}
			if (lines.isEmpty()) {
				continue;
			}
			any = true;
			html.append("<h3>").append(item.year() == 0 ? "" : item.year() + " ").append(esc(bodyName(report, item)))
					.append(" <span class=\"code\">").append(esc(result.filing().source())).append("</span></h3>\n<ul class=\"findings\">\n");
			lines.forEach(html::append);
			html.append("</ul>\n");
		}
		if (!any) {
			html.append("<p>").append(language == Language.ZH ? "没有问题。" : "No problem found.").append("</p>\n");
		}
	}

	private String line(Severity severity, String code, String where, String message) {
		String kind = severity == Severity.ERROR ? "err" : severity == Severity.WARNING ? "warn" : "na";
		return "<li><span class=\"badge " + kind + "\">" + (language == Language.ZH ? severity.zh : severity.en) + "</span> <b>"
				+ esc(code) + "</b> " + esc(message) + (where.isEmpty() ? "" : " <span class=\"where\">" + esc(where) + "</span>")
				+ "</li>\n";
	}

	// ------------------------------------------------------------------ rows and helpers

	/** A body's line: its place in the hierarchy and its counts by year (null where it did not file). */
	private record Row(String code, String name, int depth, Map<Integer, Counts> byYear, Map<Integer, String> templates) {
	}

	private List<Row> rows(SetReport report) {
		List<Row> rows = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		for (Hierarchy.Body body : report.hierarchy().bodies()) {
			placed.add(body.code());
			rows.add(row(report, body.code(), body.name(language), report.hierarchy().depth(body.code())));
		}
		for (SetReport.Item item : report.items()) {
			if (item.body() != null && placed.add(item.body())) {
				rows.add(row(report, item.body(), item.body(), 0));
			}
		}
		return rows;
	}

	private static Row row(SetReport report, String code, String name, int depth) {
		Map<Integer, Counts> byYear = new TreeMap<>();
		Map<Integer, String> templates = new TreeMap<>();
		for (SetReport.Item item : report.items()) {
			if (code.equals(item.body())) {
				byYear.put(item.year(), Counts.of(item.result()));
				templates.put(item.year(), item.template());
			}
		}
		return new Row(code, name, depth, byYear, templates);
	}

	private String bodyName(SetReport report, SetReport.Item item) {
		if (item.body() == null) {
			return item.result().filing().source();
		}
		Hierarchy.Body body = report.hierarchy().body(item.body());
		return body == null ? item.body() : body.name(language);
	}

	private static String years(SetReport report) {
		if (report.years().isEmpty()) {
			return "";
		}
		int first = report.years().get(0);
		int last = report.years().get(report.years().size() - 1);
		return first == last ? "" + first : first + "—" + last;
	}

	/** R1 before R2 before R10; AGG and others after, by name. */
	private static int compareRules(String a, String b) {
		String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
		String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
					: x[i].compareTo(y[i]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	private static String plain(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

	static String esc(String text) {
		return Escape.html(text);
	}

	private static final String CSS = """
			body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
			h1{font-size:24px;margin:0 0 4px}
			h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
			h3{font-size:15px;margin:16px 0 4px}
			.sub{color:#666;margin:0 0 16px}
			.totals{display:flex;gap:12px;flex-wrap:wrap}
			.tile{border:1px solid #ddd;border-top:4px solid;padding:8px 14px;min-width:120px;display:flex;gap:10px;align-items:center}
			.tile b{font-size:26px}
			.tile span{font-size:12px;color:#555;line-height:1.3}
			table{border-collapse:collapse;font-size:13px;margin:4px 0}
			th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
			th{background:#f4f6f8}
			td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
			td.err{color:#fff;background:#c0392b}
			td.warn{background:#f7d794}
			td.na{color:#555}
			td.gone,.gone{color:#7f8c8d;font-style:italic}
			.code{color:#888;font-size:11px;font-family:monospace}
			.note{color:#666;font-size:12px;margin:0}
			ul.findings{font-size:13px;padding-left:18px}
			ul.findings li{margin:3px 0}
			.badge{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;color:#fff}
			.badge.err{background:#c0392b}.badge.warn{background:#e69b00}.badge.na{background:#9aa5b1}
			.where{color:#888;font-size:11px;font-family:monospace}
			svg text{font-size:12px;fill:#333}
			svg text.year{fill:#777;font-size:11px}
			svg text.count{fill:#555;font-size:11px}
			svg text.na{fill:#9aa5b1;font-size:11px}
			svg text.gone{fill:#7f8c8d;font-style:italic;font-size:11px}
			svg line.rule{stroke:#eee}
			footer{margin-top:32px;color:#888;font-size:12px}
			""";
}
