package io.formwork.lang.revision;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.formwork.AkaAddition;
import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.AxisRevision;
import io.formwork.lang.formwork.CatalogMember;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Change;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.GroupKind;
import io.formwork.lang.formwork.HeadingRevision;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Insertion;
import io.formwork.lang.formwork.Label;
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
import io.formwork.lang.formwork.RuleSwitch;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.SectionRevision;
import io.formwork.lang.formwork.SeverityChange;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.TemplateMember;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.formwork.util.FormworkSwitch;
import io.formwork.lang.model.CellRefs;
import io.formwork.lang.typing.ExpressionTyper;
import io.formwork.lang.typing.FormType;

/**
 * Applies one revision to the effective template of what it revises: copies that template, applies each
 * change in order, then adds what the revision declares. References to something removed are rebound to the
 * new declaration of the same code, if there is one; otherwise the removal is a problem.
 */
final class Resolver {

	private static final FormworkPackage P = FormworkPackage.eINSTANCE;

	private final Template revision;
	private final Template base;
	private final Revisions.Resolution resolution;
	/** copies of the base, references resolved and redirected to the copies */
	private final Copier inherited = new Copier();
	/** copies of what the revision declares; references copied as they are (lazily resolved) */
	private final Copier declared = new Copier(false);
	/** removed (or replaced) copies and the statement that removed them */
	private final Map<EObject, EObject> removedBy = new IdentityHashMap<>();
	/** retyped lines and the statement that retyped them */
	private final Map<EObject, Retyping> retypedBy = new IdentityHashMap<>();
	/** the axis a removed line was on */
	private final Map<EObject, Axis> removedFromAxis = new IdentityHashMap<>();
	private final List<RevisionProblem> problems = new ArrayList<>();
	private Template effective;

	Resolver(Template revision, Template base, Revisions.Resolution resolution) {
		this.revision = revision;
		this.base = base;
		this.resolution = resolution;
	}

	void resolve() {
		effective = (Template) inherited.copy(base);
		inherited.copyReferences();
		for (Map.Entry<EObject, EObject> entry : inherited.entrySet()) {
			resolution.predecessor.put(entry.getValue(), entry.getKey());
			resolution.successor.put(entry.getKey(), entry.getValue());
		}
		Revisions.EffectiveResource resource = new Revisions.EffectiveResource(
				URI.createHierarchicalURI("formwork-effective", null, null,
						new String[] { String.valueOf(revision.getName()) }, null, null),
				revision.eResource() == null ? null : revision.eResource().getResourceSet());
		resource.getContents().add(effective);
		Revisions.mark(effective, revision, resolution);
		resolution.effective = effective;

		effective.setName(revision.getName());
		effective.setLabel(revision.getLabel() == null ? null : EcoreUtil.copy(revision.getLabel()));
		effective.setYear(revision.getYear());
		if (revision.eIsSet(P.getTemplate_Period())) {
			effective.setPeriod(revision.getPeriod());
		}
		effective.setBlankAsZero(base.isBlankAsZero() || revision.isBlankAsZero());
		effective.setRevises(revision.getRevises());

		for (Change change : revision.getChanges()) {
			apply(change);
		}
		for (TemplateMember member : revision.getMembers()) {
			EList<TemplateMember> members = effective.getMembers();
			if (member instanceof Section) {
				int last = -1;
				for (int i = 0; i < members.size(); i++) {
					if (members.get(i) instanceof Section) {
						last = i;
					}
				}
				add(member, members, last + 1);
			} else {
				add(member, members, members.size());
			}
		}
		declared.copyReferences();
		for (Map.Entry<EObject, EObject> entry : declared.entrySet()) {
			resolution.declaredBy.put(entry.getValue(), entry.getKey());
		}
		rebind();
		checkInheritedRules();
		resolution.problems = List.copyOf(problems);
	}

	// ------------------------------------------------------------------ changes

	private void apply(Change change) {
		changes.doSwitch(change);
	}

	/**
	 * One method per kind of change (EMF's generated switch dispatches on the change's class). Each applies its
	 * change to the copy of its target in the effective template; a target that is not inherited, or that an
	 * earlier change removed, is left alone (the revision checks report it).
	 */
	private final class Changes extends FormworkSwitch<Boolean> {

		@Override
		public Boolean caseRemoval(Removal removal) {
			EObject target = copyOf(removal.getTarget());
			if (target != null) {
				remove(target, removal);
			}
			return true;
		}

		@Override
		public Boolean caseRenaming(Renaming renaming) {
			EObject target = copyOf(renaming.getTarget());
			if (target != null && canRename(target, renaming.getName(), renaming, P.getRenaming_Name())) {
				setName(target, renaming.getName());
				if (renaming.getLabel() != null) {
					setLabel(target, renaming.getLabel());
				}
			}
			return true;
		}

		@Override
		public Boolean caseRelabelling(Relabelling relabelling) {
			EObject target = copyOf(relabelling.getTarget());
			if (target != null) {
				setLabel(target, relabelling.getLabel());
			}
			return true;
		}

		@Override
		public Boolean caseAkaAddition(AkaAddition addition) {
			if (copyOf(addition.getTarget()) instanceof Line line) {
				for (String aka : addition.getAkas()) {
					if (!line.getAkas().contains(aka)) {
						line.getAkas().add(aka);
					}
				}
			}
			return true;
		}

		@Override
		public Boolean caseRetyping(Retyping retyping) {
			if (copyOf(retyping.getTarget()) instanceof Line line
					&& (retyping.getName() == null
							|| canRename(line, retyping.getName(), retyping, P.getRetyping_Name()))) {
				if (retyping.getName() != null) {
					line.setName(retyping.getName());
				}
				if (retyping.getLabel() != null) {
					line.setLabel(EcoreUtil.copy(retyping.getLabel()));
				}
				line.setIndicator(retyping.getIndicator());
				retypedBy.put(line, retyping);
			}
			return true;
		}

		@Override
		public Boolean caseReplacement(Replacement replacement) {
			EObject target = copyOf(replacement.getTarget());
			if (target != null && target.eContainer() != null) {
				EList<EObject> list = siblings(target);
				int index = list.indexOf(target);
				remove(target, replacement);
				addAll(replacement.getReplacements(), list, index);
			}
			return true;
		}

		@Override
		public Boolean caseInsertion(Insertion insertion) {
			EObject anchor = copyOf(insertion.getAnchor());
			if (anchor != null && anchor.eContainer() != null && anchor.eContainingFeature().isMany()) {
				EList<EObject> list = siblings(anchor);
				addAll(insertion.getItems(), list, list.indexOf(anchor) + (insertion.isBefore() ? 0 : 1));
			}
			return true;
		}

		@Override
		public Boolean caseRuleSwitch(RuleSwitch rule) {
			if (copyOf(rule.getTarget()) instanceof Rule check) {
				check.setInactive(!rule.isActivate());
			}
			return true;
		}

		@Override
		public Boolean caseSeverityChange(SeverityChange severity) {
			if (copyOf(severity.getTarget()) instanceof Rule check) {
				check.setSeverity(severity.getSeverity());
			}
			return true;
		}

		@Override
		public Boolean caseSectionRevision(SectionRevision section) {
			if (copyOf(section.getTarget()) instanceof Section target) {
				if (section.getLabel() != null) {
					target.setLabel(EcoreUtil.copy(section.getLabel()));
				}
				section.getChanges().forEach(Resolver.this::apply);
				addAll(section.getParts(), target.getParts(), target.getParts().size());
			}
			return true;
		}

		@Override
		public Boolean caseTableRevision(TableRevision table) {
			if (copyOf(table.getTarget()) instanceof Table target) {
				if (table.getLabel() != null) {
					target.setLabel(EcoreUtil.copy(table.getLabel()));
				}
				if (table.getNote() != null) {
					target.setNote(EcoreUtil.copy(table.getNote()));
				}
				applyAxis(table.getColumns(), target.getColumns());
				applyAxis(table.getRows(), target.getRows());
			}
			return true;
		}

		@Override
		public Boolean caseHeadingRevision(HeadingRevision heading) {
			if (copyOf(heading.getTarget()) instanceof LineGroup target) {
				if (heading.getLabel() != null) {
					target.setLabel(EcoreUtil.copy(heading.getLabel()));
				}
				heading.getChanges().forEach(Resolver.this::apply);
				if (!heading.getItems().isEmpty() && target.getDimension() != null) {
					problem(heading, P.getHeadingRevision_Target(), IssueCodes.MISPLACED_DECLARATION,
							IssueCodes.message(target.getName() + " 的各项来自维度 " + target.getDimension().getName()
									+ "，不能在其中添加行或列",
									"The lines of " + target.getName() + " come from dimension "
											+ target.getDimension().getName() + ": no line can be added to it"));
				} else {
					addAll(heading.getItems(), target.getItems(), target.getItems().size());
				}
			}
			return true;
		}
	}

	private final Changes changes = new Changes();

	@SuppressWarnings("unchecked")
	private static EList<EObject> siblings(EObject object) {
		return (EList<EObject>) object.eContainer().eGet(object.eContainingFeature());
	}

	/** Adds each declaration at index and on; what cannot be added (a problem reported) takes no place. */
	private void addAll(List<? extends EObject> items, EList<? extends EObject> list, int index) {
		for (EObject item : items) {
			if (add(item, list, index)) {
				index++;
			}
		}
	}

	private void applyAxis(AxisRevision revision, Axis axis) {
		if (revision == null || axis == null) {
			return;
		}
		revision.getChanges().forEach(this::apply);
		if (!revision.getItems().isEmpty() && axis.getDimension() != null) {
			problem(revision.getItems().get(0), null, IssueCodes.MISPLACED_DECLARATION,
					IssueCodes.message("这一方向的各项来自维度 " + axis.getDimension().getName() + "，不能在其中添加行或列",
							"This axis lists the members of dimension " + axis.getDimension().getName()
									+ ": no line can be added to it"));
			return;
		}
		addAll(revision.getItems(), axis.getItems(), axis.getItems().size());
	}

	/** The copy, in the effective template, of an object of the base's effective template. */
	private EObject copyOf(EObject target) {
		if (target == null || target.eIsProxy()) {
			return null;
		}
		EObject copy = inherited.get(target);
		if (copy == null || EcoreUtil.getRootContainer(copy) != effective) {
			return null; // not inherited, or already removed by an earlier change
		}
		return copy;
	}

	private void remove(EObject target, EObject statement) {
		removedBy.put(target, statement);
		Axis axis = EcoreUtil2.getContainerOfType(target, Axis.class);
		if (axis != null) {
			removedFromAxis.put(target, axis);
		}
		EcoreUtil.remove(target);
	}

	// ------------------------------------------------------------------ declarations

	/**
	 * Adds a copy of a declaration of the revision at a place of the effective template, unless it does not
	 * belong there or repeats an inherited code.
	 */
	private boolean add(EObject declaration, EList<? extends EObject> list, int index) {
		EObject owner = list instanceof EcoreEList<?> ecore ? ecore.getEObject() : null;
		if (!belongs(declaration, owner)) {
			problem(declaration, null, IssueCodes.MISPLACED_DECLARATION,
					IssueCodes.message(kindZh(declaration) + " " + name(declaration) + " 不能放在" + placeZh(owner),
							"A " + kindEn(declaration) + " (" + name(declaration) + ") cannot stand "
									+ placeEn(owner)));
			return false;
		}
		if (repeatsInherited(declaration, owner)) {
			return false;
		}
		@SuppressWarnings("unchecked")
		EList<EObject> objects = (EList<EObject>) list;
		objects.add(Math.min(index, objects.size()), declared.copy(declaration));
		return true;
	}

	private static boolean belongs(EObject declaration, EObject owner) {
		if (owner instanceof Template) {
			return declaration instanceof TemplateMember;
		}
		if (owner instanceof Section) {
			return declaration instanceof Section || declaration instanceof Narrative || declaration instanceof Table;
		}
		if (owner instanceof Narrative) {
			return declaration instanceof Claim;
		}
		if (owner instanceof Axis || owner instanceof LineGroup) {
			return declaration instanceof AxisItem;
		}
		return false;
	}

	/**
	 * A declaration of a code the effective template already has (not removed or replaced before): its meaning
	 * changes unsaid when it means another indicator, type or unit; otherwise it merely repeats what is
	 * inherited.
	 */
	private boolean repeatsInherited(EObject declaration, EObject owner) {
		for (EObject each : declarationsIn(declaration)) {
			EObject existing = existing(each, owner);
			if (existing == null) {
				continue;
			}
			String name = name(each);
			Meaning was = meaning(existing);
			Meaning now = meaning(each);
			if (was != null && now != null && !was.key().equals(now.key())) {
				problem(each, null, IssueCodes.UNSTATED_MEANING_CHANGE,
						IssueCodes.message(kindZh(each) + " " + name + " 在 " + base.getName() + " 中是 " + was.zh() + "；此处改为 "
								+ now.zh() + "，含义改变却未说明：请写 'retype' 或 'replace'",
								"The " + kindEn(each) + " " + name + " means " + was.en() + " in " + base.getName()
										+ "; declaring it again as " + now.en()
										+ " changes its meaning without saying so: write 'retype' or 'replace'"));
			} else {
				problem(each, null, IssueCodes.INHERITED_REDECLARED,
						IssueCodes.message(kindZh(each) + " " + name + " 已从 " + base.getName() + " 继承，修订只需写出改变之处（要改写请用 'replace'）",
								"The " + kindEn(each) + " " + name + " is inherited from " + base.getName()
										+ ": a revision states only what changes (write 'replace' to restate it)"));
			}
			return true;
		}
		return false;
	}

	/** A declaration and every declaration nested in it that has a code of its own. */
	private static List<EObject> declarationsIn(EObject declaration) {
		List<EObject> result = new ArrayList<>();
		result.add(declaration);
		for (EObject nested : (Iterable<EObject>) () -> declaration.eAllContents()) {
			if (nested instanceof AxisItem || nested instanceof Claim || nested instanceof Narrative
					|| nested instanceof Table || nested instanceof Section) {
				result.add(nested);
			}
		}
		return result;
	}

	/** The object of the same kind and code the effective template already holds where the declaration goes. */
	private EObject existing(EObject declaration, EObject owner) {
		String name = name(declaration);
		if (name == null) {
			return null;
		}
		List<? extends EObject> candidates;
		if (declaration instanceof AxisItem) {
			Axis axis = owner instanceof Axis a ? a : EcoreUtil2.getContainerOfType(owner, Axis.class);
			candidates = axis == null ? List.of() : EcoreUtil2.getAllContentsOfType(axis, AxisItem.class);
		} else if (declaration instanceof Rule || declaration instanceof CatalogMember) {
			candidates = effective.getMembers().stream().filter(m -> m.eClass() == declaration.eClass()).toList();
		} else {
			candidates = EcoreUtil2.getAllContentsOfType(effective, declaration.eClass().getInstanceClass()
					.asSubclass(EObject.class));
		}
		for (EObject candidate : candidates) {
			if (name.equals(name(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	/** What a declaration means: its indicator with type and unit; null where meaning is structure. */
	record Meaning(String key, String zh, String en) {
		static Meaning of(Indicator indicator) {
			if (indicator == null || indicator.eIsProxy()) {
				return new Meaning("", "无指标", "no indicator");
			}
			FormType type = FormType.of(indicator);
			return new Meaning(indicator.getName() + "/" + type.kind() + "/" + type.unitText(),
					indicator.getName() + "：" + type.zh(), indicator.getName() + " (" + type.en() + ")");
		}
	}

	static Meaning meaning(EObject object) {
		if (object instanceof Line line) {
			return Meaning.of(line.getIndicator());
		}
		if (object instanceof LineGroup group) {
			return Meaning.of(group.getIndicator());
		}
		if (object instanceof Claim claim) {
			return Meaning.of(claim.getIndicator());
		}
		if (object instanceof Indicator indicator) {
			return Meaning.of(indicator);
		}
		return null;
	}

	// ------------------------------------------------------------------ names and labels

	/** A rename must not take a code that its kind of thing already uses where the target is. */
	private boolean canRename(EObject target, String name, EObject statement, EStructuralFeature feature) {
		List<? extends EObject> siblings;
		if (target instanceof AxisItem) {
			Axis axis = EcoreUtil2.getContainerOfType(target, Axis.class);
			siblings = axis == null ? List.of() : EcoreUtil2.getAllContentsOfType(axis, AxisItem.class);
		} else if (target instanceof Rule || target instanceof CatalogMember) {
			siblings = effective.getMembers().stream().filter(m -> m.eClass() == target.eClass()).toList();
		} else {
			siblings = EcoreUtil2.getAllContentsOfType(effective,
					target.eClass().getInstanceClass().asSubclass(EObject.class));
		}
		for (EObject sibling : siblings) {
			if (sibling != target && Objects.equals(name, name(sibling))) {
				problem(statement, feature, IssueCodes.RENAME_TO_EXISTING,
						IssueCodes.message("不能将" + kindZh(target) + " " + name(target) + " 改名为 " + name + "：" + where(target, true)
								+ "已有" + kindZh(sibling) + " " + name,
								"Cannot rename the " + kindEn(target) + " " + name(target) + " to " + name + ": "
										+ where(target, false) + " already has a " + kindEn(sibling) + " " + name));
				return false;
			}
		}
		return true;
	}

	private static void setName(EObject object, String name) {
		object.eSet(object.eClass().getEStructuralFeature("name"), name);
	}

	private static void setLabel(EObject object, Label label) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("label");
		if (feature != null) {
			object.eSet(feature, EcoreUtil.copy(label));
		}
	}

	static String name(EObject object) {
		if (object == null) {
			return null;
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
		return feature != null && object.eGet(feature) instanceof String s ? s : null;
	}

	// ------------------------------------------------------------------ what is still referenced

	/**
	 * References to removed objects: to the new declaration of the same code where the revision made one
	 * (a claim restated in another narrative, a row replaced by a heading of the same code), otherwise a
	 * problem at the statement that removed them.
	 */
	private void rebind() {
		if (removedBy.isEmpty()) {
			return;
		}
		Map<EObject, Set<String>> dangling = new LinkedHashMap<>();
		for (EObject object : (Iterable<EObject>) () -> effective.eAllContents()) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient() || reference == P.getTemplate_Revises()) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					EList<EObject> targets = (EList<EObject>) object.eGet(reference, false);
					for (int i = 0; i < targets.size(); i++) {
						EObject replacement = rebound(object, targets.get(i), dangling);
						if (replacement != null) {
							targets.set(i, replacement);
						}
					}
				} else if (object.eGet(reference, false) instanceof EObject target) {
					EObject replacement = rebound(object, target, dangling);
					if (replacement != null) {
						object.eSet(reference, replacement);
					}
				}
			}
		}
		for (Map.Entry<EObject, Set<String>> entry : dangling.entrySet()) {
			EObject statement = entry.getKey();
			List<String> zh = entry.getValue().stream().map(s -> s.split("\u0000")[0]).toList();
			List<String> en = entry.getValue().stream().map(s -> s.split("\u0000")[1]).toList();
			EObject target = statement instanceof Removal r ? r.getTarget()
					: statement instanceof Replacement r ? r.getTarget() : null;
			String what = target == null ? "" : kindZh(target) + " " + name(target);
			String whatEn = target == null ? "" : kindEn(target) + " " + name(target);
			problem(statement, null, IssueCodes.REMOVED_STILL_REFERENCED,
					IssueCodes.message("移除的" + what + " 仍被引用：" + String.join("、", zh),
							"The removed " + whatEn + " is still referenced by " + String.join(", ", en)));
		}
	}

	/** The replacement for a reference to a removed object, or null when the reference is fine or dangles. */
	private EObject rebound(EObject referrer, EObject target, Map<EObject, Set<String>> dangling) {
		if (target == null || target.eIsProxy() || EcoreUtil.getRootContainer(target) == effective) {
			return null;
		}
		EObject removedRoot = removedRoot(target);
		if (removedRoot == null) {
			return null; // not a copy of the base: a catalog object, say
		}
		String name = name(target);
		if (name != null) {
			List<? extends EObject> candidates;
			if (target instanceof Coordinate) {
				Axis axis = axisOfRemoved(target, removedRoot);
				candidates = axis == null ? List.of() : EcoreUtil2.getAllContentsOfType(axis, AxisItem.class);
			} else if (target instanceof Rule || target instanceof CatalogMember) {
				candidates = effective.getMembers();
			} else {
				candidates = EcoreUtil2.getAllContentsOfType(effective,
						target.eClass().getInstanceClass().asSubclass(EObject.class));
			}
			for (EObject candidate : candidates) {
				if (name.equals(name(candidate)) && sameKind(target, candidate)) {
					return candidate;
				}
			}
		}
		String who = referrer(referrer);
		if (target != removedRoot && name != null) {
			who = who.replace("\u0000", "（用到其中的" + kindZh(target) + " " + name + "）\u0000") + " (through its "
					+ kindEn(target) + " " + name + ")";
		}
		dangling.computeIfAbsent(removedBy.get(removedRoot), k -> new LinkedHashSet<>()).add(who);
		return null;
	}

	private static boolean sameKind(EObject a, EObject b) {
		return a instanceof Coordinate ? b instanceof AxisItem : a.eClass() == b.eClass();
	}

	private EObject removedRoot(EObject target) {
		for (EObject current = target; current != null; current = current.eContainer()) {
			if (removedBy.containsKey(current)) {
				return current;
			}
		}
		return null;
	}

	private Axis axisOfRemoved(EObject target, EObject removedRoot) {
		Axis axis = EcoreUtil2.getContainerOfType(target, Axis.class);
		if (axis != null && EcoreUtil.getRootContainer(axis) == effective) {
			return axis;
		}
		Axis from = removedFromAxis.get(removedRoot);
		if (from != null && EcoreUtil.getRootContainer(from) == effective) {
			return from;
		}
		return null;
	}

	/** Who refers: "规则 R8_requests\0rule R8_requests". */
	private static String referrer(EObject object) {
		Rule check = EcoreUtil2.getContainerOfType(object, Rule.class);
		if (check != null) {
			return "规则 " + check.getName() + "\u0000rule " + check.getName();
		}
		Line line = EcoreUtil2.getContainerOfType(object, Line.class);
		if (line != null && line.getFormula() != null) {
			return "计算" + (line.getKind() == LineKind.ROW ? "行 " : "列 ") + line.getName()
					+ "\u0000calculated " + line.getKind().getLiteral() + " " + line.getName();
		}
		Table table = EcoreUtil2.getContainerOfType(object, Table.class);
		if (table != null) {
			return "表 " + table.getName() + "\u0000table " + table.getName();
		}
		String name = name(object);
		return kindZh(object) + " " + name + "\u0000" + kindEn(object) + " " + name;
	}

	// ------------------------------------------------------------------ inherited rules in the new structure

	/** Inherited rules whose operands no longer fit together (a line retyped under them). */
	private void checkInheritedRules() {
		for (TemplateMember member : effective.getMembers()) {
			if (!(member instanceof Rule check) || resolution.predecessor.get(check) == null) {
				continue;
			}
			Rule before = (Rule) resolution.predecessor.get(check);
			Set<String> was = typeProblems(before);
			for (String problem : typeProblems(check)) {
				if (!was.contains(problem)) {
					String[] parts = problem.split("\u0000", 2);
					String[] halves = halves(parts[1]);
					EObject cause = retypingUnder(check);
					problem(cause == null ? revision : cause, cause == null ? P.getTemplate_Revises() : null, parts[0],
							IssueCodes.message("继承的规则 " + check.getName() + " 在本修订中不再成立：" + halves[0],
									"The inherited rule " + check.getName() + " no longer holds together in this revision: "
											+ halves[1]));
				}
			}
		}
	}

	/** The statement that retyped a line an inherited rule reads, if any. */
	private EObject retypingUnder(Rule check) {
		for (CellRef ref : EcoreUtil2.getAllContentsOfType(check, CellRef.class)) {
			for (var cell : CellRefs.resolve(ref).cells()) {
				for (EObject line : List.of(cell.row().leaf(), cell.column().leaf())) {
					if (retypedBy.containsKey(line)) {
						return retypedBy.get(line);
					}
				}
			}
		}
		return null;
	}

	/** "中文。 English." back into its two halves, without the closing stops. */
	private static String[] halves(String message) {
		int at = message.indexOf("。 ");
		if (at < 0) {
			return new String[] { message, message };
		}
		String en = message.substring(at + 2);
		return new String[] { message.substring(0, at), en.endsWith(".") ? en.substring(0, en.length() - 1) : en };
	}

	private static Set<String> typeProblems(Rule check) {
		Set<String> found = new LinkedHashSet<>();
		ExpressionTyper typer = new ExpressionTyper((at, code, message) -> found.add(code + "\u0000" + message));
		if (check.getCondition() != null) {
			typer.typeOf(check.getCondition());
		}
		typer.typeOf(check.getAssertion());
		return found;
	}

	// ------------------------------------------------------------------ messages

	private void problem(EObject object, EStructuralFeature feature, String code, String message) {
		// problems are reported on what the revision wrote
		EObject at = object;
		if (EcoreUtil.getRootContainer(object) == effective || NodeModelUtils.findActualNodeFor(object) == null) {
			at = revision;
			feature = P.getTemplate_Revises();
		}
		problems.add(new RevisionProblem(at, feature, code, message));
	}

	static String kindZh(EObject object) {
		if (object instanceof Line line) {
			return line.getKind() == LineKind.ROW ? "行" : "列";
		}
		if (object instanceof LineGroup group) {
			return group.getKind() == GroupKind.HEADING ? "标题行" : "列组";
		}
		if (object instanceof Section) {
			return "章节";
		}
		if (object instanceof Narrative) {
			return "叙述部分";
		}
		if (object instanceof Claim) {
			return "叙述指标";
		}
		if (object instanceof Table) {
			return "表";
		}
		if (object instanceof Rule) {
			return "规则";
		}
		if (object instanceof Indicator) {
			return "指标";
		}
		return "对象";
	}

	static String kindEn(EObject object) {
		if (object instanceof Line line) {
			return line.getKind().getLiteral();
		}
		if (object instanceof LineGroup group) {
			return group.getKind().getLiteral();
		}
		if (object instanceof Rule) {
			return "rule";
		}
		if (object instanceof Claim) {
			return "claim";
		}
		return object.eClass().getName().toLowerCase(Locale.ROOT);
	}

	private static String placeZh(EObject owner) {
		if (owner instanceof Template) {
			return "模板的顶层";
		}
		if (owner instanceof Section) {
			return "章节中";
		}
		if (owner instanceof Narrative) {
			return "叙述部分中";
		}
		return "表的行或列中";
	}

	private static String placeEn(EObject owner) {
		if (owner instanceof Template) {
			return "at the top of a template";
		}
		if (owner instanceof Section) {
			return "in a section";
		}
		if (owner instanceof Narrative) {
			return "in a narrative";
		}
		return "among the rows or columns of a table";
	}

	private static String where(EObject target, boolean zh) {
		Table table = EcoreUtil2.getContainerOfType(target, Table.class);
		if (target instanceof AxisItem && table != null) {
			return zh ? "表 " + table.getName() + " " : "table " + table.getName();
		}
		Template template = EcoreUtil2.getContainerOfType(target, Template.class);
		String name = template == null ? "" : template.getName();
		return zh ? "模板 " + name + " " : "template " + name;
	}
}
