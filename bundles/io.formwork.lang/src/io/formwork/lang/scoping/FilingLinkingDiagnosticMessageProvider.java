package io.formwork.lang.scoping;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;

import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.FilingPackage;
import io.formwork.lang.filing.TableEntry;
import io.formwork.lang.validation.Messages;

/**
 * Unknown codes in a filing, said in Chinese and English with the template and table they were looked up in.
 */
public class FilingLinkingDiagnosticMessageProvider extends FormworkLinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		var reference = context.getReference();
		FilingPackage p = FilingPackage.eINSTANCE;
		FilingFile file = EcoreUtil2.getContainerOfType(context.getContext(), FilingFile.class);
		String template = file == null || file.getTemplate() == null || file.getTemplate().eIsProxy() ? "?"
				: file.getTemplate().getName();
		TableEntry entry = EcoreUtil2.getContainerOfType(context.getContext(), TableEntry.class);
		String table = entry == null || entry.getTable() == null || entry.getTable().eIsProxy() ? "?"
				: entry.getTable().getName();
		String message;
		if (reference == p.getTableEntry_Table()) {
			message = Messages.of("模板 " + template + " 中没有表 '" + name + "'", "Template " + template + " has no table '" + name + "'");
		} else if (reference == p.getRowEntry_Row()) {
			message = Messages.of("表 " + table + " 中没有行 '" + name + "'", "Table " + table + " has no row '" + name + "'");
		} else if (reference == p.getCellEntry_Column() || reference == p.getCellEntry_Member()) {
			message = Messages.of("表 " + table + " 中没有列 '" + name + "'", "Table " + table + " has no column '" + name + "'");
		} else if (reference == p.getClaimEntry_Claim()) {
			message = Messages.of("模板 " + template + " 中没有叙述指标 '" + name + "'", "Template " + template + " has no claim '" + name + "'");
		} else {
			return super.getUnresolvedProxyMessage(context);
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
