package io.formwork.lang.ui.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
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
	 * Next year's revision of a template: the same text with the next id and year, revising this template. The
	 * header is rewritten in place (comments and layout of the body stay as they are).
	 */
	public static String revision(Template template, String source) {
		FormworkPackage p = FormworkPackage.eINSTANCE;
		String nextId = nextId(template.getName(), template.getYear());
		List<int[]> edits = new ArrayList<>(); // offset, length, index into replacements
		List<String> replacements = new ArrayList<>();
		region(template, p.getTemplate_Name(), edits, replacements, nextId);
		region(template, p.getTemplate_Year(), edits, replacements, Integer.toString(template.getYear() + 1));
		List<INode> revises = NodeModelUtils.findNodesForFeature(template, p.getTemplate_Revises());
		if (!revises.isEmpty()) {
			region(template, p.getTemplate_Revises(), edits, replacements, template.getName());
		} else {
			// 'revises X' goes after the year, or after the period when there is one
			EStructuralFeature after = template.getPeriod() != null
					&& !NodeModelUtils.findNodesForFeature(template, p.getTemplate_Period()).isEmpty() ? p.getTemplate_Period()
							: p.getTemplate_Year();
			INode node = NodeModelUtils.findNodesForFeature(template, after).get(0);
			edits.add(new int[] { node.getEndOffset(), 0, replacements.size() });
			replacements.add(" revises " + template.getName());
		}
		edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed());
		StringBuilder text = new StringBuilder(source);
		for (int[] edit : edits) {
			text.replace(edit[0], edit[0] + edit[1], replacements.get(edit[2]));
		}
		return text.toString();
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
	public static String blankFiling(Template template, String body) {
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
