package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.EnumValue;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;

/** Every indicator, template, section, narrative, table, member and rule message has its Chinese text. */
public class LabelChecks extends FormworkChecks {

	@Check
	public void checkIndicatorHasZhLabel(Indicator indicator) {
		requireZh(indicator.getLabel(), indicator, null, "指标", "indicator", indicator.getName());
	}

	@Check
	public void checkTemplateHasZhLabel(Template template) {
		requireZh(template.getLabel(), template, null, "模板", "template", template.getName());
	}

	@Check
	public void checkSectionHasZhLabel(Section section) {
		requireZh(section.getLabel(), section, null, "章节", "section", section.getName());
	}

	@Check
	public void checkNarrativeHasZhLabel(Narrative narrative) {
		requireZh(narrative.getLabel(), narrative, null, "叙述部分", "narrative part",
				narrative.getName());
	}

	@Check
	public void checkTableHasZhLabel(Table table) {
		requireZh(table.getLabel(), table, table.eClass().getEStructuralFeature("name"), "表", "table", table.getName());
	}

	@Check
	public void checkMemberHasZhLabel(Coordinate coordinate) {
		if (coordinate instanceof Line line) {
			if (Grids.zhLabel(line) == null) {
				missingZh(line, null, line.getKind() == LineKind.ROW ? "行" : "列",
						line.getKind().getLiteral(), line.getName());
			}
		} else {
			String zh = coordinate instanceof LineGroup ? "标题" : "维度成员";
			String en = coordinate instanceof LineGroup ? "heading" : "member";
			requireZh(coordinate.getLabel(), coordinate, null, zh, en, coordinate.getName());
		}
	}

	@Check
	public void checkRuleMessageHasZh(Rule rule) {
		if (rule.getMessage() != null && rule.getMessage().getZh() == null) {
			error(Messages.of("规则 " + rule.getName() + " 的提示信息缺少中文", "The message of rule " + rule.getName()
					+ " has no Chinese text"), rule, P.getRule_Message(), MISSING_ZH_LABEL);
		}
	}

	@Check
	public void checkEnumValueLabel(EnumValue value) {
		requireZh(value.getLabel(), value, null, "取值", "value", value.getName());
	}
}
