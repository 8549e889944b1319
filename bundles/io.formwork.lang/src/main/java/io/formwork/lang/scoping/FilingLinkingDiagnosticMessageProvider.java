package io.formwork.lang.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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
		// never resolve a link here: this is called while links are being resolved
		String template = name(file, p.getFilingFile_Template());
		TableEntry entry = EcoreUtil2.getContainerOfType(context.getContext(), TableEntry.class);
		String table = name(entry, p.getTableEntry_Table());
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

	private static String name(EObject owner, EReference reference) {
		if (owner == null || !(owner.eGet(reference, false) instanceof EObject target)
				|| target.eIsProxy()) {
			return "?";
		}
		Object name = target.eGet(target.eClass().getEStructuralFeature("name"));
		return name == null ? "?" : name.toString();
	}
}
