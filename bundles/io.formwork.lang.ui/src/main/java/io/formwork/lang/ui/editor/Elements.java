package io.formwork.lang.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import io.formwork.lang.revision.Revisions;

/**
 * The element at an offset of a parsed source (what a name declares or a reference names) and the regions
 * that name an element: its declaration and every reference to it in one resource.
 */
public final class Elements {

	private static final EObjectAtOffsetHelper HELPER = new EObjectAtOffsetHelper();

	private Elements() {
	}

	/** The element declared or referred to at the offset, or null. */
	public static EObject at(XtextResource resource, int offset) {
		EObject element = HELPER.resolveElementAt(resource, offset);
		if (element != null && element.eIsProxy()) {
			element = EcoreUtil.resolve(element, resource);
		}
		return element == null || element.eIsProxy() ? null : element;
	}

	/** The cross-referenced element at the offset (null on a declaration), resolved. */
	public static EObject referencedAt(XtextResource resource, int offset) {
		EObject element = HELPER.resolveCrossReferencedElementAt(resource, offset);
		if (element != null && element.eIsProxy()) {
			element = EcoreUtil.resolve(element, resource);
		}
		return element == null || element.eIsProxy() ? null : element;
	}

	/**
	 * Where an element is written: itself, or for an element of a revision's effective template (held in a resource
	 * with no text) the element as the revision or the template it inherits from states it ({@link Revisions#origin}).
	 */
	public static EObject declaration(EObject element) {
		if (element == null) {
			return null;
		}
		EObject origin = Revisions.origin(element);
		return origin == null || origin.eResource() == null ? element : origin;
	}

	/** The region of the word (name or reference) at the offset. */
	public static IRegion wordAt(XtextResource resource, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return null;
		}
		if (leaf.isHidden() && offset > 0) {
			leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
		}
		return leaf == null ? null : new Region(leaf.getOffset(), leaf.getLength());
	}

	/** The region of an element's name in its file, or of the whole element if it has no name. */
	public static IRegion nameRegion(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
			if (!nodes.isEmpty()) {
				return new Region(nodes.get(0).getOffset(), nodes.get(0).getLength());
			}
		}
		INode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? null : new Region(node.getOffset(), node.getLength());
	}

	/** The declaration (if in this resource) and every reference to the element in this resource. */
	public static List<IRegion> occurrences(XtextResource resource, EObject target) {
		List<IRegion> regions = new ArrayList<>();
		if (target.eResource() == resource) {
			IRegion declaration = nameRegion(target);
			if (declaration != null) {
				regions.add(declaration);
			}
		}
		for (var it = EcoreUtil.<EObject>getAllContents(resource, false); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isMany()) {
					continue;
				}
				Object value = object.eGet(reference, false);
				if (value instanceof EObject referenced) {
					if (referenced.eIsProxy()) {
						referenced = EcoreUtil.resolve(referenced, resource);
					}
					if (referenced == target) {
						for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
							regions.add(new Region(node.getOffset(), node.getLength()));
						}
					}
				}
			}
		}
		return regions;
	}
}
