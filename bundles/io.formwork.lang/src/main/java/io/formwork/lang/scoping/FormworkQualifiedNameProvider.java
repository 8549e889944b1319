package io.formwork.lang.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.EnumValue;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;

/**
 * Names as users write them: catalog.indicator, dimension.member (member groups do not nest names),
 * template.table, template.claim, template.rule. Sections do not qualify what they contain, and rows and
 * columns are named only inside their table (see {@link FormworkScopeProvider}).
 */
public class FormworkQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof Line || object instanceof LineGroup) {
			return null;
		}
		if (object instanceof Catalog || object instanceof Template) {
			return super.getFullyQualifiedName(object);
		}
		if (object instanceof Unit || object instanceof Indicator || object instanceof Dimension) {
			return child(owner(object), object);
		}
		if (object instanceof Member member) {
			return child(EcoreUtil2.getContainerOfType(member, Dimension.class), member.getName());
		}
		if (object instanceof MemberGroup group) {
			return child(EcoreUtil2.getContainerOfType(group, Dimension.class), group.getName());
		}
		if (object instanceof EnumValue value) {
			return child(EcoreUtil2.getContainerOfType(value, Indicator.class), value.getName());
		}
		if (object instanceof Table table) {
			return child(EcoreUtil2.getContainerOfType(table, Template.class), table.getName());
		}
		if (object instanceof Claim || object instanceof Rule || object instanceof Narrative || object instanceof Section) {
			return child(EcoreUtil2.getContainerOfType(object, Template.class), nameOf(object));
		}
		return null;
	}

	private EObject owner(EObject object) {
		EObject catalog = EcoreUtil2.getContainerOfType(object, Catalog.class);
		return catalog != null ? catalog : EcoreUtil2.getContainerOfType(object, Template.class);
	}

	private QualifiedName child(EObject parent, EObject object) {
		return child(parent, nameOf(object));
	}

	private QualifiedName child(EObject parent, String name) {
		if (name == null) {
			return null;
		}
		QualifiedName parentName = parent == null ? null : getFullyQualifiedName(parent);
		return parentName == null ? QualifiedName.create(name) : parentName.append(name);
	}

	private String nameOf(EObject object) {
		Object name = object.eGet(object.eClass().getEStructuralFeature("name"));
		return name instanceof String s ? s : null;
	}
}
