package io.formwork.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.CoordinatePath;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.RevisionScopes;

/**
 * Scopes the coordinates of cell references. Inside [..] a code names a row or a column of the table the
 * reference reads; which one depends on the rule: 'for each column' iterates columns, so [x] names a row;
 * 'for each row' makes [x] a column; 'for each group' makes [x] a line or member inside the current column
 * group; [x, y] is always row x, column y. In a template that revises another, the statements name what they
 * change in the revised template, and the template's own rules see its effective tables and claims (see
 * {@link RevisionScopes}). Everything else is scoped by qualified names and imports.
 */
public class FormworkScopeProvider extends AbstractFormworkScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == FormworkPackage.Literals.COORDINATE_PATH__HEAD) {
			return headScope(context);
		}
		if (RevisionScopes.handles(reference)) {
			return RevisionScopes.scope(context, reference);
		}
		if (reference == FormworkPackage.Literals.RULE__TABLE || reference == FormworkPackage.Literals.CELL_REF__TABLE) {
			Template template = EcoreUtil2.getContainerOfType(context, Template.class);
			if (RevisionScopes.isRevision(template)) {
				return RevisionScopes.tables(template, super.getScope(context, reference));
			}
		}
		if (reference == FormworkPackage.Literals.CLAIM_REF__CLAIM) {
			Template template = EcoreUtil2.getContainerOfType(context, Template.class);
			if (RevisionScopes.isRevision(template)) {
				return RevisionScopes.claims(template, super.getScope(context, reference));
			}
		}
		if (reference.getEReferenceType() == FormworkPackage.Literals.INDICATOR
				|| reference.getEReferenceType() == FormworkPackage.Literals.UNIT
				|| reference.getEReferenceType() == FormworkPackage.Literals.DIMENSION) {
			Template template = EcoreUtil2.getContainerOfType(context, Template.class);
			if (RevisionScopes.isRevision(template)) {
				return RevisionScopes.catalogMembers(template, reference.getEReferenceType(), super.getScope(context, reference));
			}
		}
		if (reference == FormworkPackage.Literals.COORDINATE_PATH__TAIL) {
			if (context instanceof CoordinatePath path && path.getHead() != null && !path.getHead().eIsProxy()) {
				return scopeFor(Grids.childrenOf(path.getHead()));
			}
			return IScope.NULLSCOPE;
		}
		return super.getScope(context, reference);
	}

	private IScope headScope(EObject context) {
		CellRef ref = context instanceof CellRef c ? c : EcoreUtil2.getContainerOfType(context, CellRef.class);
		if (ref == null) {
			return IScope.NULLSCOPE;
		}
		Table table = Grids.tableOf(ref);
		if (table == null) {
			return IScope.NULLSCOPE;
		}
		boolean isSecond = context instanceof CoordinatePath path && ref.getSecond() == path;
		if (isSecond) {
			return scopeFor(Grids.coordinates(table.getColumns()));
		}
		List<Coordinate> candidates = new ArrayList<>();
		switch (Grids.roleOfFirst(ref)) {
		case ROW -> candidates.addAll(Grids.coordinates(table.getRows()));
		case COLUMN -> candidates.addAll(Grids.coordinates(table.getColumns()));
		case GROUP_MEMBER -> candidates.addAll(Grids.groupMemberCoordinates(table.getColumns()));
		case EITHER -> {
			candidates.addAll(Grids.coordinates(table.getRows()));
			candidates.addAll(Grids.coordinates(table.getColumns()));
		}
		}
		return scopeFor(candidates);
	}

	private static IScope scopeFor(List<? extends Coordinate> coordinates) {
		return Scopes.scopeFor(coordinates, c -> c.getName() == null ? null : QualifiedName.create(c.getName()),
				IScope.NULLSCOPE);
	}
}
