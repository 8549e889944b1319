package io.formwork.lang.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import io.formwork.lang.formwork.HeadingRevision;
import io.formwork.lang.formwork.SectionRevision;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;

/**
 * Revisions: a template that {@code revises} another inherits everything it does not change. Its
 * <em>effective</em> template is the revised template's effective template with the changes applied, built
 * as a model of its own (a copy, never written to disk) so that grids, rules, the plan compiler and the
 * filing language see one complete template. A template that revises nothing is its own effective template.
 * <p>
 * Every object of an effective template knows where it comes from: the object of the revised template it
 * continues ({@link #predecessor}), and the object as written ({@link #origin}), in the revision or in an
 * earlier template, for locations and the text of rules.
 */
public final class Revisions {

	private Revisions() {
	}

	/** What a revision resolves to, cached on the revision; rebuilt when its base is rebuilt. */
	static final class Resolution extends AdapterImpl {
		Template base;
		Template effective;
		boolean building;
		/** effective object → the object of the base's effective template it continues */
		final Map<EObject, EObject> predecessor = new IdentityHashMap<>();
		/** base-effective object → its continuation in the effective template */
		final Map<EObject, EObject> successor = new IdentityHashMap<>();
		/** effective object → the object declared in the revision it copies */
		final Map<EObject, EObject> declaredBy = new IdentityHashMap<>();
		List<RevisionProblem> problems = List.of();
		/** the texts it was built from: see {@link Revisions#stamp} */
		Object revisionStamp;
		Object revisedStamp;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Resolution.class;
		}
	}

	/** Marks an effective template, and leads back to its resolution. */
	static final class Effective extends AdapterImpl {
		final Template revision;
		final Resolution resolution;

		Effective(Template revision, Resolution resolution) {
			this.revision = revision;
			this.resolution = resolution;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Effective.class;
		}
	}

	/**
	 * Holds an effective template. It is not among the resource set's resources (nothing indexes it, and no
	 * iteration over the set sees it appear) but knows the set, so that references copied from the revision
	 * resolve lazily against it.
	 */
	static final class EffectiveResource extends ResourceImpl {
		private final ResourceSet set;

		EffectiveResource(URI uri, ResourceSet set) {
			super(uri);
			this.set = set;
		}

		@Override
		public ResourceSet getResourceSet() {
			return set;
		}
	}

	/** The template as it applies: itself, or for a revision the revised template with the changes applied. */
	public static Template effective(Template template) {
		if (template == null || template.eIsProxy() || isEffective(template)) {
			return template;
		}
		Template revised = template.getRevises();
		if (revised == null || revised.eIsProxy()) {
			return template;
		}
		Resolution resolution = resolution(template);
		return resolution == null ? template : resolution.effective;
	}

	/** The effective template of what a revision revises, or null when it revises nothing (resolvable). */
	public static Template base(Template template) {
		if (template == null || isEffective(template)) {
			return null;
		}
		Template revised = template.getRevises();
		return revised == null || revised.eIsProxy() ? null : effective(revised);
	}

	/** True for an effective template built from a revision (not a template as written). */
	public static boolean isEffective(Template template) {
		return template != null && EcoreUtil2.getExistingAdapter(template, Effective.class) != null;
	}

	/** The revision an effective template was built from, or the template itself. */
	public static Template written(Template template) {
		Effective marker = marker(template);
		return marker == null ? template : marker.revision;
	}

	/** The problems found while applying a revision (none for a template that revises nothing). */
	public static List<RevisionProblem> problems(Template revision) {
		if (revision == null || isEffective(revision) || revision.getRevises() == null
				|| revision.getRevises().eIsProxy()) {
			return List.of();
		}
		Resolution resolution = resolution(revision);
		return resolution == null ? List.of() : resolution.problems;
	}

	/**
	 * The object of the revised template's effective template that an object of an effective template
	 * continues, or null for what the revision declares (and for objects of templates as written).
	 */
	public static EObject predecessor(EObject object) {
		Effective marker = markerOf(object);
		return marker == null ? null : marker.resolution.predecessor.get(object);
	}

	/** The object as written in a .form file that an object of an effective template stands for. */
	public static EObject origin(EObject object) {
		EObject current = object;
		for (int guard = 0; current != null && guard < 100; guard++) {
			Effective marker = markerOf(current);
			if (marker == null) {
				return current;
			}
			EObject declared = marker.resolution.declaredBy.get(current);
			if (declared != null) {
				return declared;
			}
			EObject previous = marker.resolution.predecessor.get(current);
			if (previous == null) {
				return current;
			}
			current = previous;
		}
		return current;
	}

	/**
	 * The text of an element of an effective template as it applies: its text as written (in the revision, or in an
	 * earlier template for what it inherits), every reference naming its target as the effective template names it
	 * (a rule of 2019 reads {@code [oh_other]} in a revision that renames {@code other_handling} to {@code oh_other}).
	 * Spaces between tokens are normalised as {@link NodeModelUtils#getTokenText} does.
	 */
	public static String text(EObject effective) {
		EObject origin = origin(effective);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(origin);
		if (node == null) {
			return "";
		}
		if (origin == effective) {
			return NodeModelUtils.getTokenText(node);
		}
		Map<EObject, EObject> counterparts = new IdentityHashMap<>();
		counterparts.put(origin, effective);
		Iterator<EObject> written = origin.eAllContents();
		Iterator<EObject> applied = effective.eAllContents();
		while (written.hasNext() && applied.hasNext()) {
			EObject a = written.next();
			EObject b = applied.next();
			if (a.eClass() != b.eClass()) {
				return NodeModelUtils.getTokenText(node);
			}
			counterparts.put(a, b);
		}
		StringBuilder out = new StringBuilder();
		boolean space = false;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				space = !out.isEmpty();
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(appliedName(leaf, counterparts));
		}
		return out.toString();
	}

	/** A leaf's text, or for a cross-reference the name its target has where the reference now applies. */
	private static String appliedName(ILeafNode leaf, Map<EObject, EObject> counterparts) {
		String text = leaf.getText();
		EObject element = leaf.getGrammarElement();
		CrossReference reference = element instanceof CrossReference c ? c
				: element != null && element.eContainer() instanceof CrossReference c ? c : null;
		if (reference == null) {
			return text;
		}
		Assignment assignment = GrammarUtil.containingAssignment(reference);
		EObject writtenOwner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		EObject appliedOwner = counterparts.get(writtenOwner);
		if (assignment == null || writtenOwner == null || appliedOwner == null) {
			return text;
		}
		EStructuralFeature feature = writtenOwner.eClass().getEStructuralFeature(assignment.getFeature());
		if (!(feature instanceof EReference) || feature.isMany()) {
			return text;
		}
		String before = name((EObject) writtenOwner.eGet(feature));
		String after = name((EObject) appliedOwner.eGet(feature));
		if (before == null || after == null || before.equals(after) || !text.endsWith(before)) {
			return text;
		}
		return text.substring(0, text.length() - before.length()) + after;
	}

	private static String name(EObject object) {
		return object == null || object.eIsProxy() ? null : SimpleAttributeResolver.NAME_RESOLVER.apply(object);
	}

	/**
	 * The chain of templates an effective template descends from, itself first: for the 2021 format
	 * revising the 2019 one, [gid_2021's effective template, gid_2019].
	 */
	public static List<Template> lineage(Template template) {
		List<Template> result = new ArrayList<>();
		Set<Template> seen = new HashSet<>();
		Template current = effective(template);
		while (current != null && seen.add(current)) {
			result.add(current);
			Effective marker = marker(current);
			current = marker == null ? null : marker.resolution.base;
		}
		return result;
	}

	/** The table a 'revise table' statement changes, as it is in the effective template. */
	public static Table effectiveTable(TableRevision revision) {
		EObject target = revision.getTarget();
		EObject effective = counterpart(revision, target);
		return effective instanceof Table table ? table : null;
	}

	/** The object a 'revise section/heading' statement changes, as it is in the effective template. */
	public static EObject effectiveTarget(EObject statement) {
		EObject target = statement instanceof SectionRevision s ? s.getTarget()
				: statement instanceof HeadingRevision h ? h.getTarget()
						: statement instanceof TableRevision t ? t.getTarget() : null;
		return counterpart(statement, target);
	}

	private static EObject counterpart(EObject statement, EObject target) {
		Template template = EcoreUtil2.getContainerOfType(statement, Template.class);
		if (template == null || target == null || target.eIsProxy()) {
			return null;
		}
		effective(template);
		Resolution resolution = resolution(template);
		return resolution == null ? null : resolution.successor.get(target);
	}

	// ------------------------------------------------------------------ resolution and its cache

	private static final ThreadLocal<Set<Template>> BUILDING = ThreadLocal.withInitial(HashSet::new);

	private static Resolution resolution(Template revision) {
		Template revised = revision.getRevises();
		if (revised == null || revised.eIsProxy()) {
			return null;
		}
		Resolution existing = (Resolution) EcoreUtil2.getExistingAdapter(revision, Resolution.class);
		if (existing != null && existing.building) {
			return existing.effective == null ? null : existing;
		}
		if (!BUILDING.get().add(revision)) {
			return null; // a revision cycle: reported by the validator
		}
		try {
			Template base = effective(revised);
			Object revisionStamp = stamp(revision);
			Object revisedStamp = stamp(revised);
			if (existing != null && existing.base == base && existing.revisionStamp == revisionStamp
					&& existing.revisedStamp == revisedStamp) {
				return existing;
			}
			if (existing != null) {
				revision.eAdapters().remove(existing);
			}
			Resolution resolution = new Resolution();
			resolution.base = base;
			resolution.revisionStamp = revisionStamp;
			resolution.revisedStamp = revisedStamp;
			resolution.building = true;
			revision.eAdapters().add(resolution);
			try {
				new Resolver(revision, base, resolution).resolve();
			} finally {
				resolution.building = false;
			}
			return resolution;
		} finally {
			BUILDING.get().remove(revision);
		}
	}

	private static final Object STAMP = new Object();

	/**
	 * A token that stays the same while the text of the template's resource does: kept in the resource's
	 * {@link OnChangeEvictingCache}, which Xtext clears on every (partial) reparse and any change to the model.
	 * A partial reparse keeps the root object, so the identity of the templates alone no longer tells that a
	 * resolution is out of date. Null where the resource keeps no such cache (then identity decides, as before).
	 */
	private static Object stamp(Template template) {
		Resource resource = template.eResource();
		if (resource instanceof XtextResource xtext && xtext.getCache() instanceof OnChangeEvictingCache cache) {
			return cache.get(STAMP, resource, Object::new);
		}
		return null;
	}

	static void mark(Template effective, Template revision, Resolution resolution) {
		effective.eAdapters().add(new Effective(revision, resolution));
	}

	private static Effective marker(Template template) {
		if (template == null) {
			return null;
		}
		for (Adapter adapter : template.eAdapters()) {
			if (adapter instanceof Effective effective) {
				return effective;
			}
		}
		return null;
	}

	private static Effective markerOf(EObject object) {
		EObject root = object == null ? null : EcoreUtil.getRootContainer(object);
		if (root instanceof Template template) {
			return marker(template);
		}
		// a detached object (removed by a revision) keeps no marker
		return null;
	}
}
