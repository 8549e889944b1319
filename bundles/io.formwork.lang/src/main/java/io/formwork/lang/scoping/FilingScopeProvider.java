package io.formwork.lang.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import io.formwork.lang.filing.CellEntry;
import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.FilingPackage;
import io.formwork.lang.filing.TableEntry;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;

/**
 * Codes in a filing resolve against the template it names: its tables, the rows and columns of each table,
 * and its claims, by their simple codes.
 */
public class FilingScopeProvider extends AbstractFilingScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		FilingPackage p = FilingPackage.eINSTANCE;
		if (reference == p.getTableEntry_Table()) {
			Template template = template(context);
			return template == null ? IScope.NULLSCOPE
					: named(EcoreUtil2.getAllContentsOfType(template, Table.class));
		}
		if (reference == p.getClaimEntry_Claim()) {
			Template template = template(context);
			return template == null ? IScope.NULLSCOPE
					: named(EcoreUtil2.getAllContentsOfType(template, Claim.class));
		}
		TableEntry entry = EcoreUtil2.getContainerOfType(context, TableEntry.class);
		Table table = entry == null || entry.getTable() == null || entry.getTable().eIsProxy() ? null : entry.getTable();
		if (reference == p.getRowEntry_Row()) {
			return table == null ? IScope.NULLSCOPE
					: named(Grids.lines(table.getRows()).stream().map(Grids.AxisLine::leaf).toList());
		}
		if (reference == p.getCellEntry_Column()) {
			return table == null ? IScope.NULLSCOPE : named(Grids.coordinates(table.getColumns()));
		}
		if (reference == p.getCellEntry_Member()) {
			if (context instanceof CellEntry cell && cell.getColumn() != null && !cell.getColumn().eIsProxy()) {
				return named(Grids.childrenOf(cell.getColumn()));
			}
			return IScope.NULLSCOPE;
		}
		return super.getScope(context, reference);
	}

	private static Template template(EObject context) {
		FilingFile file = EcoreUtil2.getContainerOfType(context, FilingFile.class);
		return file == null || file.getTemplate() == null || file.getTemplate().eIsProxy() ? null
				: Revisions.effective(file.getTemplate());
	}

	private static IScope named(List<? extends EObject> objects) {
		return Scopes.scopeFor(objects, o -> {
			Object name = o.eGet(o.eClass().getEStructuralFeature("name"));
			return name instanceof String s ? QualifiedName.create(s) : null;
		}, IScope.NULLSCOPE);
	}
}
