package io.formwork.lang.scoping;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Xtext's scoping by qualified names and imports ({@link ImportedNamespaceAwareLocalScopeProvider}), with the
 * scope of each container built once per reference kind instead of once per reference: Xtext's provider builds,
 * for every cross-reference, the chain of nested scopes from the file down to the reference (one per enclosing
 * named element, plus the file's and the global scope), so the 2,000 rows of a large template built 2,000 times
 * the same chain of their table. Here the chain above an object is kept in the resource's
 * {@link IResourceScopeCache} (cleared by Xtext on every reparse and any change to the model), keyed by the
 * container and the reference, and only the innermost level is built per reference. The scopes are the same
 * objects Xtext builds, nested the same way, so they find the same elements in the same order.
 * <p>
 * The global scope (other files of the resource set or the index) is the one part that can change without this
 * resource changing; it is not kept: the cached chain ends in a scope that asks Xtext's global scope provider
 * again at each look-up, as the uncached chain would have at its creation.
 */
public class FormworkLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache = IResourceScopeCache.NullImpl.INSTANCE;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (context == null) {
			throw new NullPointerException("context");
		}
		EObject container = context.eContainer();
		Resource resource = context.eResource();
		if (container == null || resource == null) {
			return super.getScope(context, reference);
		}
		IScope outer = cache.get(Tuples.create(FormworkLocalScopeProvider.class, container, reference), resource,
				() -> getScope(container, reference));
		return getLocalElementsScope(outer, context, reference);
	}

	@Override
	protected IScope getResourceScope(Resource res, EReference reference) {
		EObject context = res.getContents().get(0);
		IScope globalScope = new GlobalScope(() -> getGlobalScope(res, reference));
		List<ImportNormalizer> normalizers = getImplicitImports(isIgnoreCase(reference));
		if (!normalizers.isEmpty()) {
			globalScope = createImportScope(globalScope, normalizers, null, reference.getEReferenceType(),
					isIgnoreCase(reference));
		}
		return getResourceScope(globalScope, context, reference);
	}

	/** The global scope, asked for anew at each look-up. */
	private static final class GlobalScope implements IScope {
		private final Supplier<IScope> scope;

		GlobalScope(Supplier<IScope> scope) {
			this.scope = scope;
		}

		@Override
		public IEObjectDescription getSingleElement(QualifiedName name) {
			return scope.get().getSingleElement(name);
		}

		@Override
		public Iterable<IEObjectDescription> getElements(QualifiedName name) {
			return scope.get().getElements(name);
		}

		@Override
		public IEObjectDescription getSingleElement(EObject object) {
			return scope.get().getSingleElement(object);
		}

		@Override
		public Iterable<IEObjectDescription> getElements(EObject object) {
			return scope.get().getElements(object);
		}

		@Override
		public Iterable<IEObjectDescription> getAllElements() {
			return scope.get().getAllElements();
		}

		@Override
		public String toString() {
			return "global scope of " + scope;
		}
	}
}
