package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.IndicatorType;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;

/** Codes are unique per kind of thing: catalog and template members, template ids, dimension members, enumeration values, the rows and columns of a table. */
public class CodeChecks extends FormworkChecks {

	@Check
	public void checkCatalogCodesAreUnique(Catalog catalog) {
		checkUnique(catalog.getMembers(), "目录", "the catalog");
	}

	@Check
	public void checkTemplateCodesAreUnique(Template template) {
		Set<EObject> named = new LinkedHashSet<>(template.getMembers());
		for (Section section : EcoreUtil2.getAllContentsOfType(template, Section.class)) {
			named.add(section);
			named.addAll(section.getParts());
		}
		named.addAll(EcoreUtil2.getAllContentsOfType(template, Claim.class));
		checkUnique(new ArrayList<>(named), "模板 " + template.getName(), "template " + template.getName());
	}

	/**
	 * A template id names one template among the files loaded together (a folder, a project): a filing or a
	 * revision naming it must not find two.
	 */
	@Check
	public void checkTemplateIdIsUnique(Template template) {
		if (template.getName() == null || template.eResource() == null || template.eResource().getResourceSet() == null) {
			return;
		}
		for (Resource other : List.copyOf(template.eResource().getResourceSet().getResources())) {
			if (other == template.eResource() || other.getContents().isEmpty()
					|| !(other.getContents().get(0) instanceof FormFile file)
					|| file.getTemplate() == null || !template.getName().equals(file.getTemplate().getName())) {
				continue;
			}
			String where = other.getURI() == null ? "?" : other.getURI().lastSegment();
			error(Messages.of("模板代码 '" + template.getName() + "' 重复：" + where + " 中也声明了它",
					"Duplicate template id '" + template.getName() + "': " + where + " declares it too"), template,
					P.getTemplate_Name(), DUPLICATE_TEMPLATE, template.getName());
			return;
		}
	}

	@Check
	public void checkDimensionMemberCodesAreUnique(Dimension dimension) {
		checkUnique(EcoreUtil2.getAllContentsOfType(dimension, Coordinate.class), "维度 " + dimension.getName(),
				"dimension " + dimension.getName());
	}

	@Check
	public void checkEnumValuesAreUnique(Indicator indicator) {
		checkUnique(new ArrayList<EObject>(indicator.getValues()), "指标 " + indicator.getName() + " 的取值",
				"the values of indicator " + indicator.getName());
	}

	@Check
	public void checkAxisCodesAreUnique(Table table) {
		if (table.getRows() != null && table.getRows().getDimension() == null) {
			checkUnique(new ArrayList<>(EcoreUtil2.getAllContentsOfType(table.getRows(), AxisItem.class)),
					"表 " + table.getName() + " 的行", "the rows of table " + table.getName());
		}
		if (table.getColumns() != null && table.getColumns().getDimension() == null) {
			checkUnique(new ArrayList<>(EcoreUtil2.getAllContentsOfType(table.getColumns(), AxisItem.class)),
					"表 " + table.getName() + " 的列", "the columns of table " + table.getName());
		}
	}

	/** Codes are unique per kind of thing: two indicators, or two rows of one table, may not share one. */
	private void checkUnique(List<? extends EObject> objects, String zhWhere, String enWhere) {
		Map<String, EObject> seen = new HashMap<>();
		for (EObject object : objects) {
			EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
			if (nameFeature == null || !(object.eGet(nameFeature) instanceof String name)) {
				continue;
			}
			String key = kindOf(object) + ":" + name;
			EObject previous = seen.putIfAbsent(key, object);
			if (previous != null) {
				error(Messages.of(zhWhere + "中的代码 '" + name + "' 重复（第一次出现在第 " + line(previous) + " 行）",
						"Duplicate code '" + name + "' in " + enWhere + " (first used on line " + line(previous)
								+ ")"),
						object, nameFeature, DUPLICATE_CODE, name);
			}
		}
	}

	private static String kindOf(EObject object) {
		if (object instanceof AxisItem) {
			return "line";
		}
		if (object instanceof Member || object instanceof MemberGroup) {
			return "member";
		}
		return object.eClass().getName();
	}

	@Check
	public void checkEnumerationHasValues(Indicator indicator) {
		if (indicator.getType() == IndicatorType.ENUMERATION && indicator.getValues().isEmpty()) {
			error(Messages.of("枚举指标 " + indicator.getName() + " 须列出取值（values）",
					"Enumeration indicator " + indicator.getName() + " must list its values"), indicator,
					P.getIndicator_Type(), TYPE_MISMATCH);
		}
		if (indicator.getValues().size() > 0 && indicator.getType() != IndicatorType.ENUMERATION) {
			error(Messages.of("只有枚举指标可以列出取值", "Only an enumeration indicator lists values"), indicator,
					P.getIndicator_Values(), TYPE_MISMATCH);
		}
	}
}
