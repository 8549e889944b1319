package io.formwork.lang.ide.symbol;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import io.formwork.lang.revision.Revisions;

/**
 * Definitions that lead to the text: a code that refers to an element of a revision's effective template (a
 * filing's table, row or column, a revision's own rules) leads to where that element is written, in the revision or
 * in the template it inherits it from ({@link Revisions#origin}). The effective template lives in a resource of its
 * own outside the resource set, which Xtext's service would try, and fail, to load by its URI.
 */
public class FormworkDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		EObject element = elementAtOffset.resolveElementAt(resource, offset);
		if (element == null || element.eIsProxy()) {
			return List.of();
		}
		EObject origin = Revisions.origin(element);
		if (origin == element && isLoadable(element)) {
			return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
		}
		List<Location> locations = new ArrayList<>();
		Location location = documentExtensions.newLocation(origin);
		if (location != null) {
			locations.add(location);
		}
		return locations;
	}

	/** True when the element's resource is one of its resource set's (a file), not an effective template's. */
	private static boolean isLoadable(EObject element) {
		var resource = element.eResource();
		return resource != null && resource.getResourceSet() != null
				&& resource.getResourceSet().getResources().contains(resource);
	}
}
