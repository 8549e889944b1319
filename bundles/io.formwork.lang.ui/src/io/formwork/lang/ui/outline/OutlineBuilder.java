package io.formwork.lang.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.formwork.lang.filing.ClaimEntry;
import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.RowEntry;
import io.formwork.lang.filing.TableEntry;
import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.CatalogMember;
import io.formwork.lang.formwork.Check;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.DimensionItem;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.TemplateMember;
import io.formwork.lang.formwork.Unit;

/**
 * The outline of a parsed template, catalog or filing: catalog and template, sections, narratives with their
 * claims, tables with their columns and rows, indicators, units, dimensions, rules; in a filing, its tables and
 * rows. The same nodes give the editor its folding regions.
 */
public final class OutlineBuilder {

	private OutlineBuilder() {
	}

	public static List<OutlineNode> build(XtextResource resource) {
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
				List<OutlineNode> members = new ArrayList<>();
				for (TemplateMember member : template.getMembers()) {
					if (member instanceof Section section) {
						members.add(section(section));
					} else if (member instanceof Check check) {
						members.add(node("check", check, check.getName(), check.getLabel(), List.of()));
					} else if (member instanceof CatalogMember catalogMember) {
						members.add(catalogMember(catalogMember));
					}
				}
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

	private static OutlineNode catalogMember(CatalogMember member) {
		if (member instanceof Indicator indicator) {
			return node("indicator", indicator, indicator.getName(), indicator.getLabel(), List.of());
		}
		if (member instanceof Unit unit) {
			return node("unit", unit, unit.getName(), null, List.of());
		}
		Dimension dimension = (Dimension) member;
		return node("dimension", dimension, dimension.getName(), dimension.getLabel(), items(dimension.getMembers()));
	}

	private static List<OutlineNode> items(List<DimensionItem> items) {
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

	private static OutlineNode section(Section section) {
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
				axes.add(axis("columns", table.getColumns()));
				axes.add(axis("rows", table.getRows()));
				axes.removeIf(a -> a == null);
				parts.add(node("table", table, table.getName(), table.getLabel(), axes));
			}
		}
		return node("section", section, section.getName(), section.getLabel(), parts);
	}

	private static OutlineNode axis(String kind, Axis axis) {
		if (axis == null) {
			return null;
		}
		if (axis.getDimension() != null) {
			String dimension = linkText(axis, "dimension");
			return node(kind, axis, kind, dimension, List.of());
		}
		return node(kind, axis, kind, null, axisItems(axis.getItems()));
	}

	private static List<OutlineNode> axisItems(List<AxisItem> items) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (AxisItem item : items) {
			if (item instanceof LineGroup group) {
				nodes.add(node(group.getKind().getLiteral(), group, group.getName(), group.getLabel(),
						axisItems(group.getItems())));
			} else {
				io.formwork.lang.formwork.Line line = (io.formwork.lang.formwork.Line) item;
				nodes.add(node(line.getKind().getLiteral(), line, line.getName(), line.getLabel(), List.of()));
			}
		}
		return nodes;
	}

	private static OutlineNode node(String kind, EObject object, String code, Object label, List<OutlineNode> children) {
		ICompositeNode whole = NodeModelUtils.findActualNodeFor(object);
		int offset = whole == null ? 0 : whole.getOffset();
		int length = whole == null ? 0 : whole.getLength();
		int nameOffset = offset;
		int nameLength = 0;
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, name);
			if (!nodes.isEmpty()) {
				nameOffset = nodes.get(0).getOffset();
				nameLength = nodes.get(0).getLength();
			}
		}
		String text = label instanceof Label l ? (l.getZh() != null ? l.getZh() : l.getEn()) : (String) label;
		return new OutlineNode(kind, code == null ? "" : code, text, offset, length, nameOffset, nameLength, children);
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
