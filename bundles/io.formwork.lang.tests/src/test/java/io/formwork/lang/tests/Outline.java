package io.formwork.lang.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.TemplateMember;
import io.formwork.lang.revision.Revisions;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * A template written out as a plain outline, one thing a line (codes, labels in both languages, indicators
 * with their type and unit, headings, groups, narratives and claims, rules with their iteration), and a
 * compiled plan the same way (every cell's meaning and formula, every rule instance's expressions and
 * messages, without the locations and the text as written). Two templates that print the same outline and
 * plan describe the same report format; which template one revises is not part of the format.
 */
final class Outline {

	private Outline() {
	}

	static String of(Template written) {
		Template template = Revisions.effective(written);
		StringBuilder out = new StringBuilder();
		out.append("template ").append(template.getName()).append(' ').append(label(template.getLabel()))
				.append(" year ").append(template.getYear()).append(" period ").append(template.getPeriod())
				.append(" blankAsZero ").append(template.isBlankAsZero()).append('\n');
		for (TemplateMember member : template.getMembers()) {
			member(member, "  ", out);
		}
		return out.toString();
	}

	private static void member(EObject member, String indent, StringBuilder out) {
		if (member instanceof Section section) {
			out.append(indent).append("section ").append(section.getName()).append(' ').append(label(section.getLabel()))
					.append('\n');
			for (EObject part : section.getParts()) {
				member(part, indent + "  ", out);
			}
		} else if (member instanceof Narrative narrative) {
			out.append(indent).append("narrative ").append(narrative.getName()).append(' ')
					.append(label(narrative.getLabel())).append(narrative.isRequired() ? " required" : "")
					.append(" min ").append(narrative.getMinLength()).append('\n');
			for (Claim claim : narrative.getClaims()) {
				out.append(indent).append("  claim ").append(claim.getName()).append(' ').append(label(claim.getLabel()))
						.append(' ').append(indicator(claim.getIndicator())).append(" phrases ").append(claim.getPhrases())
						.append('\n');
			}
		} else if (member instanceof Table table) {
			out.append(indent).append("table ").append(table.getName()).append(' ').append(label(table.getLabel()))
					.append(" note ").append(label(table.getNote())).append('\n');
			axis("columns", table.getColumns(), indent + "  ", out);
			axis("rows", table.getRows(), indent + "  ", out);
			out.append(indent).append("  unreported ").append(table.getUnreported().size()).append('\n');
		} else if (member instanceof Rule check) {
			out.append(indent).append("check ").append(check.getName()).append(' ').append(label(check.getLabel()))
					.append(' ').append(check.getSeverity()).append(check.isInactive() ? " inactive" : "")
					.append(check.isForEach() ? " for each " + check.getIteration() : "")
					.append(check.getTable() == null ? "" : " in " + check.getTable().getName())
					.append(" message ").append(label(check.getMessage())).append('\n');
		} else if (member instanceof Indicator indicator) {
			out.append(indent).append("indicator ").append(indicator(indicator)).append('\n');
		} else {
			out.append(indent).append(member.eClass().getName()).append('\n');
		}
	}

	private static void axis(String name, Axis axis, String indent, StringBuilder out) {
		if (axis.getDimension() != null) {
			out.append(indent).append(name).append(" of dimension ").append(axis.getDimension().getName()).append('\n');
			return;
		}
		out.append(indent).append(name).append('\n');
		items(axis.getItems(), indent + "  ", out);
	}

	private static void items(List<AxisItem> items, String indent, StringBuilder out) {
		for (AxisItem item : items) {
			if (item instanceof Line line) {
				out.append(indent).append(line.getKind()).append(' ').append(line.getName()).append(' ')
						.append(label(line.getLabel())).append(' ').append(indicator(line.getIndicator()))
						.append(line.getMember() == null ? "" : " member " + line.getMember().getName())
						.append(line.isNotReported() ? " not reported" : "")
						.append(line.getFormula() == null ? "" : " calculated").append('\n');
			} else if (item instanceof LineGroup group) {
				out.append(indent).append(group.getKind()).append(' ').append(group.getName()).append(' ')
						.append(label(group.getLabel())).append(' ').append(indicator(group.getIndicator()))
						.append(group.getDimension() == null ? "" : " of " + group.getDimension().getName()).append('\n');
				items(group.getItems(), indent + "  ", out);
			}
		}
	}

	private static String indicator(Indicator indicator) {
		if (indicator == null) {
			return "-";
		}
		return indicator.getName() + ":" + indicator.getType() + ":"
				+ (indicator.getUnit() == null ? "-" : indicator.getUnit().getName());
	}

	private static String label(Label label) {
		return label == null ? "-" : "\"" + label.getZh() + "\"/\"" + label.getEn() + "\"";
	}

	/** A compiled plan without locations and without the text of rules as written. */
	static String of(Plan plan) {
		StringBuilder out = new StringBuilder();
		out.append("plan ").append(plan.templateId()).append(' ').append(plan.year()).append(' ').append(plan.titleZh())
				.append(" / ").append(plan.titleEn()).append('\n');
		plan.units().values().stream().map(Object::toString).sorted().forEach(u -> out.append("  unit ").append(u).append('\n'));
		plan.cells().values().forEach(c -> out.append("  ").append(c).append('\n'));
		for (RuleInstance rule : plan.rules()) {
			out.append("  rule ").append(rule.ruleId()).append('[').append(rule.instance()).append("] ")
					.append(rule.severity()).append(" when ").append(rule.condition()).append(" assert ")
					.append(rule.assertion()).append(" tolerance ").append(rule.tolerance()).append(" printed ")
					.append(rule.printed()).append(" blankAsZero ").append(rule.blankAsZero()).append(" | ")
					.append(rule.messageZh()).append(" | ").append(rule.messageEn()).append(" | ")
					.append(rule.labelsZh()).append(' ').append(rule.labelsEn()).append(" | ")
					.append(rule.operandsByCode().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining(", ")))
					.append('\n');
		}
		return out.toString();
	}
}
