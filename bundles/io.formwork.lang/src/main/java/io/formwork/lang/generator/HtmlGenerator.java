package io.formwork.lang.generator;

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
	private final StringBuilder out = new StringBuilder(1 << 16);

	HtmlGenerator(TemplateModel model) {
		this.model = model;
	}

	String generate() {
		Template template = model.template();
		Plan plan = model.plan();
		out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
		out.append("<meta name=\"generator\" content=\"Formwork\">\n");
		out.append("<title>").append(esc(plan.titleZh())).append(" | ").append(esc(plan.titleEn())).append("</title>\n");
		out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n");
		out.append("<h1>").append(esc(plan.titleZh())).append(" <span class=\"en\" lang=\"en\">")
				.append(esc(plan.titleEn())).append("</span></h1>\n");
		out.append("<p class=\"meta\">模板 Template <code>").append(esc(plan.templateId())).append("</code> · ")
				.append(plan.year()).append(" 年起 from ").append(plan.year());
		if (template.getPeriod() != null) {
			out.append(" · 周期 period ").append(esc(template.getPeriod().getLiteral()));
		}
		if (template.getRevises() != null && !template.getRevises().eIsProxy()) {
			out.append(" · 修订 revises <code>").append(esc(template.getRevises().getName())).append("</code>");
		}
		if (template.isBlankAsZero()) {
			out.append(" · 空白按零 blank means zero");
		}
		out.append(" · 来源 source <code>").append(esc(model.sourceName())).append("</code></p>\n");
		out.append("<nav><ul>\n");
		for (EObject member : template.getMembers()) {
			if (member instanceof Section section) {
				out.append("<li><a href=\"#section-").append(esc(section.getName())).append("\">")
						.append(esc(zh(section.getLabel(), section.getName()))).append("</a></li>\n");
			}
		}
		out.append("<li><a href=\"#indicators\">指标 Indicators</a></li>\n<li><a href=\"#rules\">规则 Rules</a></li>\n");
		out.append("<li><a href=\"#units\">单位 Units</a></li>\n</ul></nav>\n</header>\n<main>\n");
		for (EObject member : template.getMembers()) {
			if (member instanceof Section section) {
				section(section, 2);
			}
		}
		indicators();
		rules();
		units();
		out.append("</main>\n</body>\n</html>\n");
		return out.toString();
	}

	// ------------------------------------------------------------------ sections, narratives, tables

	private void section(Section section, int level) {
		int h = Math.min(level, 6);
		out.append("<section id=\"section-").append(esc(section.getName())).append("\">\n");
		out.append("<h").append(h).append('>').append(labelHtml(section.getLabel(), section.getName())).append("</h")
				.append(h).append(">\n");
		for (EObject part : section.getParts()) {
			if (part instanceof Section sub) {
				section(sub, level + 1);
			} else if (part instanceof Narrative narrative) {
				narrative(narrative, Math.min(h + 1, 6));
			} else if (part instanceof Table table) {
				table(table, Math.min(h + 1, 6));
			}
		}
		out.append("</section>\n");
	}

	private void narrative(Narrative narrative, int h) {
		out.append("<div class=\"narrative\" id=\"narrative-").append(esc(narrative.getName())).append("\">\n");
		out.append("<h").append(h).append('>').append(labelHtml(narrative.getLabel(), narrative.getName()))
				.append("</h").append(h).append(">\n<p class=\"meta\">叙述 Narrative <code>")
				.append(esc(narrative.getName())).append("</code>");
		if (narrative.isRequired()) {
			out.append(" · 必填 required");
		}
		if (narrative.getMinLength() > 0) {
			out.append(" · 至少 ").append(narrative.getMinLength()).append(" 字 at least ").append(narrative.getMinLength())
					.append(" characters");
		}
		out.append("</p>\n");
		if (!narrative.getClaims().isEmpty()) {
			out.append("<table>\n<thead><tr><th>陈述 Claim</th><th>名称 Label</th><th>指标 Indicator</th>")
					.append("<th>措辞 Phrases</th></tr></thead>\n<tbody>\n");
			for (Claim claim : narrative.getClaims()) {
				Indicator indicator = claim.getIndicator();
				out.append("<tr><td><code>").append(esc(claim.getName())).append("</code></td><td>")
						.append(labelHtml(claim.getLabel(), claim.getName())).append("</td><td><a href=\"#indicator-")
						.append(esc(indicator.getName())).append("\"><code>").append(esc(indicator.getName()))
						.append("</code></a></td><td>");
				List<String> phrases = new ArrayList<>();
				for (String phrase : claim.getPhrases()) {
					phrases.add("<code>" + esc(phrase) + "</code>");
				}
				out.append(String.join("<br>", phrases)).append("</td></tr>\n");
			}
			out.append("</tbody>\n</table>\n");
		}
		out.append("</div>\n");
	}

	/** A header node: a column group or dimension member group over data lines, or a data line itself. */
	private record Node(String zh, String en, String code, List<Node> children, Object line) {
		int width() {
			return children.isEmpty() ? 1 : children.stream().mapToInt(Node::width).sum();
		}

		int depth() {
			return 1 + children.stream().mapToInt(Node::depth).max().orElse(0);
		}
	}

	private void table(Table table, int h) {
		out.append("<div class=\"table\" id=\"table-").append(esc(table.getName())).append("\">\n");
		out.append("<h").append(h).append(">表 Table <code>").append(esc(table.getName())).append("</code> ")
				.append(labelHtml(table.getLabel(), table.getName())).append("</h").append(h).append(">\n");
		if (table.getNote() != null) {
			out.append("<p class=\"note\">注 Note: ").append(labelHtml(table.getNote(), "")).append("</p>\n");
		}
		List<Node> columns = axisNodes(table.getColumns());
		List<Grids.AxisLine> columnLines = Grids.lines(table.getColumns());
		int depth = columns.stream().mapToInt(Node::depth).max().orElse(1);
		out.append("<table class=\"grid\">\n<thead>\n");
		List<List<Node>> levels = new ArrayList<>();
		for (int i = 0; i < depth; i++) {
			levels.add(new ArrayList<>());
		}
		collectLevels(columns, 0, levels);
		for (int level = 0; level < depth; level++) {
			out.append("<tr>");
			if (level == 0) {
				out.append("<th rowspan=\"").append(depth).append("\"></th>");
			}
			for (Node node : levels.get(level)) {
				out.append("<th");
				if (node.width() > 1) {
					out.append(" colspan=\"").append(node.width()).append('"');
				}
				if (node.children().isEmpty() && depth - level > 1) {
					out.append(" rowspan=\"").append(depth - level).append('"');
				}
				out.append('>').append(esc(node.zh()));
				if (node.en() != null && !node.en().equals(node.zh())) {
					out.append("<br><span class=\"en\" lang=\"en\">").append(esc(node.en())).append("</span>");
				}
				out.append(akaHtml(node.line(), "<br>"));
				out.append("<br><code>").append(esc(node.code())).append("</code></th>");
			}
			out.append("</tr>\n");
		}
		out.append("</thead>\n<tbody>\n");
		rows(table, axisNodes(table.getRows()), columnLines, 0);
		out.append("</tbody>\n</table>\n");
		if (!table.getUnreported().isEmpty()) {
			out.append("<p class=\"meta\">不填报的单元格 Unreported cells: ");
			List<String> texts = new ArrayList<>();
			table.getUnreported().forEach(ref -> texts.add("<code>" + esc(text(ref)) + "</code>"));
			out.append(String.join(", ", texts)).append("</p>\n");
		}
		out.append("</div>\n");
	}

	private static void collectLevels(List<Node> nodes, int level, List<List<Node>> levels) {
		for (Node node : nodes) {
			levels.get(level).add(node);
			collectLevels(node.children(), level + 1, levels);
		}
	}

	private void rows(Table table, List<Node> rows, List<Grids.AxisLine> columns, int indent) {
		List<Grids.AxisLine> rowLines = Grids.lines(table.getRows());
		for (Node node : rows) {
			if (!node.children().isEmpty() || node.line() == null) {
				out.append("<tr class=\"heading\"><th colspan=\"").append(columns.size() + 1).append("\" style=\"padding-left:")
						.append(0.5 + indent * 1.5).append("em\">").append(esc(node.zh()));
				if (node.en() != null && !node.en().equals(node.zh())) {
					out.append(" <span class=\"en\" lang=\"en\">").append(esc(node.en())).append("</span>");
				}
				out.append(" <code>").append(esc(node.code())).append("</code></th></tr>\n");
				rows(table, node.children(), columns, indent + 1);
				continue;
			}
			Grids.AxisLine row = rowLines.stream().filter(l -> l.leaf() == node.line()).findFirst().orElse(null);
			out.append("<tr><th style=\"text-align:left;padding-left:").append(0.5 + indent * 1.5).append("em\">")
					.append(esc(node.zh()));
			if (node.en() != null && !node.en().equals(node.zh())) {
				out.append("<br><span class=\"en\" lang=\"en\">").append(esc(node.en())).append("</span>");
			}
			out.append(akaHtml(node.line(), "<br>"));
			out.append(" <code>").append(esc(node.code())).append("</code></th>");
			for (Grids.AxisLine column : columns) {
				CellAddress address = row == null ? null : CellAddress.cell(table.getName(), row.code(), column.code());
				Cell cell = address == null ? null : model.cell(address);
				if (cell == null) {
					out.append("<td class=\"unreported\" title=\"不填报 not reported\">—</td>");
				} else if (cell.spec().formula() != null) {
					out.append("<td class=\"cell calculated\" title=\"").append(esc(address.toString())).append("\">= ")
							.append(esc(cell.spec().formula().toString())).append("</td>");
				} else {
					out.append("<td class=\"cell\" title=\"").append(esc(address.toString())).append("\">")
							.append(esc(row.code() + ", " + column.code())).append("</td>");
				}
			}
			out.append("</tr>\n");
		}
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

	private void indicators() {
		Map<String, Indicator> used = new LinkedHashMap<>();
		Map<String, List<String>> cells = new LinkedHashMap<>();
		for (Cell cell : model.cells()) {
			if (cell.indicator() != null) {
				used.putIfAbsent(cell.indicator().getName(), cell.indicator());
				cells.computeIfAbsent(cell.indicator().getName(), k -> new ArrayList<>()).add(cell.address().toString());
			}
		}
		out.append("<section id=\"indicators\">\n<h2>指标 <span class=\"en\" lang=\"en\">Indicators</span></h2>\n");
		out.append("<table>\n<thead><tr><th>代码 Code</th><th>名称 Label</th><th>类型 Type</th><th>单位 Unit</th>")
				.append("<th>小数位 Decimals</th><th>定义 Definition</th><th>单元格 Cells</th></tr></thead>\n<tbody>\n");
		for (Indicator indicator : used.values()) {
			out.append("<tr id=\"indicator-").append(esc(indicator.getName())).append("\"><td><code>")
					.append(esc(indicator.getName())).append("</code></td><td>")
					.append(labelHtml(indicator.getLabel(), indicator.getName())).append("</td><td>")
					.append(esc(indicator.getType() == null ? "" : indicator.getType().getLiteral()))
					.append(indicator.isSigned() ? "<br>可为负数 signed" : "").append("</td><td>")
					.append(esc(unit(indicator.getUnit()))).append("</td><td>")
					.append(indicator.eIsSet(FormworkPackage.Literals.INDICATOR__DECIMALS)
							? Integer.toString(indicator.getDecimals())
							: "")
					.append("</td><td>").append(indicator.getDefinition() == null ? "" : labelHtml(indicator.getDefinition(), ""));
			if (!indicator.getValues().isEmpty()) {
				List<String> values = new ArrayList<>();
				indicator.getValues().forEach(v -> values.add("<code>" + esc(v.getName()) + "</code> "
						+ (v.getLabel() == null ? "" : labelHtml(v.getLabel(), ""))));
				out.append("<br>取值 Values: ").append(String.join("; ", values));
			}
			List<String> addresses = cells.get(indicator.getName());
			out.append("</td><td>");
			List<String> shown = addresses.size() > 8 ? addresses.subList(0, 8) : addresses;
			out.append(String.join("<br>", shown.stream().map(a -> "<code>" + esc(a) + "</code>").toList()));
			if (addresses.size() > 8) {
				out.append("<br>… (").append(addresses.size()).append(")");
			}
			out.append("</td></tr>\n");
		}
		out.append("</tbody>\n</table>\n</section>\n");
	}

	private void rules() {
		out.append("<section id=\"rules\">\n<h2>规则 <span class=\"en\" lang=\"en\">Rules</span></h2>\n");
		for (EObject member : model.template().getMembers()) {
			if (!(member instanceof Rule check)) {
				continue;
			}
			List<RuleInstance> instances = model.plan().rules().stream().filter(r -> r.ruleId().equals(check.getName()))
					.toList();
			String severity = check.getSeverity().getLiteral();
			out.append("<article class=\"rule\" id=\"rule-").append(esc(check.getName())).append("\">\n");
			out.append("<h3><code>").append(esc(check.getName())).append("</code> ")
					.append(labelHtml(check.getLabel(), check.getName())).append("</h3>\n");
			out.append("<p class=\"meta\"><span class=\"").append(severity).append("\">")
					.append(switch (severity) {
					case "error" -> "错误 error";
					case "warning" -> "警告 warning";
					default -> "提示 info";
					}).append("</span> · ").append(scope(check, instances.size())).append("</p>\n");
			if (instances.size() > 1) {
				List<String> names = instances.stream().map(r -> "<code>" + esc(r.instance()) + "</code>").toList();
				out.append("<p class=\"meta\">实例 Instances: ").append(String.join(", ", names)).append("</p>\n");
			}
			out.append("<pre><code>");
			if (check.getCondition() != null) {
				out.append("when ").append(esc(text(check.getCondition()))).append('\n');
			}
			if (check.getTolerance() != null) {
				out.append("tolerance ").append(esc(text(check.getTolerance()))).append('\n');
			}
			if (check.isBlankAsZero()) {
				out.append("blank as zero\n");
			}
			out.append("assert ").append(esc(text(check.getAssertion()))).append("</code></pre>\n<ul>\n");
			if (check.getCondition() != null) {
				out.append("<li>只在条件成立时检查；条件涉及空白单元格时无法评估。 Checked only when the condition holds; not assessable when it reads a blank cell.</li>\n");
			}
			if (check.getTolerance() != null && check.getTolerance().isPrinted()) {
				String mode = check.getTolerance().getMode() == null ? "rounded" : check.getTolerance().getMode().getLiteral();
				out.append("<li>按印刷精度比较（").append(switch (mode) {
				case "truncated" -> "截断";
				case "either" -> "四舍五入或截断";
				default -> "四舍五入";
				}).append("）。 Compared at the printed precision (").append(mode).append(").</li>\n");
			} else if (check.getTolerance() != null) {
				out.append("<li>容差 ").append(esc(check.getTolerance().getValue())).append("。 Tolerance ")
						.append(esc(check.getTolerance().getValue())).append(".</li>\n");
			}
			if (check.isBlankAsZero() || model.template().isBlankAsZero()) {
				out.append("<li>空白单元格按 0 计。 Blank cells count as 0.</li>\n");
			} else {
				out.append("<li>涉及空白单元格时无法评估。 Not assessable when a cell it reads is blank.</li>\n");
			}
			out.append("</ul>\n");
			if (check.getMessage() != null) {
				out.append("<p>消息 Message: ").append(labelHtml(check.getMessage(), "")).append("</p>\n");
			}
			out.append("</article>\n");
		}
		out.append("</section>\n");
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

	private void units() {
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
		out.append("<section id=\"units\">\n<h2>单位 <span class=\"en\" lang=\"en\">Units</span></h2>\n<table>\n");
		out.append("<thead><tr><th>单位 Unit</th><th>说明 Meaning</th><th>换算 Conversion</th></tr></thead>\n<tbody>\n");
		for (Map.Entry<String, String> unit : units.entrySet()) {
			Plan.UnitConversion conversion = model.plan().units().get(unit.getKey());
			out.append("<tr><td>").append(esc(unit.getKey())).append("</td><td>").append(esc(unit.getValue()))
					.append("</td><td>").append(conversion == null ? ""
							: "1 " + esc(unit.getKey()) + " = " + esc(conversion.factor().toPlainString()) + " "
									+ esc(conversion.base()))
					.append("</td></tr>\n");
		}
		out.append("</tbody>\n</table>\n</section>\n");
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
}
