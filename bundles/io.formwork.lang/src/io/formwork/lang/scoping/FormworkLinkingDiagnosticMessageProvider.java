package io.formwork.lang.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Table;
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
		} else {
			String[] noun = noun(type);
			message = Messages.of("未找到" + noun[0] + " '" + name + "'", "Unknown " + noun[1] + " '" + name + "'");
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
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
