package io.formwork.lang;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;

/**
 * Unloads a model that is parsed again (an editor's reparse) as Xtext's {@code GenericUnloader} does: every
 * object becomes a proxy with the URI it had, so that references from other resources resolve again, and loses
 * its adapters. The URIs are the same ({@code resource URI#//@members.3/@rows.0}, EMF's path fragments, which
 * Formwork keeps: it binds no fragment provider and its model has no ID attributes) but are built from the top
 * down, once per object: the generic unloader asks EMF for each object's fragment, which looks every object up
 * in its container's list ({@code indexOf}) and walks up to the root, so a template of thousands of members
 * spent a third of its reparse there.
 */
public class ReferableElementsUnloader implements IReferableElementsUnloader {

	@Override
	public void unloadRoot(EObject root) {
		URI rootUri = EcoreUtil.getURI(root);
		List<InternalEObject> objects = new ArrayList<>();
		List<URI> uris = new ArrayList<>();
		objects.add((InternalEObject) root);
		uris.add(rootUri);
		root.eAdapters().clear();
		URI resource = rootUri.trimFragment();
		collect(root, rootUri.fragment(), resource, objects, uris);
		for (int i = 0; i < objects.size(); i++) {
			objects.get(i).eSetProxyURI(uris.get(i));
		}
	}

	/** The contents of an object, depth first in the order of {@code EcoreUtil.getAllProperContents}. */
	private static void collect(EObject parent, String fragment, URI resource, List<InternalEObject> objects,
			List<URI> uris) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (!parent.eIsSet(containment)) {
				continue;
			}
			String segment = fragment + "/@" + containment.getName();
			if (containment.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> children = (EList<EObject>) parent.eGet(containment, false);
				for (int i = 0; i < children.size(); i++) {
					add(children.get(i), segment + "." + i, resource, objects, uris);
				}
			} else {
				EObject child = (EObject) parent.eGet(containment, false);
				if (child != null) {
					add(child, segment, resource, objects, uris);
				}
			}
		}
	}

	private static void add(EObject child, String fragment, URI resource, List<InternalEObject> objects,
			List<URI> uris) {
		if (child.eIsProxy()) {
			return; // a proxy among the contents (not a proper content): left as it is, as the generic unloader does
		}
		objects.add((InternalEObject) child);
		uris.add(resource.appendFragment(fragment));
		child.eAdapters().clear();
		collect(child, fragment, resource, objects, uris);
	}
}
