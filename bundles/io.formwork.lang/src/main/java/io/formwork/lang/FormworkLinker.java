package io.formwork.lang;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;

/**
 * Xtext's lazy linker, which can also link part of a model: the objects a partial reparse created and those
 * whose links it left stale ({@link FormworkResource}), leaving every other link of the resource as it is.
 */
public class FormworkLinker extends LazyLinker {

	/**
	 * Installs the lazy links of each root and everything under it, as {@link #linkModel} does for a whole model,
	 * but without forgetting the resource's other lazy links (their proxies stay valid).
	 */
	public void linkParts(Resource resource, Collection<EObject> roots, IDiagnosticConsumer consumer) {
		Multimap<EStructuralFeature.Setting, INode> queued = ArrayListMultimap.create();
		IDiagnosticProducer producer = createDiagnosticProducer(consumer, resource);
		getCache().execWithoutCacheClear(resource, new IUnitOfWork.Void<Resource>() {
			@Override
			public void process(Resource state) {
				boolean clear = isClearAllReferencesRequired(state);
				for (EObject root : roots) {
					for (TreeIterator<EObject> it = getAllLinkableContents(root); it.hasNext();) {
						EObject object = it.next();
						if (clear) {
							clearReferences(object);
						}
						installProxies(object, producer, queued);
					}
				}
			}
		});
		installQueuedLinks(queued);
	}
}
