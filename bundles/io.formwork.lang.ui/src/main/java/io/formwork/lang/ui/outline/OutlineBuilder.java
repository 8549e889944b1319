package io.formwork.lang.ui.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.formwork.lang.compiler.TemplateDiffs;
import io.formwork.lang.filing.ClaimEntry;
import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.RowEntry;
import io.formwork.lang.filing.TableEntry;
import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.CatalogMember;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.DimensionItem;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.HeadingRevision;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.SectionRevision;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.TemplateMember;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.revision.Revisions;
import io.formwork.lang.revision.TemplateDiff;
import io.formwork.lang.ui.Texts;
import io.formwork.runtime.Language;

/**
 * The outline of a parsed template, catalog or filing: catalog and template, sections, narratives with their
 * claims, tables with their columns and rows, indicators, units, dimensions, rules; in a filing, its tables and
 * rows. The same nodes give the editor its folding regions.
 * <p>
 * A revision's outline is its <em>effective</em> structure ({@link Revisions#effective}): everything it inherits
 * and everything it changes, each element marked with what the revision changes about it, as
 * {@link TemplateDiff} words it (added, renamed, relabelled, retyped, removed…), removed elements shown where they
 * were. Each node leads to the text that states the element: the revision's declaration or change statement
 * ({@code relabel column issued …}, {@code remove table t2_9}), else the template it inherits it from.
 */
public final class OutlineBuilder {

	private final XtextResource resource;
	/** Of a revision: what its change statements change (the origin of their target) → the statement. */
	private final Map<EObject, EObject> statedBy = new IdentityHashMap<>();
	/** Of a revision: the effective object a 'revise section/table/heading' statement changes → the statement. */
	private final Map<EObject, EObject> revisedBy = new IdentityHashMap<>();
	/** Of a revision: the origin of a changed element in the revision → its changes. */
	private final Map<EObject, List<TemplateDiff.Change>> changes = new IdentityHashMap<>();
	/** Of a revision: removed elements by the code of the table (lines) or section they were in; "" for the template. */
	private final Map<String, List<OutlineNode>> removed = new HashMap<>();

	private OutlineBuilder(XtextResource resource) {
		this.resource = resource;
	}

	public static List<OutlineNode> build(XtextResource resource) {
		return new OutlineBuilder(resource).roots();
	}

	private List<OutlineNode> roots() {
		List<OutlineNode> roots = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return roots;
		}
		EObject root = resource.getContents().get(0);
		if (root instanceof FormFile form) {
			if (form.getCatalog() != null) {
				Catalog catalog = form.getCatalog();
				List<OutlineNode> members = new ArrayList<>();
				for (CatalogMember member : catalog.getMembers()) {
					members.add(catalogMember(member));
				}
				roots.add(node("catalog", catalog, catalog.getName(), catalog.getLabel(), members));
			}
			if (form.getTemplate() != null) {
				Template template = form.getTemplate();
				Template effective = Revisions.effective(template);
				if (effective != template && effective != null) {
					revision(template);
				}
				List<OutlineNode> members = new ArrayList<>();
				for (TemplateMember member : (effective != null ? effective : template).getMembers()) {
					if (member instanceof Section section) {
						members.add(section(section));
					} else if (member instanceof Rule check) {
						members.add(node("check", check, check.getName(), check.getLabel(), List.of()));
					} else if (member instanceof CatalogMember catalogMember) {
						members.add(catalogMember(catalogMember));
					}
				}
				members.addAll(removed.getOrDefault("", List.of()));
				roots.add(node("template", template, template.getName(), template.getLabel(), members));
			}
		} else if (root instanceof FilingFile filing) {
			List<OutlineNode> entries = new ArrayList<>();
			for (var entry : filing.getEntries()) {
				if (entry instanceof TableEntry table) {
					List<OutlineNode> rows = new ArrayList<>();
					for (RowEntry row : table.getRows()) {
						rows.add(node("row", row, linkText(row, "row"), null, List.of()));
					}
					entries.add(node("table", table, linkText(table, "table"), null, rows));
				} else if (entry instanceof ClaimEntry claim) {
					entries.add(node("claim", claim, linkText(claim, "claim"), null, List.of()));
				}
			}
			roots.add(node("filing", filing, "filing for " + linkText(filing, "template"),
					filing.getBody() == null ? null : filing.getBody(), entries));
		}
		return roots;
	}

	private OutlineNode catalogMember(CatalogMember member) {
		if (member instanceof Indicator indicator) {
			return node("indicator", indicator, indicator.getName(), indicator.getLabel(), List.of());
		}
		if (member instanceof Unit unit) {
			return node("unit", unit, unit.getName(), null, List.of());
		}
		Dimension dimension = (Dimension) member;
		return node("dimension", dimension, dimension.getName(), dimension.getLabel(), items(dimension.getMembers()));
	}

	private List<OutlineNode> items(List<DimensionItem> items) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (DimensionItem item : items) {
			if (item instanceof MemberGroup group) {
				nodes.add(node("group", group, group.getName(), group.getLabel(), items(group.getMembers())));
			} else {
				nodes.add(node("member", item, item.getName(), item.getLabel(), List.of()));
			}
		}
		return nodes;
	}

	private OutlineNode section(Section section) {
		List<OutlineNode> parts = new ArrayList<>();
		for (EObject part : section.getParts()) {
			if (part instanceof Section inner) {
				parts.add(section(inner));
			} else if (part instanceof Narrative narrative) {
				List<OutlineNode> claims = new ArrayList<>();
				for (Claim claim : narrative.getClaims()) {
					claims.add(node("claim", claim, claim.getName(), claim.getLabel(), List.of()));
				}
				parts.add(node("narrative", narrative, narrative.getName(), narrative.getLabel(), claims));
			} else if (part instanceof Table table) {
				List<OutlineNode> axes = new ArrayList<>();
				axes.add(axis("columns", table.getColumns(), table.getName()));
				axes.add(axis("rows", table.getRows(), table.getName()));
				axes.removeIf(a -> a == null);
				parts.add(node("table", table, table.getName(), table.getLabel(), axes));
			}
		}
		parts.addAll(removed.getOrDefault("section " + section.getName(), List.of()));
		return node("section", section, section.getName(), section.getLabel(), parts);
	}

	private OutlineNode axis(String kind, Axis axis, String table) {
		if (axis == null) {
			return null;
		}
		if (axis.getDimension() != null) {
			String dimension = axis.eResource() == resource ? linkText(axis, "dimension")
					: axis.getDimension().eIsProxy() ? "" : axis.getDimension().getName();
			return node(kind, axis, kind, dimension, List.of());
		}
		List<OutlineNode> items = new ArrayList<>(axisItems(axis.getItems()));
		items.addAll(removed.getOrDefault(kind + " " + table, List.of()));
		return node(kind, axis, kind, null, items);
	}

	private List<OutlineNode> axisItems(List<AxisItem> items) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (AxisItem item : items) {
			if (item instanceof LineGroup group) {
				nodes.add(node(group.getKind().getLiteral(), group, group.getName(), group.getLabel(),
						axisItems(group.getItems())));
			} else {
				Line line = (Line) item;
				nodes.add(node(line.getKind().getLiteral(), line, line.getName(), line.getLabel(), List.of()));
			}
		}
		return nodes;
	}

	private OutlineNode node(String kind, EObject object, String code, Object label, List<OutlineNode> children) {
		String text = label instanceof Label l ? (l.getZh() != null ? l.getZh() : l.getEn()) : (String) label;
		EObject stated = stated(object);
		String uri = stated.eResource() == null || stated.eResource() == resource ? null : stated.eResource().getURI().toString();
		return at(kind, stated, code, text, children, mark(object), uri);
	}

	/** A node placed at the text of {@code stated}, in this document or (uri) another. */
	private static OutlineNode at(String kind, EObject stated, String code, String text, List<OutlineNode> children, String mark,
			String uri) {
		EObject object = stated;
		ICompositeNode whole = NodeModelUtils.findActualNodeFor(object);
		int offset = whole == null ? 0 : whole.getOffset();
		int length = whole == null ? 0 : whole.getLength();
		int nameOffset = offset;
		int nameLength = 0;
		// the name it declares, or for a change statement ('relabel column issued …') the code it changes
		for (String feature : List.of("name", "target")) {
			EStructuralFeature name = object.eClass().getEStructuralFeature(feature);
			List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(object, name);
			if (!nodes.isEmpty()) {
				nameOffset = nodes.get(0).getOffset();
				nameLength = nodes.get(0).getLength();
				break;
			}
		}
		return new OutlineNode(kind, code == null ? "" : code, text, offset, length, nameOffset, nameLength, children, mark,
				uri);
	}

	// ------------------------------------------------------------------ revisions

	/** The object whose text states an element: as written in this document, else the revision's statement that
	 * changes it, else the element as the template it is inherited from writes it. */
	private EObject stated(EObject object) {
		EObject origin = Revisions.origin(object);
		if (origin == null) {
			return object;
		}
		if (origin.eResource() == resource) {
			return origin;
		}
		EObject statement = statedBy.get(origin);
		if (statement == null) {
			statement = revisedBy.get(object);
		}
		return statement != null ? statement : origin;
	}

	/** What the revision changes about an element, in the chosen language; null when nothing. */
	private String mark(EObject object) {
		if (changes.isEmpty() && revisedBy.isEmpty()) {
			return null;
		}
		List<TemplateDiff.Change> own = changes.get(Revisions.origin(object));
		if (own == null || own.isEmpty()) {
			return revisedBy.containsKey(object) ? Texts.of("修订", "revised") : null;
		}
		Set<String> zh = new LinkedHashSet<>();
		Set<String> en = new LinkedHashSet<>();
		for (TemplateDiff.Change change : own) {
			zh.add(change.name(Language.ZH));
			en.add(change.name(Language.EN));
		}
		return Texts.of(String.join("、", zh), String.join(", ", en));
	}

	/** Reads what a revision changes: its statements and, from {@link TemplateDiff}, each element's changes. */
	private void revision(Template revision) {
		for (var it = revision.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof SectionRevision || object instanceof TableRevision || object instanceof HeadingRevision) {
				EObject target = Revisions.effectiveTarget(object);
				if (target != null) {
					revisedBy.put(target, object);
				}
				continue;
			}
			EStructuralFeature target = object.eClass().getEStructuralFeature("target");
			if (target instanceof EReference && !target.isMany()
					&& object.eGet(target) instanceof EObject changed && !changed.eIsProxy()) {
				statedBy.putIfAbsent(Revisions.origin(changed), object);
			}
		}
		Template revised = revision.getRevises();
		TemplateDiff.Result diff;
		try {
			diff = TemplateDiffs.between(revised, revision);
		} catch (RuntimeException e) {
			return; // a revision half typed: the structure without marks
		}
		for (int i = 0; i < diff.entries().size(); i++) {
			TemplateDiff.Entry entry = diff.entries().get(i);
			TemplateDiff.Places places = diff.places().get(i);
			boolean gone = entry.changes().stream().anyMatch(c -> c.change().equals("removed"));
			if (!gone && places.newer() != null) {
				changes.computeIfAbsent(places.newer(), k -> new ArrayList<>()).addAll(entry.changes());
			} else if (gone && places.older() != null) {
				removed(entry, places.older());
			}
		}
	}

	/** A removed element, placed where it was (its table's rows or columns, its section, or the template). */
	private void removed(TemplateDiff.Entry entry, EObject older) {
		EObject statement = statedBy.get(older);
		EObject stated = statement != null ? statement : older;
		String uri = stated.eResource() == null || stated.eResource() == resource ? null : stated.eResource().getURI().toString();
		String mark = Texts.of(entry.changes().get(0).name(Language.ZH), entry.changes().get(0).name(Language.EN));
		Label label = older instanceof AxisItem item ? item.getLabel() : labelOf(older);
		String text = label == null ? null : label.getZh() != null ? label.getZh() : label.getEn();
		String kind = entry.element();
		OutlineNode node = at(kind, stated, entry.code(), text, List.of(), mark, uri);
		String where = "";
		if (entry.table() != null) {
			where = (kind.equals("column") || kind.equals("group") ? "columns " : "rows ") + entry.table();
		} else {
			for (EObject container = older.eContainer(); container != null; container = container.eContainer()) {
				if (container instanceof Section section) {
					where = "section " + section.getName();
					break;
				}
			}
		}
		removed.computeIfAbsent(where, k -> new ArrayList<>()).add(node);
	}

	private static Label labelOf(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("label");
		return feature != null && object.eGet(feature) instanceof Label label ? label : null;
	}

	/** The text of a cross-reference as written (the code), even when it does not resolve. */
	private static String linkText(EObject object, String feature) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		if (f == null) {
			return "";
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, f);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
