package io.formwork.lang.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.DimensionItem;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;
import io.formwork.runtime.layout.FormLayout;

/**
 * Compiles a validated template into its printed {@link FormLayout}: sections, narrative parts with their
 * claims, and tables with their headers as trees of labelled lines whose data lines carry the codes that
 * cell addresses use (the same as {@link PlanCompiler}'s). Holds no Xtext or EMF object.
 */
public final class LayoutCompiler {

	public FormLayout compile(Template written) {
		Template template = Revisions.effective(written);
		List<FormLayout.Part> parts = new ArrayList<>();
		for (EObject member : template.getMembers()) {
			if (member instanceof Section section) {
				parts.add(section(section));
			}
		}
		return new FormLayout(template.getName(), template.getYear(), zh(template.getLabel()),
				en(template.getLabel()), parts);
	}

	private FormLayout.Section section(Section section) {
		List<FormLayout.Part> parts = new ArrayList<>();
		for (EObject part : section.getParts()) {
			if (part instanceof Section inner) {
				parts.add(section(inner));
			} else if (part instanceof Narrative narrative) {
				parts.add(narrative(narrative));
			} else if (part instanceof Table table) {
				parts.add(table(table));
			}
		}
		return new FormLayout.Section(section.getName(), zh(section.getLabel()), en(section.getLabel()), parts);
	}

	private FormLayout.Narrative narrative(Narrative narrative) {
		List<FormLayout.Claim> claims = new ArrayList<>();
		for (Claim claim : narrative.getClaims()) {
			var indicator = claim.getIndicator();
			Label fallback = indicator == null ? null : indicator.getLabel();
			claims.add(new FormLayout.Claim(claim.getName(), zh(claim.getLabel(), fallback),
					en(claim.getLabel(), fallback), indicator == null ? null : unit(indicator.getUnit()),
					List.copyOf(claim.getPhrases())));
		}
		Integer min = narrative.eIsSet(FormworkPackage.Literals.NARRATIVE__MIN_LENGTH)
				? narrative.getMinLength()
				: null;
		return new FormLayout.Narrative(narrative.getName(), zh(narrative.getLabel()), en(narrative.getLabel()),
				narrative.isRequired(), min, claims);
	}

	private FormLayout.Table table(Table table) {
		Label note = table.getNote();
		return new FormLayout.Table(table.getName(), zh(table.getLabel()), en(table.getLabel()),
				note == null ? null : note.getZh(), note == null ? null : en(note), header(table.getColumns()),
				header(table.getRows()));
	}

	private FormLayout.Header header(Axis axis) {
		if (axis == null) {
			return new FormLayout.Header(null, null, List.of());
		}
		if (axis.getDimension() != null) {
			Dimension dimension = axis.getDimension();
			return new FormLayout.Header(zh(dimension.getLabel()), en(dimension.getLabel()),
					members(dimension.getMembers(), null));
		}
		return new FormLayout.Header(null, null, items(axis.getItems()));
	}

	private List<FormLayout.Line> items(List<AxisItem> items) {
		List<FormLayout.Line> lines = new ArrayList<>();
		for (AxisItem item : items) {
			if (item instanceof Line line) {
				lines.add(new FormLayout.Line(line.getName(), orCode(Grids.zhLabel(line), line.getName()),
						orCode(lineEn(line), line.getName()), List.of(), List.copyOf(line.getAkas())));
			} else if (item instanceof LineGroup group) {
				List<FormLayout.Line> children = group.getDimension() != null
						? members(group.getDimension().getMembers(), group.getName())
						: items(group.getItems());
				String labelZh = zh(group.getLabel());
				String labelEn = en(group.getLabel());
				if (labelZh == null && group.getDimension() != null) {
					labelZh = zh(group.getDimension().getLabel());
					labelEn = en(group.getDimension().getLabel());
				}
				lines.add(new FormLayout.Line(group.getName(), orCode(labelZh, group.getName()),
						orCode(labelEn, group.getName()), children));
			}
		}
		return lines;
	}

	/** Dimension members; under a group 'of dimension' their codes are qualified by the group (review.upheld). */
	private List<FormLayout.Line> members(List<DimensionItem> items, String qualifier) {
		List<FormLayout.Line> lines = new ArrayList<>();
		for (DimensionItem item : items) {
			String code = qualifier == null ? item.getName() : qualifier + "." + item.getName();
			if (item instanceof Member member) {
				lines.add(new FormLayout.Line(code, orCode(zh(member.getLabel()), member.getName()),
						orCode(en(member.getLabel()), member.getName()), List.of()));
			} else if (item instanceof MemberGroup group) {
				lines.add(new FormLayout.Line(code, orCode(zh(group.getLabel()), group.getName()),
						orCode(en(group.getLabel()), group.getName()), members(group.getMembers(), qualifier)));
			}
		}
		return lines;
	}

	private static String lineEn(Line line) {
		if (line.getLabel() != null && line.getLabel().getEn() != null) {
			return line.getLabel().getEn();
		}
		Label fallback = line.getMember() != null ? line.getMember().getLabel()
				: line.getIndicator() != null ? line.getIndicator().getLabel() : null;
		if (fallback != null && fallback.getEn() != null) {
			return fallback.getEn();
		}
		return Grids.zhLabel(line);
	}

	private static String orCode(String label, String code) {
		return label == null ? code : label;
	}

	private static String unit(Unit unit) {
		if (unit == null || unit.eIsProxy()) {
			return null;
		}
		return unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
	}

	private static String zh(Label label) {
		return label == null ? null : label.getZh();
	}

	private static String en(Label label) {
		return label == null ? null : label.getEn() != null ? label.getEn() : label.getZh();
	}

	private static String zh(Label label, Label fallback) {
		String own = zh(label);
		return own != null ? own : zh(fallback);
	}

	private static String en(Label label, Label fallback) {
		if (label != null && label.getEn() != null) {
			return label.getEn();
		}
		if (fallback != null && fallback.getEn() != null) {
			return fallback.getEn();
		}
		return zh(label, fallback);
	}
}
