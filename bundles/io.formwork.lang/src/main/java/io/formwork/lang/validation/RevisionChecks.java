package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.AxisRevision;
import io.formwork.lang.formwork.Change;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.revision.RevisionProblem;
import io.formwork.lang.revision.Revisions;

/** Revisions: a template revises an earlier one, and what it changes is stated and consistent. */
public class RevisionChecks extends FormworkChecks {

	@Check
	public void checkRevisedTemplateIsEarlier(Template template) {
		Template revised = template.getRevises();
		if (revised == null || revised.eIsProxy() || Revisions.isEffective(template)) {
			return;
		}
		if (revised == template || revised.getName() != null && revised.getName().equals(template.getName())) {
			error(Messages.of("模板不能修订自身", "A template cannot revise itself"), template, P.getTemplate_Revises(),
					REVISION_ORDER);
		} else if (revised.getYear() > template.getYear()) {
			error(Messages.of("模板 " + template.getName() + "（" + template.getYear() + " 年）修订的模板 " + revised.getName()
					+ " 晚于它（" + revised.getYear() + " 年）", "Template " + template.getName() + " (" + template.getYear()
							+ ") revises " + revised.getName() + ", which is later (" + revised.getYear() + ")"),
					template, P.getTemplate_Revises(), REVISION_ORDER);
		} else if (revisesItself(template)) {
			error(Messages.of("修订关系成环：" + template.getName() + " 经由 " + revised.getName() + " 又修订回自身",
					"The revisions form a cycle: " + template.getName() + " comes back to itself through "
							+ revised.getName()),
					template, P.getTemplate_Revises(), REVISION_ORDER);
		}
	}

	private static boolean revisesItself(Template template) {
		Set<Template> seen = new HashSet<>();
		for (Template t = template.getRevises(); t != null && !t.eIsProxy(); t = t.getRevises()) {
			if (t == template || !seen.add(t)) {
				return true;
			}
		}
		return false;
	}

	/** A revision, applied: what it removes that is still used, renames onto, or changes without saying so. */
	@Check
	public void checkRevision(Template template) {
		if (Revisions.isEffective(template)) {
			return;
		}
		if (template.getRevises() == null) {
			for (Change change : template.getChanges()) {
				error(Messages.of("模板 " + template.getName() + " 没有修订任何模板（revises），不能写修改语句",
						"Template " + template.getName()
								+ " revises no template ('revises'): it cannot state changes"),
						change, null, NOT_A_REVISION);
			}
			return;
		}
		if (template.getRevises().eIsProxy() || revisesItself(template)) {
			return;
		}
		for (RevisionProblem problem : Revisions.problems(template)) {
			error(problem.message(), problem.object(), problem.feature(), problem.code());
		}
	}

	@Check
	public void checkRevisedLineKinds(TableRevision revision) {
		checkRevisedKinds(revision.getRows(), LineKind.ROW);
		checkRevisedKinds(revision.getColumns(), LineKind.COLUMN);
	}

	private void checkRevisedKinds(AxisRevision axis, LineKind expected) {
		if (axis == null) {
			return;
		}
		for (Line line : EcoreUtil2.getAllContentsOfType(axis, Line.class)) {
			if (line.getKind() != expected && EcoreUtil2.getContainerOfType(line, Rule.class) == null) {
				error(Messages.of("'" + line.getKind().getLiteral() + " " + line.getName() + "' 写在了"
						+ (expected == LineKind.ROW ? "行" : "列") + "中，应写作 '" + expected.getLiteral() + "'",
						"'" + line.getKind().getLiteral() + " " + line.getName() + "' is declared among the "
								+ expected.getLiteral() + "s: write '" + expected.getLiteral() + "'"),
						line, P.getLine_Kind(), WRONG_LINE_KIND, expected.getLiteral());
			}
		}
	}
}
