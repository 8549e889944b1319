package io.formwork.lang.ide.symbol;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.filing.ClaimEntry;
import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.FilingPackage;
import io.formwork.lang.filing.RowEntry;
import io.formwork.lang.filing.TableEntry;

/**
 * The names of a filing's document symbols (its outline): the filing by the template it names and its year, its
 * tables, their rows and its claims by the codes written in the file (a filing declares no names of its own, so
 * Xtext's qualified names would give none).
 */
public class FilingSymbolNames extends DocumentSymbolNameProvider {

	private static final FilingPackage P = FilingPackage.eINSTANCE;

	@Override
	public String getName(EObject object) {
		if (object instanceof FilingFile filing) {
			String name = "filing for " + written(filing, P.getFilingFile_Template());
			return filing.getYear() > 0 ? name + " year " + filing.getYear() : name;
		}
		if (object instanceof TableEntry table) {
			return "table " + written(table, P.getTableEntry_Table());
		}
		if (object instanceof RowEntry row) {
			return written(row, P.getRowEntry_Row());
		}
		if (object instanceof ClaimEntry claim) {
			return "claim " + written(claim, P.getClaimEntry_Claim());
		}
		return null;
	}

	/** The text written for a reference, whether or not it resolves. */
	private static String written(EObject object, EStructuralFeature feature) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			return NodeModelUtils.getTokenText(node);
		}
		return "?";
	}
}
