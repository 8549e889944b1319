package io.formwork.lang.ui.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;
import io.formwork.lang.model.Grids.AxisLine;

/**
 * The text the wizards write: a new template, the next year's revision of a template, a blank filing of a
 * template. Plain text in the canonical layout; the wizards only choose where it goes.
 */
public final class Skeletons {

	private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)(\\d{4})$");

	private Skeletons() {
	}

	/** A new, empty template: a header, one section with one table, one rule to start from. */
	public static String newTemplate(String id, String titleZh, String titleEn, int year, String importedCatalog) {
		StringBuilder text = new StringBuilder();
		if (importedCatalog != null && !importedCatalog.isBlank()) {
			text.append("import ").append(importedCatalog).append(".*\n\n");
		}
		text.append("template ").append(id).append(' ').append(quote(titleZh));
		if (titleEn != null && !titleEn.isBlank()) {
			text.append(" en ").append(quote(titleEn));
		}
		text.append("\n\tyear ").append(year).append(" period annual {\n");
		text.append("\tsection s1 \"一、总体情况\" en \"I. General\" {\n");
		text.append("\t\tnarrative overview \"总体情况\" en \"Overview\" required min 50 chars\n");
		text.append("\t}\n");
		text.append("}\n");
		return text.toString();
	}

	/** The id of next year's template: {@code gid_2021} becomes {@code gid_2022}, other ids get the year appended. */
	public static String nextId(String id, int year) {
		Matcher m = TRAILING_YEAR.matcher(id);
		if (m.matches()) {
			return m.group(1) + (Integer.parseInt(m.group(2)) + 1);
		}
		return id + "_" + (year + 1);
	}

	/**
	 * Next year's revision of a template: the file's imports, the
	 * template's header with the next id and year, revising this template, and a body that states no change yet —
	 * a revision inherits everything and states only what changes. The header keeps its labels and layout.
	 */
	public static String revision(Template template, String source) {
		FormworkPackage p = FormworkPackage.eINSTANCE;
		String nextId = nextId(template.getName(), template.getYear());
		ICompositeNode node = NodeModelUtils.findActualNodeFor(template);
		int headerEnd = -1;
		int afterHeader = 0;
		for (EStructuralFeature feature : List.of(p.getTemplate_Name(), p.getTemplate_Year(), p.getTemplate_Period(),
				p.getTemplate_Revises())) {
			for (INode n : NodeModelUtils.findNodesForFeature(template, feature)) {
				afterHeader = Math.max(afterHeader, n.getEndOffset());
			}
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getOffset() >= afterHeader && "{".equals(leaf.getText())) {
				headerEnd = leaf.getOffset();
				break;
			}
		}
		List<int[]> edits = new ArrayList<>(); // offset, length, index into replacements
		List<String> replacements = new ArrayList<>();
		region(template, p.getTemplate_Name(), edits, replacements, nextId);
		region(template, p.getTemplate_Year(), edits, replacements, Integer.toString(template.getYear() + 1));
		// the title names the year of its format: 「（2021 年格式）」 becomes 「（2022 年格式）」, "(2021 format)" "(2022 format)"
		if (template.getLabel() != null) {
			for (EStructuralFeature text : List.of(p.getLabel_Zh(), p.getLabel_En())) {
				for (INode n : NodeModelUtils.findNodesForFeature(template.getLabel(), text)) {
					String retitled = nextYearsTitle(n.getText(), template.getYear());
					if (!retitled.equals(n.getText())) {
						edits.add(new int[] { n.getOffset(), n.getLength(), replacements.size() });
						replacements.add(retitled);
					}
				}
			}
		}
		List<INode> revises = NodeModelUtils.findNodesForFeature(template, p.getTemplate_Revises());
		if (!revises.isEmpty()) {
			region(template, p.getTemplate_Revises(), edits, replacements, template.getName());
		} else {
			// 'revises X' goes after the year, or after the period when there is one
			EStructuralFeature after = template.getPeriod() != null
					&& !NodeModelUtils.findNodesForFeature(template, p.getTemplate_Period()).isEmpty() ? p.getTemplate_Period()
							: p.getTemplate_Year();
			INode at = NodeModelUtils.findNodesForFeature(template, after).get(0);
			edits.add(new int[] { at.getEndOffset(), 0, replacements.size() });
			replacements.add(" revises " + template.getName());
		}
		edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed());
		StringBuilder header = new StringBuilder(source.substring(0, headerEnd < 0 ? node.getEndOffset() : headerEnd));
		for (int[] edit : edits) {
			header.replace(edit[0], edit[0] + edit[1], replacements.get(edit[2]));
		}
		// the imports, without the comments that describe this template's own content
		StringBuilder text = new StringBuilder();
		String before = header.substring(0, node.getOffset());
		before.lines().filter(line -> line.startsWith("import ")).forEach(line -> text.append(line).append('\n'));
		text.append(text.isEmpty() ? "" : "\n").append(header, node.getOffset(), header.length());
		while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
			text.setLength(text.length() - 1);
		}
		text.append(" {\n\t// 只写与 ").append(template.getName()).append(" 相比的改变。 State only what changes from ")
				.append(template.getName()).append(".\n}\n");
		return text.toString();
	}

	/**
	 * A title with the template's year, as a number of its own (not inside a longer number, in ASCII or full-width
	 * digits), made next year's: 「年度报告（2021 年格式）」 becomes 「年度报告（2022 年格式）」. Other numbers stay.
	 */
	public static String nextYearsTitle(String title, int year) {
		String next = Integer.toString(year + 1);
		String ascii = Integer.toString(year);
		String result = replaceNumber(title, ascii, next);
		return replaceNumber(result, fullWidth(ascii), fullWidth(next));
	}

	private static String replaceNumber(String text, String number, String replacement) {
		Matcher m = Pattern.compile("(?<![0-9０-９])" + Pattern.quote(number) + "(?![0-9０-９])").matcher(text);
		return m.replaceAll(Matcher.quoteReplacement(replacement));
	}

	private static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
		return out.toString();
	}

	private static void region(Template template, EStructuralFeature feature, List<int[]> edits, List<String> replacements,
			String replacement) {
		INode node = NodeModelUtils.findNodesForFeature(template, feature).get(0);
		edits.add(new int[] { node.getOffset(), node.getLength(), replacements.size() });
		replacements.add(replacement);
	}

	/**
	 * A blank filing of a template: every reported cell of every table as {@code blank}, every narrative claim
	 * as a comment to fill in. Calculated and unreported lines are left out.
	 */
	public static String blankFiling(Template written, String body) {
		Template template = Revisions.effective(written);
		StringBuilder text = new StringBuilder();
		text.append("filing for ").append(template.getName()).append(" year ").append(template.getYear());
		if (body != null && !body.isBlank()) {
			text.append(" body ").append(quote(body));
		}
		text.append('\n');
		for (Table table : EcoreUtil2.getAllContentsOfType(template, Table.class)) {
			List<AxisLine> columns = Grids.lines(table.getColumns()).stream()
					.filter(c -> !c.calculated() && !c.notReported()).toList();
			List<AxisLine> rows = Grids.lines(table.getRows()).stream().filter(r -> !r.calculated() && !r.notReported())
					.toList();
			if (columns.isEmpty() || rows.isEmpty()) {
				continue;
			}
			text.append("\ntable ").append(table.getName()).append(" {\n");
			for (AxisLine row : rows) {
				text.append('\t').append(row.code()).append(": ");
				for (int i = 0; i < columns.size(); i++) {
					text.append(i == 0 ? "" : ", ").append(columns.get(i).code()).append(" blank");
				}
				text.append('\n');
			}
			text.append("}\n");
		}
		List<Claim> claims = EcoreUtil2.getAllContentsOfType(template, Claim.class);
		if (!claims.isEmpty()) {
			text.append('\n');
			for (Claim claim : claims) {
				text.append("claim ").append(claim.getName()).append(" blank\n");
			}
		}
		return text.toString();
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
