package io.formwork.lang.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import io.formwork.lang.formwork.AkaAddition;
import io.formwork.lang.formwork.AxisRevision;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Change;
import io.formwork.lang.formwork.ElementKind;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.GroupKind;
import io.formwork.lang.formwork.HeadingRevision;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Relabelling;
import io.formwork.lang.formwork.Removal;
import io.formwork.lang.formwork.Renaming;
import io.formwork.lang.formwork.Replacement;
import io.formwork.lang.formwork.Retyping;
import io.formwork.lang.formwork.RuleSwitch;
import io.formwork.lang.formwork.SectionRevision;
import io.formwork.lang.formwork.SeverityChange;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.validation.Messages;

/**
 * Unresolved references, said in Chinese and English: what kind of thing was looked for, and where.
 */
public class FormworkLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		EClass type = context.getReference().getEReferenceType();
		String message;
		if (type == FormworkPackage.Literals.COORDINATE) {
			CellRef ref = EcoreUtil2.getContainerOfType(context.getContext(), CellRef.class);
			Table table = ref == null ? null : Grids.tableOf(ref);
			if (table == null) {
				message = Messages.of("单元格引用 '" + name + "' 没有所属的表：请写出表代码，或在规则上写 'in 表'",
						"Cell reference '" + name + "' has no table: name one, or give the rule 'in <table>'");
			} else {
				message = Messages.of("表 " + table.getName() + " 在此处没有行或列 '" + name + "'",
						"Table " + table.getName() + " has no row or column '" + name + "' here");
			}
		} else if (type == EcorePackage.Literals.EOBJECT || context.getContext() instanceof Change) {
			message = revisionTarget(context, name);
		} else {
			String[] noun = noun(type);
			message = Messages.of("未找到" + noun[0] + " '" + name + "'", "Unknown " + noun[1] + " '" + name + "'");
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** A statement of a revision names something the revised template does not have there. */
	private static String revisionTarget(ILinkingDiagnosticContext context, String name) {
		var statement = context.getContext();
		var template = EcoreUtil2.getContainerOfType(statement, Template.class);
		var revised = template == null ? null : template.getRevises();
		String base = revised == null || revised.eIsProxy() ? "?" : revised.getName();
		String[] noun;
		if (statement instanceof Removal r) {
			noun = kind(r.getKind());
		} else if (statement instanceof Renaming r) {
			noun = kind(r.getKind());
		} else if (statement instanceof Relabelling r) {
			noun = kind(r.getKind());
		} else if (statement instanceof Replacement r) {
			noun = kind(r.getKind());
		} else if (statement instanceof AkaAddition r) {
			noun = r.getKind() == LineKind.ROW ? new String[] { "行", "row" }
					: new String[] { "列", "column" };
		} else if (statement instanceof Retyping r) {
			noun = r.getKind() == LineKind.ROW ? new String[] { "行", "row" }
					: new String[] { "列", "column" };
		} else if (statement instanceof HeadingRevision h) {
			noun = h.getKind() == GroupKind.HEADING ? new String[] { "标题行", "heading" }
					: new String[] { "列组", "group" };
		} else if (statement instanceof SectionRevision) {
			noun = new String[] { "章节", "section" };
		} else if (statement instanceof TableRevision) {
			noun = new String[] { "表", "table" };
		} else if (statement instanceof RuleSwitch
				|| statement instanceof SeverityChange) {
			noun = new String[] { "规则", "rule" };
		} else {
			noun = new String[] { "对象", "declaration" };
		}
		boolean lineKind = "row".equals(noun[1]) || "column".equals(noun[1]) || "heading".equals(noun[1])
				|| "group".equals(noun[1]);
		boolean inTable = EcoreUtil2.getContainerOfType(statement, AxisRevision.class) != null
				|| EcoreUtil2.getContainerOfType(statement.eContainer(), HeadingRevision.class) != null;
		if (lineKind && !inTable) {
			return Messages.of("行、列与标题须在 'revise table 表代码 { rows { … } }' 或 'columns { … }' 中修改（" + name + "）",
					"Rows, columns and headings are changed inside 'revise table <table> { rows { … } }' or 'columns { … }' ("
							+ name + ")");
		}
		if (revised == null) {
			return Messages.of("模板 " + (template == null ? "?" : template.getName()) + " 没有修订任何模板，找不到" + noun[0] + " '" + name + "'",
					"Template " + (template == null ? "?" : template.getName()) + " revises no template: there is no "
							+ noun[1] + " '" + name + "' to change");
		}
		return Messages.of("被修订的模板 " + base + " 在此处没有" + noun[0] + " '" + name + "'",
				"The revised template " + base + " has no " + noun[1] + " '" + name + "' here");
	}

	private static String[] kind(ElementKind kind) {
		return switch (kind) {
		case SECTION -> new String[] { "章节", "section" };
		case NARRATIVE -> new String[] { "叙述部分", "narrative" };
		case CLAIM -> new String[] { "叙述指标", "claim" };
		case TABLE -> new String[] { "表", "table" };
		case ROW -> new String[] { "行", "row" };
		case COLUMN -> new String[] { "列", "column" };
		case HEADING -> new String[] { "标题行", "heading" };
		case GROUP -> new String[] { "列组", "group" };
		case CHECK -> new String[] { "规则", "rule" };
		case INDICATOR -> new String[] { "指标", "indicator" };
		};
	}

	private static String[] noun(EClass type) {
		FormworkPackage p = FormworkPackage.eINSTANCE;
		if (type == p.getIndicator()) {
			return new String[] { "指标", "indicator" };
		}
		if (type == p.getUnit()) {
			return new String[] { "计量单位", "unit" };
		}
		if (type == p.getDimension()) {
			return new String[] { "维度", "dimension" };
		}
		if (type == p.getMember()) {
			return new String[] { "维度成员", "dimension member" };
		}
		if (type == p.getTable()) {
			return new String[] { "表", "table" };
		}
		if (type == p.getTemplate()) {
			return new String[] { "模板", "template" };
		}
		if (type == p.getClaim()) {
			return new String[] { "叙述指标", "narrative claim" };
		}
		return new String[] { "对象", type.getName() };
	}
}
