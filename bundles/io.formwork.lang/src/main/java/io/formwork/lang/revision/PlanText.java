package io.formwork.lang.revision;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The text of a model element as written in its .form file (for an effective template, where it was written). */
final class PlanText {

	private PlanText() {
	}

	static String of(EObject object) {
		if (object == null) {
			return "";
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(Revisions.origin(object));
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
