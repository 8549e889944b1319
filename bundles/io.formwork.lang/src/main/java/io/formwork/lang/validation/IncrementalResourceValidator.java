package io.formwork.lang.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.inject.Inject;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

import io.formwork.lang.FormworkResource;
import io.formwork.lang.PartialReparse;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.FormworkPackage;

/**
 * Validates a template like Xtext does, but after a keystroke's partial reparse checks again only what the change
 * can affect, and keeps the earlier diagnostics of the rest (moved with the text). What the change can affect is
 * derived by {@link CheckDependencies}: the units (tables, rules, indicators…) holding what the reparse created,
 * the units whose links lead to those (transitively), and the containers (file, template, sections). The syntax and
 * linking diagnostics are always collected anew, as Xtext does.
 * <p>
 * The whole model is checked, as by Xtext, whenever following the change could give another result: a first
 * validation, another check mode than last time, the whole model linked again since ({@link FormworkResource}: a
 * code typed into, a row added, an import touched, a full reparse, any change to the model other than a partial
 * reparse), a template that revises another, a resource its links lead into changed, a unit of measure or a
 * container reparsed, or {@code -Dformwork.checkWhole=true} (for comparisons). {@code IncrementalValidationTest}
 * proves the result equal to a full validation's after random keystrokes.
 */
public class IncrementalResourceValidator extends LocatedResourceValidator {

	/** {@code -Dformwork.checkWhole=true} checks the whole model after every change, as Xtext does. */
	static final boolean CHECK_WHOLE = Boolean.getBoolean("formwork.checkWhole");

	@Inject
	private ShallowDiagnostician shallow;

	/** What the last validation of a resource found, object by object, kept in the resource. */
	static final class State {
		CheckMode mode;
		String text;
		boolean followedTheChange;
		int checked;
		/** The issues of each object's own checks (objects without issues are absent). */
		Map<EObject, List<Issue>> issues = new IdentityHashMap<>();
		/** Every object validated. */
		Set<EObject> validated = Collections.newSetFromMap(new IdentityHashMap<>());
		/** For each unit, the units its links lead to. */
		Map<EObject, Set<EObject>> dependsOn = new IdentityHashMap<>();
		/** The other resources the links lead into, each with its stamp when validated. */
		Map<Resource, Object> others = new HashMap<>();
	}

	/**
	 * Whether the last validation of this resource checked only what its change could affect (false: the whole model).
	 */
	public static boolean followedTheChange(Resource resource) {
		return resource instanceof FormworkResource formwork && formwork.getValidationState() instanceof State state
				&& state.followedTheChange;
	}

	/** How many objects the last validation of this resource checked (the others kept their diagnostics). */
	public static int checkedObjects(Resource resource) {
		return resource instanceof FormworkResource formwork && formwork.getValidationState() instanceof State state
				? state.checked : -1;
	}

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (!(resource instanceof FormworkResource formwork) || resource.getContents().isEmpty()) {
			super.validate(resource, mode, monitor, acceptor);
			return;
		}
		Object previous = formwork.getValidationState();
		Set<EObject> created = formwork.createdSinceValidation();
		formwork.setValidationState(null); // until this validation completes (it may be cancelled)
		State state = new State();
		state.mode = mode;
		state.text = text(formwork);
		Map<Object, Object> context = context(formwork, mode, monitor);
		Pass pass = previous instanceof State last ? incremental(formwork, last, state, created) : null;
		EObject root = resource.getContents().get(0);
		walk(root, pass, false, formwork, context, state, acceptor);
		for (EObject other : resource.getContents().subList(1, resource.getContents().size())) {
			walk(other, null, false, formwork, context, state, acceptor);
		}
		state.followedTheChange = pass != null;
		if (pass != null) {
			for (Map.Entry<EObject, Set<EObject>> entry : ((State) previous).dependsOn.entrySet()) {
				if (!pass.changed.contains(entry.getKey()) && entry.getKey().eResource() == resource) {
					state.dependsOn.put(entry.getKey(), entry.getValue());
				}
			}
			state.others.putAll(((State) previous).others);
		}
		formwork.validated(state);
	}

	/** What an incremental pass checks again; null when the whole model must be checked. */
	private static final class Pass {
		PartialReparse.Edit edit;
		ICompositeNode root;
		State last;
		Set<EObject> changed = Collections.newSetFromMap(new IdentityHashMap<>());
	}

	private Pass incremental(FormworkResource resource, State last, State state, Set<EObject> created) {
		if (CHECK_WHOLE || created == null || last.mode != state.mode || last.text == null || state.text == null
				|| revises(resource)) {
			return null;
		}
		for (Map.Entry<Resource, Object> other : last.others.entrySet()) {
			Resource where = other.getKey();
			if (where.getResourceSet() != resource.getResourceSet() || !where.isLoaded()
					|| other.getValue() == null || other.getValue() != FormworkResource.stamp(where)) {
				return null;
			}
		}
		Pass pass = new Pass();
		pass.last = last;
		pass.edit = PartialReparse.edit(last.text, state.text);
		pass.root = resource.getParseResult().getRootNode();
		for (EObject object : created) {
			if (CheckDependencies.affectsEverything(object)) {
				return null;
			}
			pass.changed.add(CheckDependencies.unit(object));
		}
		// units whose links led to a unit now replaced or changed, and so on
		Map<EObject, List<EObject>> referrers = new IdentityHashMap<>();
		for (Map.Entry<EObject, Set<EObject>> entry : last.dependsOn.entrySet()) {
			EObject unit = entry.getKey();
			if (unit.eResource() != resource) {
				continue;
			}
			for (EObject target : entry.getValue()) {
				if (target.eResource() != resource || CheckDependencies.isContainer(target)) {
					pass.changed.add(unit);
				} else {
					referrers.computeIfAbsent(target, t -> new ArrayList<>()).add(unit);
				}
			}
		}
		Deque<EObject> work = new ArrayDeque<>(pass.changed);
		while (!work.isEmpty()) {
			for (EObject referrer : referrers.getOrDefault(work.pop(), List.of())) {
				if (pass.changed.add(referrer)) {
					work.push(referrer);
				}
			}
		}
		return pass;
	}

	/** Checks an object and what it holds, or keeps their earlier diagnostics where the change cannot affect them. */
	private void walk(EObject object, Pass pass, boolean inChangedUnit, FormworkResource resource,
			Map<Object, Object> context, State state, IAcceptor<Issue> acceptor) {
		boolean container = CheckDependencies.isContainer(object);
		boolean unit = !container && (object.eContainer() == null || CheckDependencies.isContainer(object.eContainer()));
		boolean again = pass == null || container || (unit ? pass.changed.contains(object) : inChangedUnit);
		List<Issue> issues = again ? null : kept(object, pass);
		if (issues == null) {
			issues = check(object, context);
			state.checked++;
		}
		if (!issues.isEmpty()) {
			state.issues.put(object, issues);
			issues.forEach(acceptor::accept);
		}
		state.validated.add(object);
		if (unit && (pass == null || again)) {
			Set<EObject> targets = Collections.newSetFromMap(new IdentityHashMap<>());
			Set<Resource> others = new HashSet<>();
			CheckDependencies.targets(object, resource, targets, others);
			state.dependsOn.put(object, targets);
			for (Resource other : others) {
				state.others.putIfAbsent(other, FormworkResource.stamp(other));
			}
		}
		for (EObject child : object.eContents()) {
			walk(child, pass, unit ? again : inChangedUnit, resource, context, state, acceptor);
		}
	}

	/** The earlier issues of an object, moved with the text; null when it must be checked again. */
	private static List<Issue> kept(EObject object, Pass pass) {
		if (!pass.last.validated.contains(object)) {
			return null;
		}
		List<Issue> issues = pass.last.issues.get(object);
		if (issues == null || pass.edit == null) {
			return issues == null ? List.of() : issues;
		}
		List<Issue> moved = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			Issue now = moved(issue, pass);
			if (now == null) {
				return null;
			}
			moved.add(now);
		}
		return moved;
	}

	private static Issue moved(Issue issue, Pass pass) {
		Integer offset = issue.getOffset();
		Integer length = issue.getLength();
		if (offset == null || length == null) {
			return issue;
		}
		PartialReparse.Edit edit = pass.edit;
		if (offset + length < edit.offset()) {
			return issue; // before the change: the text up to it is the same
		}
		if (offset <= edit.offset() + edit.length()) {
			return null; // touches the change
		}
		int at = offset + edit.text().length() - edit.length();
		LineAndColumn start = NodeModelUtils.getLineAndColumn(pass.root, at);
		if (CheckDependencies.CITE_LINES.contains(issue.getCode()) && issue.getLineNumber() != null
				&& start.getLine() != issue.getLineNumber()) {
			return null; // its message cites a line, which has moved
		}
		LineAndColumn end = NodeModelUtils.getLineAndColumn(pass.root, at + length);
		Issue.IssueImpl copy = new Issue.IssueImpl();
		copy.setSeverity(issue.getSeverity());
		copy.setCode(issue.getCode());
		copy.setMessage(issue.getMessage());
		copy.setData(issue.getData());
		copy.setType(issue.getType());
		copy.setSyntaxError(issue.isSyntaxError());
		copy.setUriToProblem(issue.getUriToProblem());
		copy.setOffset(at);
		copy.setLength(length);
		copy.setLineNumber(start.getLine());
		copy.setColumn(start.getColumn());
		copy.setLineNumberEnd(end.getLine());
		copy.setColumnEnd(end.getColumn());
		return copy;
	}

	/** The issues of the object's own checks (not of what it holds), as Xtext converts them. */
	private List<Issue> check(EObject object, Map<Object, Object> context) {
		BasicDiagnostic chain = new BasicDiagnostic();
		shallow.validate(object, chain, context);
		List<Issue> issues = new ArrayList<>(0);
		for (Diagnostic child : chain.getChildren()) {
			issueFromEValidatorDiagnostic(child, issues::add);
		}
		return issues;
	}

	/** The options Xtext's validation passes to the checks. */
	private Map<Object, Object> context(FormworkResource resource, CheckMode mode, CancelIndicator monitor) {
		Map<Object, Object> options = new HashMap<>();
		options.put(CheckMode.KEY, mode);
		options.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
		options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
		options.put(EValidator.class, getDiagnostician());
		options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, resource.getLanguageName());
		return options;
	}

	private static boolean revises(FormworkResource resource) {
		return resource.getContents().get(0) instanceof FormFile file && file.getTemplate() != null
				&& file.getTemplate().eGet(FormworkPackage.Literals.TEMPLATE__REVISES, false) != null;
	}

	private static String text(FormworkResource resource) {
		IParseResult result = resource.getParseResult();
		return result == null || result.getRootNode() == null ? null : result.getRootNode().getText();
	}
}
