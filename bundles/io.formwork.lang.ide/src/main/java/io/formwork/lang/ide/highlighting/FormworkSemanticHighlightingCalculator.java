package io.formwork.lang.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.formwork.lang.formwork.FormworkPackage;

/**
 * Semantic highlighting of templates, catalogs and filings: declared codes, and references coloured by what they
 * refer to (indicator, row or column, table, unit, dimension, template, claim). A declared code that is also a
 * keyword ({@code column amount}) is marked as a declaration, so editors show it as a code.
 */
public class FormworkSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	private static final FormworkPackage P = FormworkPackage.eINSTANCE;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		int count = 0;
		for (var it = EcoreUtil.<EObject>getAllContents(resource, false); it.hasNext();) {
			if ((++count & 0xff) == 0 && cancelIndicator.isCanceled()) {
				return;
			}
			EObject object = it.next();
			EClass type = object.eClass();
			EStructuralFeature name = type.getEStructuralFeature("name");
			if (name != null && name.getEType() == EcorePackage.Literals.ESTRING) {
				highlight(acceptor, object, name, FormworkHighlightingStyles.DECLARATION);
			}
			for (EReference reference : type.getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					String style = styleOf(reference.getEReferenceType());
					if (style != null) {
						highlight(acceptor, object, reference, style);
					}
				}
			}
		}
	}

	private static void highlight(IHighlightedPositionAcceptor acceptor, EObject object, EStructuralFeature feature,
			String style) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			int length = node.getLength();
			if (length > 0) {
				acceptor.addPosition(node.getOffset(), length, style);
			}
		}
	}

	/** The style of a reference to something of this type; null for types not highlighted. */
	protected String styleOf(EClass target) {
		if (P.getIndicator().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.INDICATOR;
		}
		if (P.getCoordinate().isSuperTypeOf(target) || P.getMember().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.COORDINATE;
		}
		if (P.getTable().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.TABLE;
		}
		if (P.getUnit().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.UNIT;
		}
		if (P.getDimension().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.DIMENSION;
		}
		if (P.getTemplate().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.TEMPLATE;
		}
		if (P.getClaim().isSuperTypeOf(target)) {
			return FormworkHighlightingStyles.CLAIM;
		}
		return null;
	}
}
