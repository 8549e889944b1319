package io.formwork.lang.generator;

import static io.formwork.lang.generator.Text.each;
import static io.formwork.lang.generator.Text.fill;
import static io.formwork.lang.generator.Text.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.DimensionItem;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Tolerance;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.generator.TemplateModel.Cell;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;
import io.formwork.runtime.text.Escape;

/**
 * Generates the HTML documentation of a template, Chinese first and English beside it: its sections and
 * narrative parts with the figures they state, its tables as printed (merged column headings, heading rows,
 * every cell's address, calculated and unreported cells), every indicator with its definition, and every rule
 * as written with its scope, condition, tolerance and messages. One self-contained page, no scripts.
 */
final class HtmlGenerator {

	private static final String STYLE = """
			body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:80em;padding:0 1em;color:#222;line-height:1.5}
			.en{color:#555;font-size:.9em}
			.aka{color:#555;font-size:.85em}
			h1 .en,h2 .en,h3 .en{display:block}
			code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.9em;background:#f4f4f4;padding:0 .2em}
			table{border-collapse:collapse;margin:.5em 0 1.5em}
			th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top}
			thead th{background:#eef}
			table.grid td.cell{min-width:5em;color:#888;font-size:.75em}
			table.grid td.calculated{background:#f6f6e8}
			table.grid td.unreported{background:#ddd;text-align:center}
			table.grid tr.heading th{text-align:left;background:#f8f8f8}
			.meta{color:#444}
			.rule{border-left:4px solid #99c;padding-left:1em;margin:1em 0}
			.error{color:#b00}.warning{color:#a60}.info{color:#06a}
			pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}
			""";

	private final TemplateModel model;

	HtmlGenerator(TemplateModel model) {
		this.model = model;
	}

	String generate() {
		Template template = model.template();
		Plan plan = model.plan();
		List<Section> sections = template.getMembers().stream().filter(Section.class::isInstance)
				.map(Section.class::cast).toList();
		return fill("""
				<!DOCTYPE html>
				<html lang="zh">
				<head>
				<meta charset="utf-8">
				<meta name="generator" content="Formwork">
				<title>%s | %s</title>
				<style>
				%s</style>
				</head>
				<body>
				<header>
				<h1>%1$s <span class="en" lang="en">%2$s</span></h1>
				<p class="meta">%s</p>
				<nav><ul>
				%s\
				<li><a href="#indicators">指标 Indicators</a></li>
				<li><a href="#rules">规则 Rules</a></li>
				<li><a href="#units">单位 Units</a></li>
				</ul></nav>
				</header>
				<main>
				%s%s%s%s\
				</main>
				</body>
				</html>
				""", esc(plan.titleZh()), esc(plan.titleEn()), STYLE, meta(template, plan),
				each(sections, section -> fill("<li><a href=\"#section-%s\">%s</a></li>\n", esc(section.getName()),
						esc(zh(section.getLabel(), section.getName())))),
				each(sections, section -> section(section, 2)), indicators(), rules(), units());
	}

	/** What the template is: its id, first year, period, the template it revises, blank as zero, its file. */
	private String meta(Template template, Plan plan) {
		String period = template.getPeriod() == null ? "" : " · 周期 period " + esc(template.getPeriod().getLiteral());
		String revises = template.getRevises() == null || template.getRevises().eIsProxy() ? ""
				: " · 修订 revises " + code(template.getRevises().getName());
		String blank = when(template.isBlankAsZero(), " · 空白按零 blank means zero");
		return fill("模板 Template %s · %s 年起 from %2$s%s%s%s · 来源 source %s", code(plan.templateId()), plan.year(),
				period, revises, blank, code(model.sourceName()));
	}

	// ------------------------------------------------------------------ sections, narratives, tables

	private String section(Section section, int level) {
		int h = Math.min(level, 6);
		return fill("""
				<section id="section-%s">
				<h%s>%s</h%2$s>
				%s\
				</section>
				""", esc(section.getName()), h, labelHtml(section.getLabel(), section.getName()),
				each(section.getParts(), part -> part instanceof Section sub ? section(sub, level + 1)
						: part instanceof Narrative narrative ? narrative(narrative, Math.min(h + 1, 6))
						: part instanceof Table table ? table(table, Math.min(h + 1, 6)) : ""));
	}

	private String narrative(Narrative narrative, int h) {
		int min = narrative.getMinLength();
		return fill("""
				<div class="narrative" id="narrative-%s">
				<h%s>%s</h%2$s>
				<p class="meta">叙述 Narrative <code>%1$s</code>%s%s</p>
				%s\
				</div>
				""", esc(narrative.getName()), h, labelHtml(narrative.getLabel(), narrative.getName()),
				when(narrative.isRequired(), " · 必填 required"),
				when(min > 0, fill(" · 至少 %s 字 at least %1$s characters", min)),
				narrative.getClaims().isEmpty() ? "" : claims(narrative.getClaims()));
	}

	/** The claims of a narrative: what each reads from its text, and with which phrases. */
	private static String claims(List<Claim> claims) {
		return fill("""
				<table>
				<thead><tr><th>陈述 Claim</th><th>名称 Label</th><th>指标 Indicator</th><th>措辞 Phrases</th></tr></thead>
				<tbody>
				%s\
				</tbody>
				</table>
				""", each(claims, HtmlGenerator::claim));
	}

	private static String claim(Claim claim) {
		Indicator indicator = claim.getIndicator();
		return fill("""
				<tr><td><code>%s</code></td><td>%s</td><td><a href="#indicator-%s"><code>%3$s</code></a></td><td>%s</td></tr>
				""", esc(claim.getName()), labelHtml(claim.getLabel(), claim.getName()),
				esc(indicator.getName()),
				String.join("<br>", claim.getPhrases().stream().map(phrase -> code(phrase)).toList()));
	}

	/** A header node: a column group or dimension member group over data lines, or a data line itself. */
	private record Node(String zh, String en, String code, List<Node> children, Object line) {
		int width() {
			return children.isEmpty() ? 1 : children.stream().mapToInt(Node::width).sum();
		}

		int depth() {
			return 1 + children.stream().mapToInt(Node::depth).max().orElse(0);
		}

		/** The English label, when it says something the Chinese does not. */
		String english(String before) {
			return en != null && !en.equals(zh) ? before + "<span class=\"en\" lang=\"en\">" + esc(en) + "</span>" : "";
		}
	}

	private String table(Table table, int h) {
		List<Grids.AxisLine> columnLines = Grids.lines(table.getColumns());
		return fill("""
				<div class="table" id="table-%s">
				<h%s>表 Table <code>%1$s</code> %s</h%2$s>
				%s\
				<table class="grid">
				<thead>
				%s\
				</thead>
				<tbody>
				%s\
				</tbody>
				</table>
				%s\
				</div>
				""", esc(table.getName()), h, labelHtml(table.getLabel(), table.getName()),
				table.getNote() == null ? "" : fill("<p class=\"note\">注 Note: %s</p>\n", labelHtml(table.getNote(), "")),
				columnHeads(axisNodes(table.getColumns())),
				rows(table, axisNodes(table.getRows()), Grids.lines(table.getRows()), columnLines, 0),
				when(!table.getUnreported().isEmpty(), fill("<p class=\"meta\">不填报的单元格 Unreported cells: %s</p>\n", String.join(", ", table.getUnreported().stream().map(ref -> code(text(ref))).toList()))));
	}

	/** The column headings, a row per level: a group spans its columns, a column the levels below it. */
	private static String columnHeads(List<Node> columns) {
		int depth = columns.stream().mapToInt(Node::depth).max().orElse(1);
		List<List<Node>> levels = new ArrayList<>();
		for (int i = 0; i < depth; i++) {
			levels.add(new ArrayList<>());
		}
		collectLevels(columns, 0, levels);
		return each(0, depth, level -> fill("<tr>%s%s</tr>\n", 
				when(level == 0, fill("<th rowspan=\"%s\"></th>", depth)),
				each(levels.get(level), node -> columnHead(node, depth - level))));
	}

	/** A column heading, {@code below} levels above the data (itself included). */
	private static String columnHead(Node node, int below) {
		return fill("<th%s%s>%s%s%s<br><code>%s</code></th>", 
				when(node.width() > 1, fill(" colspan=\"%s\"", node.width())),
				when(node.children().isEmpty() && below > 1, fill(" rowspan=\"%s\"", below)), esc(node.zh()),
				node.english("<br>"), akaHtml(node.line(), "<br>"), esc(node.code()));
	}

	private static void collectLevels(List<Node> nodes, int level, List<List<Node>> levels) {
		for (Node node : nodes) {
			levels.get(level).add(node);
			collectLevels(node.children(), level + 1, levels);
		}
	}

	/** The rows: a heading row for a group, then its rows indented; a data row per line, a cell per column. */
	private String rows(Table table, List<Node> rows, List<Grids.AxisLine> rowLines, List<Grids.AxisLine> columns,
			int indent) {
		double padding = 0.5 + indent * 1.5;
		return each(rows, node -> !node.children().isEmpty() || node.line() == null ? fill("""
				<tr class="heading"><th colspan="%s" style="padding-left:%sem">%s%s <code>%s</code></th></tr>
				""", columns.size() + 1, padding, esc(node.zh()), node.english(" "), esc(node.code()))
				+ rows(table, node.children(), rowLines, columns, indent + 1) : fill("""
				<tr><th style="text-align:left;padding-left:%sem">%s%s%s <code>%s</code></th>%s</tr>
				""", padding, esc(node.zh()), node.english("<br>"), akaHtml(node.line(), "<br>"),
				esc(node.code()), dataCells(table, rowLines.stream().filter(l -> l.leaf() == node.line()).findFirst()
						.orElse(null), columns)));
	}

	/** The cells of a data row: its address, its formula when calculated, or a dash when not reported. */
	private String dataCells(Table table, Grids.AxisLine row, List<Grids.AxisLine> columns) {
		return each(columns, column -> {
			CellAddress address = row == null ? null : CellAddress.cell(table.getName(), row.code(), column.code());
			Cell cell = address == null ? null : model.cell(address);
			if (cell == null) {
				return "<td class=\"unreported\" title=\"不填报 not reported\">—</td>";
			}
			if (cell.spec().formula() != null) {
				return fill("<td class=\"cell calculated\" title=\"%s\">= %s</td>", esc(address.toString()),
						esc(cell.spec().formula().toString()));
			}
			return fill("<td class=\"cell\" title=\"%s\">%s</td>", esc(address.toString()),
					esc(row.code() + ", " + column.code()));
		});
	}

	/** The header tree of an axis, in printed order. */
	private List<Node> axisNodes(Axis axis) {
		List<Node> nodes = new ArrayList<>();
		if (axis == null) {
			return nodes;
		}
		if (axis.getDimension() != null) {
			dimensionNodes(axis.getDimension().getMembers(), nodes);
		} else {
			for (AxisItem item : axis.getItems()) {
				nodes.add(itemNode(item));
			}
		}
		return nodes;
	}

	private Node itemNode(AxisItem item) {
		if (item instanceof LineGroup group) {
			List<Node> children = new ArrayList<>();
			if (group.getDimension() != null) {
				dimensionNodes(group.getDimension().getMembers(), children);
			} else {
				for (AxisItem child : group.getItems()) {
					children.add(itemNode(child));
				}
			}
			return new Node(zh(group.getLabel(), group.getName()), en(group.getLabel(), null), group.getName(), children,
					null);
		}
		Line line = (Line) item;
		return new Node(nonNull(Grids.zhLabel(line), line.getName()), lineEn(line), line.getName(), List.of(), line);
	}

	private void dimensionNodes(List<DimensionItem> items, List<Node> out) {
		for (DimensionItem item : items) {
			if (item instanceof MemberGroup group) {
				List<Node> children = new ArrayList<>();
				dimensionNodes(group.getMembers(), children);
				out.add(new Node(zh(group.getLabel(), group.getName()), en(group.getLabel(), null), group.getName(),
						children, null));
			} else if (item instanceof Member member) {
				out.add(new Node(zh(member.getLabel(), member.getName()), en(member.getLabel(), null), member.getName(),
						List.of(), member));
			}
		}
	}


	// ------------------------------------------------------------------ indicators, rules, units

	/** Every indicator the template's cells count, with the cells. */
	private String indicators() {
		Map<String, Indicator> used = new LinkedHashMap<>();
		Map<String, List<String>> cells = new LinkedHashMap<>();
		for (Cell cell : model.cells()) {
			if (cell.indicator() != null) {
				used.putIfAbsent(cell.indicator().getName(), cell.indicator());
				cells.computeIfAbsent(cell.indicator().getName(), k -> new ArrayList<>()).add(cell.address().toString());
			}
		}
		return fill("""
				<section id="indicators">
				<h2>指标 <span class="en" lang="en">Indicators</span></h2>
				<table>
				<thead><tr><th>代码 Code</th><th>名称 Label</th><th>类型 Type</th><th>单位 Unit</th>\
				<th>小数位 Decimals</th><th>定义 Definition</th><th>单元格 Cells</th></tr></thead>
				<tbody>
				%s\
				</tbody>
				</table>
				</section>
				""", each(used.values(), indicator -> indicator(indicator, cells.get(indicator.getName()))));
	}

	/** An indicator: code, label, type, unit, decimals, definition and values, the first eight of its cells. */
	private static String indicator(Indicator indicator, List<String> cells) {
		String values = indicator.getValues().isEmpty() ? "" : "<br>取值 Values: " + String.join("; ",
				indicator.getValues().stream().map(v -> code(v.getName()) + " "
						+ (v.getLabel() == null ? "" : labelHtml(v.getLabel(), ""))).toList());
		List<String> shown = cells.size() > 8 ? cells.subList(0, 8) : cells;
		return fill("""
				<tr id="indicator-%s"><td><code>%1$s</code></td><td>%s</td><td>%s%s</td><td>%s</td><td>%s</td>\
				<td>%s%s</td><td>%s%s</td></tr>
				""", esc(indicator.getName()), labelHtml(indicator.getLabel(), indicator.getName()),
				esc(indicator.getType() == null ? "" : indicator.getType().getLiteral()),
				when(indicator.isSigned(), "<br>可为负数 signed"), esc(unit(indicator.getUnit())),
				indicator.eIsSet(FormworkPackage.Literals.INDICATOR__DECIMALS) ? indicator.getDecimals() : "",
				indicator.getDefinition() == null ? "" : labelHtml(indicator.getDefinition(), ""), values,
				String.join("<br>", shown.stream().map(HtmlGenerator::code).toList()),
				when(cells.size() > 8, "<br>… (" + cells.size() + ")"));
	}

	private String rules() {
		return fill("""
				<section id="rules">
				<h2>规则 <span class="en" lang="en">Rules</span></h2>
				%s\
				</section>
				""", each(model.template().getMembers(), member -> member instanceof Rule rule ? rule(rule) : ""));
	}

	/** A rule as written, with its severity, scope, instances, what it means in words, and its message. */
	private String rule(Rule rule) {
		List<RuleInstance> instances = model.plan().rules().stream().filter(r -> r.ruleId().equals(rule.getName()))
				.toList();
		String severity = rule.getSeverity().getLiteral();
		return fill("""
				<article class="rule" id="rule-%s">
				<h3><code>%1$s</code> %s</h3>
				<p class="meta"><span class="%s">%s</span> · %s</p>
				%s\
				<pre><code>%s%s%sassert %s</code></pre>
				<ul>
				%s%s%s\
				</ul>
				%s\
				</article>
				""", esc(rule.getName()), labelHtml(rule.getLabel(), rule.getName()), severity,
				switch (severity) {
				case "error" -> "错误 error";
				case "warning" -> "警告 warning";
				default -> "提示 info";
				}, scope(rule, instances.size()),
				when(instances.size() > 1, fill("<p class=\"meta\">实例 Instances: %s</p>\n", 
						String.join(", ", instances.stream().map(r -> code(r.instance())).toList()))),
				rule.getCondition() == null ? "" : "when " + esc(text(rule.getCondition())) + "\n",
				rule.getTolerance() == null ? "" : "tolerance " + esc(text(rule.getTolerance())) + "\n",
				when(rule.isBlankAsZero(), "blank as zero\n"), esc(text(rule.getAssertion())),
				when(rule.getCondition() != null, """
						<li>只在条件成立时检查；条件涉及空白单元格时无法评估。 Checked only when the condition holds; \
						not assessable when it reads a blank cell.</li>
						"""),
				tolerance(rule.getTolerance()),
				rule.isBlankAsZero() || model.template().isBlankAsZero()
						? "<li>空白单元格按 0 计。 Blank cells count as 0.</li>\n"
						: "<li>涉及空白单元格时无法评估。 Not assessable when a cell it reads is blank.</li>\n",
				rule.getMessage() == null ? "" : fill("<p>消息 Message: %s</p>\n", labelHtml(rule.getMessage(), "")));
	}

	/** A rule's tolerance in words: at the printed precision (rounded, truncated or either), or a number. */
	private static String tolerance(Tolerance tolerance) {
		if (tolerance == null) {
			return "";
		}
		if (tolerance.isPrinted()) {
			String mode = tolerance.getMode() == null ? "rounded" : tolerance.getMode().getLiteral();
			return fill("<li>按印刷精度比较（%s）。 Compared at the printed precision (%s).</li>\n", switch (mode) {
			case "truncated" -> "截断";
			case "either" -> "四舍五入或截断";
			default -> "四舍五入";
			}, mode);
		}
		return fill("<li>容差 %s。 Tolerance %1$s.</li>\n", esc(tolerance.getValue()));
	}

	private String scope(Rule check, int instances) {
		String table = check.getTable() == null ? null : check.getTable().getName();
		if (!Grids.iterates(check)) {
			return table == null ? "检查一次 checked once" : "表 <code>" + esc(table) + "</code>，检查一次 checked once in table <code>" + esc(table) + "</code>";
		}
		String n = " (" + instances + ")";
		return switch (check.getIteration()) {
		case COLUMN -> "表 <code>" + esc(table) + "</code> 的每一列 for each column of table <code>" + esc(table) + "</code>" + n;
		case ROW -> "表 <code>" + esc(table) + "</code> 的每一行 for each row of table <code>" + esc(table) + "</code>" + n;
		case GROUP -> "表 <code>" + esc(table) + "</code> 的每个列组 for each column group of table <code>" + esc(table) + "</code>" + n;
		case CELL -> table == null ? "每个数值单元格 for each numeric cell" + n
				: "表 <code>" + esc(table) + "</code> 的每个数值单元格 for each numeric cell of table <code>" + esc(table) + "</code>" + n;
		};
	}

	/** The units the cells are counted in, and those the template converts. */
	private String units() {
		Map<String, String> units = new LinkedHashMap<>();
		for (Cell cell : model.cells()) {
			if (cell.indicator() != null && cell.indicator().getUnit() != null && !cell.indicator().getUnit().eIsProxy()) {
				Unit unit = cell.indicator().getUnit();
				units.putIfAbsent(unit(unit), unitText(unit));
			}
		}
		for (Plan.UnitConversion conversion : new TreeMap<>(model.plan().units()).values()) {
			units.putIfAbsent(conversion.unit(), "");
		}
		return fill("""
				<section id="units">
				<h2>单位 <span class="en" lang="en">Units</span></h2>
				<table>
				<thead><tr><th>单位 Unit</th><th>说明 Meaning</th><th>换算 Conversion</th></tr></thead>
				<tbody>
				%s\
				</tbody>
				</table>
				</section>
				""", each(units.entrySet(), unit -> unitRow(unit.getKey(), unit.getValue(),
				model.plan().units().get(unit.getKey()))));
	}

	private static String unitRow(String unit, String meaning, Plan.UnitConversion conversion) {
		return fill("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(unit), esc(meaning), conversion == null ? ""
				: "1 " + esc(unit) + " = " + esc(conversion.factor().toPlainString()) + " " + esc(conversion.base()));
	}

	// ------------------------------------------------------------------ text

	private static String unit(Unit unit) {
		if (unit == null || unit.eIsProxy()) {
			return "";
		}
		return unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
	}

	private static String unitText(Unit unit) {
		return unit.getEn() == null ? "" : unit.getEn();
	}

	private static String lineEn(Line line) {
		if (line.getLabel() != null && line.getLabel().getEn() != null) {
			return line.getLabel().getEn();
		}
		Label fallback = line.getMember() != null ? line.getMember().getLabel()
				: line.getIndicator() != null ? line.getIndicator().getLabel() : null;
		return fallback == null ? null : fallback.getEn();
	}

	private static String zh(Label label, String fallback) {
		return label != null && label.getZh() != null ? label.getZh() : fallback;
	}

	private static String en(Label label, String fallback) {
		return label != null && label.getEn() != null ? label.getEn() : fallback;
	}

	private static String nonNull(String text, String fallback) {
		return text == null ? fallback : text;
	}

	/**
	 * The other wordings a line is printed with ({@code aka}, its own and those a revision adds), listed under its
	 * label: 亦作 also printed as 「…」、「…」; nothing for a line without any.
	 */
	private static String akaHtml(Object line, String before) {
		if (!(line instanceof Line l) || l.getAkas().isEmpty()) {
			return "";
		}
		List<String> quoted = new ArrayList<>();
		for (String aka : l.getAkas()) {
			quoted.add("「" + esc(aka) + "」");
		}
		return before + "<span class=\"aka\">亦作 also printed as: " + String.join("、", quoted) + "</span>";
	}

	/** A label as HTML: the Chinese, then the English (when there is one) in its own span. */
	private static String labelHtml(Label label, String fallback) {
		String zh = zh(label, fallback);
		String en = label == null ? null : label.getEn();
		StringBuilder html = new StringBuilder(esc(zh == null ? "" : zh));
		if (en != null && !en.equals(zh)) {
			html.append(" <span class=\"en\" lang=\"en\">").append(esc(en)).append("</span>");
		}
		return html.toString();
	}

	/**
	 * The text of a model element as written in the template (for a revision's effective template, where the
	 * element is written: this revision or a template it revises), spaces between tokens normalised.
	 */
	private static String text(EObject object) {
		return Revisions.text(object);
	}

	static String esc(String text) {
		return Escape.html(text);
	}

	/** Text as code: {@code <code>text</code>}, escaped. */
	private static String code(String text) {
		return "<code>" + esc(text) + "</code>";
	}
}
