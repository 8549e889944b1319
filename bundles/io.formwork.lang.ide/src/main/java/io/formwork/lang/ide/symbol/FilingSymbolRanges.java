package io.formwork.lang.ide.symbol;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolRangeProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

import io.formwork.lang.filing.ClaimEntry;
import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.FilingPackage;
import io.formwork.lang.filing.RowEntry;
import io.formwork.lang.filing.TableEntry;

/** A filing symbol is selected at the code that names it (the template, table, row or claim it refers to). */
public class FilingSymbolRanges extends DocumentSymbolRangeProvider {

	private static final FilingPackage P = FilingPackage.eINSTANCE;

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public Range getSelectionRange(EObject object) {
		EStructuralFeature code = object instanceof FilingFile ? P.getFilingFile_Template()
				: object instanceof TableEntry ? P.getTableEntry_Table()
						: object instanceof RowEntry ? P.getRowEntry_Row()
								: object instanceof ClaimEntry ? P.getClaimEntry_Claim() : null;
		if (code != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(object, code)) {
				return documentExtensions.newRange(object.eResource(), new TextRegion(node.getOffset(), node.getLength()));
			}
		}
		return super.getSelectionRange(object);
	}
}
