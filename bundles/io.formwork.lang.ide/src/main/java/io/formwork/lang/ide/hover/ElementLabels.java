package io.formwork.lang.ide.hover;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.GroupKind;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.LineKind;

/**
 * Short texts naming an element for a list (completion items, symbols, code actions): its kind in Chinese and
 * English, and its labels. The long form is {@link FormworkDocumentationProvider}.
 */
public final class ElementLabels {

	private static final FormworkPackage P = FormworkPackage.eINSTANCE;

	private ElementLabels() {
	}

	/** "本年制发件数 — Issued this year", or the kind ("行 Row") when the element has no label. */
	public static String detail(EObject element) {
		Label label = label(element);
		String both = FormworkDocumentationProvider.both(label);
		return both.isEmpty() ? kind(element) : both;
	}

	/** The element's label, or null. */
	public static Label label(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("label");
		if (feature != null && element.eGet(feature) instanceof Label label) {
			return label;
		}
		return null;
	}

	/** The kind of an element, zh and en: "行 Row", "列 Column", "指标 Indicator"… */
	public static String kind(EObject element) {
		if (element instanceof Line line) {
			return line.getKind() == LineKind.ROW ? "行 Row" : "列 Column";
		}
		if (element instanceof LineGroup group) {
			return group.getKind() == GroupKind.HEADING ? "标题行 Heading" : "列组 Column group";
		}
		return kind(element.eClass());
	}

	/** The kind of elements of a type, zh and en. */
	public static String kind(EClass type) {
		if (P.getIndicator().isSuperTypeOf(type)) {
			return "指标 Indicator";
		}
		if (P.getLine().isSuperTypeOf(type)) {
			return "行或列 Row or column";
		}
		if (P.getLineGroup().isSuperTypeOf(type)) {
			return "标题行或列组 Heading or column group";
		}
		if (P.getMember().isSuperTypeOf(type)) {
			return "维度成员 Member";
		}
		if (P.getMemberGroup().isSuperTypeOf(type)) {
			return "成员分组 Member group";
		}
		if (P.getTable().isSuperTypeOf(type)) {
			return "表 Table";
		}
		if (P.getUnit().isSuperTypeOf(type)) {
			return "单位 Unit";
		}
		if (P.getDimension().isSuperTypeOf(type)) {
			return "维度 Dimension";
		}
		if (P.getTemplate().isSuperTypeOf(type)) {
			return "模板 Template";
		}
		if (P.getCatalog().isSuperTypeOf(type)) {
			return "指标目录 Catalog";
		}
		if (P.getClaim().isSuperTypeOf(type)) {
			return "叙述指标 Claim";
		}
		if (P.getRule().isSuperTypeOf(type)) {
			return "规则 Rule";
		}
		if (P.getSection().isSuperTypeOf(type)) {
			return "章节 Section";
		}
		if (P.getNarrative().isSuperTypeOf(type)) {
			return "叙述部分 Narrative";
		}
		return type.getName();
	}
}
