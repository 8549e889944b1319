package io.formwork.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Import;

/**
 * The resource of a template. After a keystroke's partial reparse ({@link PartialReparse}) the linking follows the
 * change: only the objects the reparse created, and the unchanged objects whose links it left stale (a link to an
 * object it replaced, or a link still unresolved), are linked again; every other link keeps its target, so the
 * validator does not resolve the whole model again. Xtext links the whole model after any reparse; this resource
 * does so too whenever following the change could differ from it:
 * <ul>
 * <li>the reparse replaced the root, or most of the model;</li>
 * <li>the declarations it replaced do not have the same kinds and names as those it created (a code typed, a row
 * added or removed: a link elsewhere might now find another target), or it touched an import;</li>
 * <li>the template revises another: its links lead into its effective template, which is built anew after every
 * change ({@code Revisions}).</li>
 * </ul>
 * {@code PartialReparseTest} proves the result equal to a full reparse's (targets and diagnostics) after random
 * keystrokes.
 * <p>
 * The resource also tells its validator ({@code IncrementalResourceValidator}) what changed since the last
 * validation: the objects the partial reparses created, as long as every change since was one linked following the
 * change ({@link #createdSinceValidation}).
 */
public class FormworkResource extends GuardedResource {

	/**
	 * {@code -Dformwork.linkWhole=true} links the whole model after every reparse, as Xtext does: for measuring what
	 * following the change saves ({@code EditorCpuTime}).
	 */
	static final boolean LINK_WHOLE = Boolean.getBoolean("formwork.linkWhole");

	/** The objects of the model before the partial reparse under way; null otherwise. */
	private Set<EObject> before;
	private boolean followedTheChange;
	private List<EObject> created = List.of();

	/** The objects created by the partial reparses since the last validation (null: the whole model changed). */
	private final Set<EObject> createdSinceValidation = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean wholeSinceValidation = true;
	/** The stamp of the model as last validated or changed following the change (see {@link #stamp}). */
	private Object stamp;
	private Object validationState;

	/**
	 * Applies one edit through Xtext's partial parsing ({@link #update}), the linking following the change.
	 *
	 * @return true when only part of the model was linked again, false when all of it was
	 */
	public boolean updateFollowingTheChange(int offset, int replacedLength, String text) {
		Set<EObject> objects = Collections.newSetFromMap(new IdentityHashMap<>());
		getAllContents().forEachRemaining(objects::add);
		before = objects;
		followedTheChange = false;
		created = List.of();
		boolean unchanged = stamp != null && stamp == stamp(this);
		try {
			update(offset, replacedLength, text);
		} finally {
			before = null;
		}
		if (followedTheChange && unchanged && !wholeSinceValidation) {
			createdSinceValidation.addAll(created);
			stamp = stamp(this);
		} else {
			wholeSinceValidation = true;
		}
		created = List.of();
		return followedTheChange;
	}

	/** Whether the last {@link #updateFollowingTheChange} linked only part of the model. */
	public boolean followedTheChange() {
		return followedTheChange;
	}

	@Override
	protected void doLinking() {
		Set<EObject> previous = before;
		before = null;
		if (previous == null || LINK_WHOLE || !linkTheChange(previous)) {
			wholeSinceValidation = true;
			super.doLinking();
		}
	}

	@Override
	protected void doUnload() {
		wholeSinceValidation = true;
		validationState = null;
		super.doUnload();
	}

	/**
	 * The objects the partial reparses since the last {@link #validated} created (still in the model), or null when
	 * the model may have changed otherwise since: a reparse linked whole, a load, or any other change to it.
	 */
	public Set<EObject> createdSinceValidation() {
		if (wholeSinceValidation || stamp == null || stamp != stamp(this)) {
			return null;
		}
		Set<EObject> result = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject object : createdSinceValidation) {
			if (object.eResource() == this) {
				result.add(object);
			}
		}
		return result;
	}

	/** Records a validation of the model as it is now, and what it found (kept for the validator). */
	public void validated(Object state) {
		createdSinceValidation.clear();
		wholeSinceValidation = false;
		stamp = stamp(this);
		validationState = state;
	}

	/** What the validator kept of the last validation; null when there is none. */
	public Object getValidationState() {
		return validationState;
	}

	public void setValidationState(Object state) {
		validationState = state;
	}

	private static final Object STAMP = new Object();

	/**
	 * A token that stays the same while a resource's model does: kept in its {@link OnChangeEvictingCache}, which
	 * Xtext clears on every reparse and every change to the model (not on resolving a link). Null where there is no
	 * such cache.
	 */
	public static Object stamp(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getCache() instanceof OnChangeEvictingCache cache) {
			return cache.get(STAMP, resource, Object::new);
		}
		return null;
	}

	private boolean linkTheChange(Set<EObject> previous) {
		IParseResult result = getParseResult();
		EObject root = result == null ? null : result.getRootASTElement();
		if (root == null || !previous.contains(root) || !(getLinker() instanceof FormworkLinker linker)) {
			return false;
		}
		if (root instanceof FormFile form && form.getTemplate() != null
				&& form.getTemplate().eGet(FormworkPackage.Literals.TEMPLATE__REVISES, false) != null) {
			return false;
		}
		Set<EObject> now = Collections.newSetFromMap(new IdentityHashMap<>());
		List<EObject> created = new ArrayList<>();
		for (var it = getAllContents(); it.hasNext();) {
			EObject object = it.next();
			now.add(object);
			if (!previous.contains(object)) {
				created.add(object);
			}
		}
		if (created.size() * 2 > now.size()) {
			return false;
		}
		List<String> replacedNames = new ArrayList<>();
		for (EObject object : previous) {
			if (!now.contains(object) && !declaration(object, replacedNames)) {
				return false;
			}
		}
		List<String> createdNames = new ArrayList<>();
		for (EObject object : created) {
			if (!declaration(object, createdNames)) {
				return false;
			}
		}
		Collections.sort(replacedNames);
		Collections.sort(createdNames);
		if (!replacedNames.equals(createdNames)) {
			return false;
		}
		Set<EObject> createdSet = Collections.newSetFromMap(new IdentityHashMap<>());
		createdSet.addAll(created);
		List<EObject> roots = new ArrayList<>();
		for (EObject object : created) {
			if (!createdSet.contains(object.eContainer())) {
				roots.add(object);
			}
		}
		for (EObject object : now) {
			if (!createdSet.contains(object) && hasStaleLink(object, now)) {
				roots.add(object);
			}
		}
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		linker.linkParts(this, roots, consumer);
		this.created = created;
		if (!isValidationDisabled()) {
			getErrors().addAll(consumer.getResult(Severity.ERROR));
			getWarnings().addAll(consumer.getResult(Severity.WARNING));
		}
		followedTheChange = true;
		return true;
	}

	/**
	 * Records what a replaced or created object declares (its kind and name); false for an import, which changes
	 * what every name means.
	 */
	private static boolean declaration(EObject object, List<String> names) {
		if (object instanceof Import) {
			return false;
		}
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name instanceof EAttribute) {
			names.add(object.eClass().getName() + ":" + object.eGet(name));
		}
		return true;
	}

	/** A link still unresolved, or leading to an object that is no longer in the model. */
	private boolean hasStaleLink(EObject object, Set<EObject> now) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			if (!object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (reference.isMany()) {
				for (Object target : ((InternalEList<?>) value).basicList()) {
					if (stale((EObject) target, now)) {
						return true;
					}
				}
			} else if (stale((EObject) value, now)) {
				return true;
			}
		}
		return false;
	}

	private boolean stale(EObject target, Set<EObject> now) {
		if (target == null) {
			return false;
		}
		if (target.eIsProxy()) {
			// a lazy link of this resource still unresolved: its proxy stays valid, resolved again by the validator;
			// any other proxy (an unloaded object) is stale
			return !getURI().equals(((InternalEObject) target).eProxyURI().trimFragment())
					|| !getEncoder().isCrossLinkFragment(this, ((InternalEObject) target).eProxyURI().fragment());
		}
		return target.eResource() == null || target.eResource() == this && !now.contains(target);
	}
}
