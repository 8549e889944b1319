package io.formwork.lang.revision;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import io.formwork.lang.formwork.AkaAddition;
import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.AxisRevision;
import io.formwork.lang.formwork.CatalogMember;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.ElementKind;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.GroupKind;
import io.formwork.lang.formwork.HeadingRevision;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Insertion;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Relabelling;
import io.formwork.lang.formwork.Removal;
import io.formwork.lang.formwork.Renaming;
import io.formwork.lang.formwork.Replacement;
import io.formwork.lang.formwork.Retyping;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.SectionRevision;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;

/**
 * What the statements of a revision can name: the things of the revised template (its effective template),
 * in the part the statement stands in — a table's rows inside {@code revise table t3 { rows { … } }}, the
 * lines under a heading inside {@code revise heading h { … }}, a section's parts inside {@code revise
 * section s { … }}, anything of its kind at the top of the template — and, in rules and lines a revision
 * declares, the tables and claims of its own effective template.
 */
public final class RevisionScopes {

	private static final FormworkPackage P = FormworkPackage.eINSTANCE;

	private RevisionScopes() {
	}

	/** True for the references this class scopes. */
	public static boolean handles(EReference reference) {
		return reference == P.getRemoval_Target() || reference == P.getRenaming_Target()
				|| reference == P.getRelabelling_Target() || reference == P.getRetyping_Target()
				|| reference == P.getAkaAddition_Target()
				|| reference == P.getReplacement_Target() || reference == P.getInsertion_Anchor()
				|| reference == P.getRuleSwitch_Target() || reference == P.getSeverityChange_Target()
				|| reference == P.getSectionRevision_Target() || reference == P.getTableRevision_Target()
				|| reference == P.getHeadingRevision_Target();
	}

	public static IScope scope(EObject context, EReference reference) {
		Template template = EcoreUtil2.getContainerOfType(context, Template.class);
		Template base = Revisions.base(template);
		if (base == null) {
			return IScope.NULLSCOPE;
		}
		EObject root = contextRoot(context, base);
		if (root == null) {
			return IScope.NULLSCOPE;
		}
		List<EObject> candidates = new ArrayList<>();
		boolean linesHere = root instanceof Axis || root instanceof LineGroup;
		for (EObject object : within(root)) {
			if ((linesHere || !(object instanceof AxisItem)) && fits(context, reference, object)) {
				candidates.add(object);
			}
		}
		return named(candidates);
	}

	/**
	 * The part of the revised template a statement stands in: the base table's axis, heading or section that
	 * the enclosing 'revise' statement names, or the whole revised template.
	 */
	static EObject contextRoot(EObject context, Template base) {
		for (EObject container = context.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof HeadingRevision heading) {
				return resolved(heading.getTarget());
			}
			if (container instanceof AxisRevision axis && axis.eContainer() instanceof TableRevision table) {
				Table target = (Table) resolved(table.getTarget());
				if (target == null) {
					return null;
				}
				return axis == table.getRows() ? target.getRows() : target.getColumns();
			}
			if (container instanceof SectionRevision section) {
				return resolved(section.getTarget());
			}
			if (container instanceof Template) {
				return base;
			}
		}
		return base;
	}

	private static EObject resolved(EObject object) {
		return object == null || object.eIsProxy() ? null : object;
	}

	private static List<EObject> within(EObject root) {
		List<EObject> result = new ArrayList<>();
		root.eAllContents().forEachRemaining(result::add);
		return result;
	}

	private static boolean fits(EObject context, EReference reference, EObject object) {
		if (reference == P.getRuleSwitch_Target() || reference == P.getSeverityChange_Target()) {
			return object instanceof Rule;
		}
		if (reference == P.getSectionRevision_Target()) {
			return object instanceof Section;
		}
		if (reference == P.getTableRevision_Target()) {
			return object instanceof Table;
		}
		if (reference == P.getHeadingRevision_Target()) {
			return object instanceof LineGroup group
					&& group.getKind() == ((HeadingRevision) context).getKind();
		}
		if (reference == P.getInsertion_Anchor()) {
			return context instanceof Insertion && named(object) && (object instanceof AxisItem
					|| object instanceof Section || object instanceof Narrative || object instanceof Table
					|| object instanceof Rule || object instanceof Claim || object instanceof CatalogMember);
		}
		ElementKind kind = context instanceof Removal r ? r.getKind()
				: context instanceof Renaming r ? r.getKind()
						: context instanceof Relabelling r ? r.getKind()
								: context instanceof Replacement r ? r.getKind()
										: context instanceof Retyping r
												? r.getKind() == LineKind.ROW ? ElementKind.ROW : ElementKind.COLUMN
												: context instanceof AkaAddition a
														? a.getKind() == LineKind.ROW ? ElementKind.ROW : ElementKind.COLUMN
														: null;
		return kind != null && is(object, kind);
	}

	/** Whether an object is of the kind a statement names: 'remove row x' names a row. */
	public static boolean is(EObject object, ElementKind kind) {
		return switch (kind) {
		case SECTION -> object instanceof Section;
		case NARRATIVE -> object instanceof Narrative;
		case CLAIM -> object instanceof Claim;
		case TABLE -> object instanceof Table;
		case ROW -> object instanceof Line line && line.getKind() == LineKind.ROW;
		case COLUMN -> object instanceof Line line && line.getKind() == LineKind.COLUMN;
		case HEADING -> object instanceof LineGroup group && group.getKind() == GroupKind.HEADING;
		case GROUP -> object instanceof LineGroup group && group.getKind() == GroupKind.GROUP;
		case CHECK -> object instanceof Rule;
		case INDICATOR -> object instanceof Indicator;
		};
	}

	private static boolean named(EObject object) {
		return Resolver.name(object) != null;
	}

	/** Tables, in a revision's own rules and lines: those of its effective template. */
	public static IScope tables(Template revision, IScope outer) {
		return named(EcoreUtil2.getAllContentsOfType(Revisions.effective(revision), Table.class), outer);
	}

	/** Claims, in a revision's own rules: those of its effective template. */
	public static IScope claims(Template revision, IScope outer) {
		return named(EcoreUtil2.getAllContentsOfType(Revisions.effective(revision), Claim.class), outer);
	}

	/**
	 * Units, indicators and dimensions, in a revision: those it declares itself, then those the templates it
	 * revises declare (a revision inherits them too), then the catalogs'.
	 */
	public static IScope catalogMembers(Template revision, EClass type, IScope outer) {
		List<EObject> members = new ArrayList<>();
		revision.getMembers().stream().filter(type::isInstance).forEach(members::add);
		Template base = Revisions.base(revision);
		if (base != null) {
			base.getMembers().stream().filter(type::isInstance).forEach(members::add);
		}
		return members.isEmpty() ? outer : named(members, outer);
	}

	/** True when a template revises another and so scopes its tables and claims through its effective template. */
	public static boolean isRevision(Template template) {
		return template != null && !Revisions.isEffective(template) && Revisions.base(template) != null;
	}

	private static IScope named(List<? extends EObject> objects) {
		return named(objects, IScope.NULLSCOPE);
	}

	private static IScope named(List<? extends EObject> objects, IScope outer) {
		return Scopes.scopeFor(objects, o -> {
			String name = Resolver.name(o);
			return name == null ? null : QualifiedName.create(name);
		}, outer);
	}

	/** The axis of a table a statement inside 'revise table' changes, in the revised template. */
	static Axis axisOf(AxisRevision revision) {
		if (revision.eContainer() instanceof TableRevision table && table.getTarget() != null
				&& !table.getTarget().eIsProxy()) {
			return revision == table.getRows() ? table.getTarget().getRows() : table.getTarget().getColumns();
		}
		return null;
	}
}
