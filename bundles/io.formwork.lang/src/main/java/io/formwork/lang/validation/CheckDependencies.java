package io.formwork.lang.validation;

import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Import;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;

/**
 * What the checks of {@link FormworkValidator} depend on, as {@link IncrementalResourceValidator} reads it after a
 * partial reparse. Derived conservatively from the model rather than declared check by check:
 * <ul>
 * <li>A template is cut into <em>units</em>: each member of a template, catalog or section (an indicator, a unit, a
 * dimension, a table, a narrative, a rule, a change) with everything under it. A check of an object in a unit reads
 * that unit (its siblings within it: the other rows of its table, the other values of its indicator…) and what the
 * unit's links lead to.</li>
 * <li>A unit depends on every unit its links lead to, and on what those depend on in turn: a rule on the table it
 * names, the table on its rows' indicators (the rule's types come from them).</li>
 * <li>The <em>containers</em> (the file, the template or catalog, the sections) are checked again after every change:
 * their checks read the whole model (codes unique in the template, its id unique among the files loaded).</li>
 * </ul>
 * Declared here, for the checks that read more than their unit and its links: a claim's phrase is read against every
 * unit of measure of its indicator's catalog, so a changed unit of measure checks everything again; an import changes
 * what every name means (the linking takes the whole model then too); and duplicate codes cite the line of the first
 * use, so their diagnostics are computed again whenever lines move.
 */
public final class CheckDependencies {

	/** Codes whose messages cite a line number: computed again when the lines before them move. */
	static final Set<String> CITE_LINES = Set.of(FormworkValidator.DUPLICATE_CODE);

	private CheckDependencies() {
	}

	/** The file, a template or catalog, a section: checked again after every change. */
	static boolean isContainer(EObject object) {
		return object instanceof FormFile || object instanceof Template || object instanceof Catalog
				|| object instanceof Section;
	}

	/** The unit an object belongs to: the member of a container that holds it; null for a container. */
	static EObject unit(EObject object) {
		if (isContainer(object)) {
			return null;
		}
		EObject unit = object;
		while (unit.eContainer() != null && !isContainer(unit.eContainer())) {
			unit = unit.eContainer();
		}
		return unit;
	}

	/** A change to this object can change checks anywhere: everything is checked again. */
	static boolean affectsEverything(EObject created) {
		return created instanceof Unit || created instanceof Import || isContainer(created);
	}

	/**
	 * Adds where the links of a unit (and of everything under it) lead: the units of this resource in {@code units}
	 * (a container itself when a link names one), the other resources in {@code others}.
	 */
	static void targets(EObject unit, Resource resource, Set<EObject> units, Set<Resource> others) {
		add(unit, resource, units, others);
		for (TreeIterator<EObject> it = unit.eAllContents(); it.hasNext();) {
			add(it.next(), resource, units, others);
		}
	}

	private static void add(EObject object, Resource resource, Set<EObject> units, Set<Resource> others) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()
					|| reference.isTransient() || !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (reference.isMany()) {
				for (Object target : ((InternalEList<?>) value).basicList()) {
					addTarget((EObject) target, resource, units, others);
				}
			} else {
				addTarget((EObject) value, resource, units, others);
			}
		}
	}

	private static void addTarget(EObject target, Resource resource, Set<EObject> units, Set<Resource> others) {
		if (target == null || target.eIsProxy()) {
			return; // unresolved: the linking reports it, whatever the change (names and imports are the same)
		}
		Resource where = target.eResource();
		if (where == resource) {
			EObject unit = unit(target);
			units.add(unit == null ? target : unit);
		} else if (where != null) {
			others.add(where);
		}
	}
}
