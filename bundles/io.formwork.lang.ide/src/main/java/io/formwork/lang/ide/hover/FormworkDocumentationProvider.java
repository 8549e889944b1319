package io.formwork.lang.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.formwork.AkaAddition;
import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.EnumValue;
import io.formwork.lang.formwork.GroupKind;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.model.Grids;
import io.formwork.runtime.Language;

/**
 * What an element of a template means, as hover text (Markdown, Chinese first, English beside it): an
 * indicator's labels, type, unit, decimals and definition; a row's or column's label and indicator; a unit's
 * conversion; a rule's label, severity, scope, assertion and message as written. Shared by every editor
 * integration: the Eclipse editor shows it in its hover, a language server returns it for textDocument/hover.
 */
public class FormworkDocumentationProvider implements IEObjectDocumentationProvider {

	/**
	 * The wordings revisions loaded beside the line's template add to it ({@code aka row x "…"}), each with the
	 * revision's id: 规范性文件（gid_2021）.
	 */
	private static List<String> addedAkas(Line line) {
		List<String> added = new ArrayList<>();
		if (line.eResource() == null || line.eResource().getResourceSet() == null) {
			return added;
		}
		for (var resource : List.copyOf(line.eResource().getResourceSet().getResources())) {
			for (EObject root : resource.getContents()) {
				for (var addition : EcoreUtil2.eAllOfType(root, AkaAddition.class)) {
					if (addition.getTarget() == line) {
						Template revision = EcoreUtil2.getContainerOfType(addition, Template.class);
						for (String aka : addition.getAkas()) {
							added.add(aka + (revision == null ? "" : "（" + revision.getName() + "）"));
						}
					}
				}
			}
		}
		return added;
	}

	@Override
	public String getDocumentation(EObject o) {
		if (o == null || o.eIsProxy()) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		if (o instanceof Indicator indicator) {
			lines.add(title("指标", "Indicator", indicator.getName(), indicator.getLabel()));
			List<String> facts = new ArrayList<>();
			facts.add("类型 type: " + indicator.getType().getLiteral());
			Unit unit = indicator.getUnit();
			if (unit != null && !unit.eIsProxy()) {
				facts.add("单位 unit: " + unitText(unit));
			}
			if (indicator.eIsSet(indicator.eClass().getEStructuralFeature("decimals"))) {
				facts.add("小数位 decimals: " + indicator.getDecimals());
			}
			if (indicator.isSigned()) {
				facts.add("可为负 signed");
			}
			lines.add(String.join(" · ", facts));
			if (!indicator.getValues().isEmpty()) {
				List<String> values = new ArrayList<>();
				for (EnumValue value : indicator.getValues()) {
					values.add(value.getName() + (value.getLabel() == null ? "" : " " + both(value.getLabel())));
				}
				lines.add("取值 values: " + String.join(", ", values));
			}
			if (indicator.getDefinition() != null) {
				lines.add("定义 definition: " + both(indicator.getDefinition()));
			}
		} else if (o instanceof Unit unit) {
			lines.add("**单位 Unit** `" + unit.getName() + "`" + (unit.getEn() == null ? "" : " — " + unit.getEn()));
			if (unit.getBase() != null && !unit.getBase().eIsProxy()) {
				lines.add(unitText(unit));
			}
		} else if (o instanceof Line line) {
			boolean row = line.getKind() == LineKind.ROW;
			lines.add(title(row ? "行" : "列", row ? "Row" : "Column", line.getName(), line.getLabel()));
			if (line.getLabel() == null && Grids.zhLabel(line) != null) {
				lines.add(Grids.zhLabel(line));
			}
			if (!line.getAkas().isEmpty()) {
				lines.add("亦作 also printed as: " + String.join("、", line.getAkas()));
			}
			List<String> added = addedAkas(line);
			if (!added.isEmpty()) {
				lines.add("修订增补的写法 added by revisions: " + String.join("、", added));
			}
			tableOf(line, lines);
			if (line.getIndicator() != null && !line.getIndicator().eIsProxy()) {
				lines.add("指标 indicator: `" + line.getIndicator().getName() + "` " + both(line.getIndicator().getLabel()));
			}
			if (line.getMember() != null && !line.getMember().eIsProxy()) {
				lines.add("维度成员 member: `" + line.getMember().getName() + "` " + both(line.getMember().getLabel()));
			}
			if (line.isNotReported()) {
				lines.add("不填报 not reported");
			}
			if (line.getFormula() != null) {
				lines.add("计算 calculated: `= " + source(line.getFormula()) + "`");
			}
		} else if (o instanceof LineGroup group) {
			boolean heading = group.getKind() == GroupKind.HEADING;
			lines.add(title(heading ? "标题行" : "列组", heading ? "Heading" : "Column group", group.getName(),
					group.getLabel()));
			tableOf(group, lines);
			if (group.getDimension() != null && !group.getDimension().eIsProxy()) {
				lines.add("维度 dimension: `" + group.getDimension().getName() + "`");
			}
		} else if (o instanceof Member || o instanceof MemberGroup) {
			Coordinate member = (Coordinate) o;
			lines.add(title(o instanceof Member ? "维度成员" : "成员分组", o instanceof Member ? "Member" : "Member group",
					member.getName(), member.getLabel()));
			Dimension dimension = Grids.dimensionOf(member);
			if (dimension != null) {
				lines.add("维度 dimension: `" + dimension.getName() + "` " + both(dimension.getLabel()));
			}
		} else if (o instanceof Dimension dimension) {
			lines.add(title("维度", "Dimension", dimension.getName(), dimension.getLabel()));
			lines.add("成员 members: " + EcoreUtil2.getAllContentsOfType(dimension, Member.class).size());
		} else if (o instanceof Table table) {
			lines.add(title("表", "Table", table.getName(), table.getLabel()));
			lines.add("行 rows: " + Grids.lines(table.getRows()).size() + " · 列 columns: "
					+ Grids.lines(table.getColumns()).size());
			if (table.getNote() != null) {
				lines.add("注 note: " + both(table.getNote()));
			}
		} else if (o instanceof Rule check) {
			lines.add(title("规则", "Rule", check.getName(), check.getLabel()) + " — " + check.getSeverity().getLiteral());
			String scope = check.isForEach() ? "for each " + check.getIteration().getLiteral() : "";
			if (check.getTable() != null && !check.getTable().eIsProxy()) {
				scope = (scope + " in " + check.getTable().getName()).strip();
			}
			if (!scope.isEmpty()) {
				lines.add("范围 scope: " + scope);
			}
			if (check.getCondition() != null) {
				lines.add("条件 when: `" + source(check.getCondition()) + "`");
			}
			if (check.getAssertion() != null) {
				lines.add("断言 assert: `" + source(check.getAssertion()) + "`");
			}
			if (check.getTolerance() != null) {
				lines.add("容差 tolerance: " + source(check.getTolerance()));
			}
			if (check.getMessage() != null) {
				lines.add("提示 message: " + both(check.getMessage()));
			}
		} else if (o instanceof Template template) {
			lines.add(title("模板", "Template", template.getName(), template.getLabel()));
			String header = "年度 year: " + template.getYear();
			if (template.getPeriod() != null) {
				header += " · " + template.getPeriod().getLiteral();
			}
			if (template.getRevises() != null && !template.getRevises().eIsProxy()) {
				header += " · 修订 revises `" + template.getRevises().getName() + "`";
			}
			lines.add(header);
		} else if (o instanceof Catalog catalog) {
			lines.add(title("指标目录", "Catalog", catalog.getName(), catalog.getLabel()));
		} else if (o instanceof Claim claim) {
			lines.add(title("叙述指标", "Claim", claim.getName(), claim.getLabel()));
			if (claim.getIndicator() != null && !claim.getIndicator().eIsProxy()) {
				lines.add("指标 indicator: `" + claim.getIndicator().getName() + "` " + both(claim.getIndicator().getLabel()));
			}
			if (!claim.getPhrases().isEmpty()) {
				lines.add("说法 phrases: " + String.join(", ", claim.getPhrases()));
			}
		} else if (o instanceof Section section) {
			lines.add(title("章节", "Section", section.getName(), section.getLabel()));
		} else if (o instanceof Narrative narrative) {
			lines.add(title("叙述部分", "Narrative", narrative.getName(), narrative.getLabel()));
			if (narrative.isRequired()) {
				lines.add("必填 required" + (narrative.getMinLength() > 0 ? " · ≥ " + narrative.getMinLength() + " 字 chars" : ""));
			}
		} else {
			return null;
		}
		return String.join("\n\n", lines);
	}

	private static void tableOf(EObject line, List<String> lines) {
		Table table = EcoreUtil2.getContainerOfType(line, Table.class);
		if (table != null) {
			lines.add("表 table: `" + table.getName() + "` " + both(table.getLabel()));
		}
	}

	private static String title(String zh, String en, String name, Label label) {
		String text = "**" + zh + " " + en + "** `" + name + "`";
		return label == null ? text : text + "\n\n" + both(label);
	}

	/** "中文 — English", or whichever half is there. */
	public static String both(Label label) {
		return label == null ? "" : Language.both(label.getZh(), label.getEn(), " — ");
	}

	private static String unitText(Unit unit) {
		String text = unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
		if (unit.getEn() != null) {
			text += " (" + unit.getEn() + ")";
		}
		if (unit.getBase() != null && !unit.getBase().eIsProxy()) {
			text += " = " + unit.getFactor() + " " + unit.getBase().getName();
		}
		return text;
	}

	/** The element as written in the file, on one line. */
	private static String source(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
