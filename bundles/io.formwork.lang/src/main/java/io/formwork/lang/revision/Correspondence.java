package io.formwork.lang.revision;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids.AxisLine;
import io.formwork.lang.model.Grids;

/**
 * Which thing of an older template each thing of a newer one continues. Along a revision chain the revisions
 * say it (a renamed row continues the row it renames); between templates that are not revisions of one
 * another, and for what a revision declares anew, things correspond by kind and code (a table by its code, a
 * row by its code in the corresponding table).
 */
public final class Correspondence {

	private final Template older;
	private final Template newer;
	private final boolean related;
	/** newer object → older object */
	private final Map<EObject, EObject> match = new IdentityHashMap<>();

	private Correspondence(Template older, Template newer) {
		this.older = Revisions.effective(older);
		this.newer = Revisions.effective(newer);
		this.related = Revisions.lineage(newer).contains(this.older);
	}

	/** The correspondence between two templates (each taken as it applies: revisions resolved). */
	public static Correspondence between(Template older, Template newer) {
		Correspondence c = new Correspondence(older, newer);
		c.build();
		return c;
	}

	public Template older() {
		return older;
	}

	public Template newer() {
		return newer;
	}

	/** True when the newer template descends from the older one by revisions. */
	public boolean related() {
		return related;
	}

	/** The older thing a newer one continues, or null when it is new. */
	public EObject olderOf(EObject newerObject) {
		return match.get(newerObject);
	}

	/** The newer thing that continues an older one, or null when it was removed. */
	public EObject newerOf(EObject olderObject) {
		for (Map.Entry<EObject, EObject> entry : match.entrySet()) {
			if (entry.getValue() == olderObject) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** The older data line a newer one continues: its line (or member) and its group both correspond. */
	public AxisLine olderLine(Table newerTable, Axis newerAxis, AxisLine line) {
		Table olderTable = (Table) match.get(newerTable);
		if (olderTable == null) {
			return null;
		}
		Axis olderAxis = newerAxis == newerTable.getRows() ? olderTable.getRows() : olderTable.getColumns();
		EObject leaf = counterpartOfCoordinate(line.leaf());
		EObject qualifier = line.qualifier() == null ? null : match.get(line.qualifier());
		if (leaf == null || line.qualifier() != null && qualifier == null) {
			return null;
		}
		for (AxisLine candidate : Grids.lines(olderAxis)) {
			if (sameCoordinate(candidate.leaf(), leaf) && candidate.qualifier() == qualifier) {
				return candidate;
			}
		}
		return null;
	}

	private EObject counterpartOfCoordinate(Coordinate leaf) {
		if (leaf instanceof AxisItem) {
			return match.get(leaf);
		}
		return leaf; // a dimension member: matched by code below
	}

	private static boolean sameCoordinate(Coordinate candidate, EObject leaf) {
		if (candidate == leaf) {
			return true;
		}
		return !(candidate instanceof AxisItem) && !(leaf instanceof AxisItem) && leaf instanceof Coordinate c
				&& Objects.equals(candidate.getName(), c.getName());
	}

	// ------------------------------------------------------------------ building

	private void build() {
		matchAll(sections(newer), sections(older));
		matchAll(EcoreUtil2.getAllContentsOfType(newer, Narrative.class),
				EcoreUtil2.getAllContentsOfType(older, Narrative.class));
		matchAll(EcoreUtil2.getAllContentsOfType(newer, Claim.class), EcoreUtil2.getAllContentsOfType(older, Claim.class));
		matchAll(EcoreUtil2.getAllContentsOfType(newer, Table.class), EcoreUtil2.getAllContentsOfType(older, Table.class));
		matchAll(checks(newer), checks(older));
		matchAll(indicators(newer), indicators(older));
		for (EObject object : new ArrayList<>(match.keySet())) {
			if (object instanceof Table table) {
				Table before = (Table) match.get(table);
				matchAll(items(table.getRows()), items(before.getRows()));
				matchAll(items(table.getColumns()), items(before.getColumns()));
			}
		}
	}

	/** Matches newer to older things of one kind: by lineage first, then by code among the rest. */
	private void matchAll(List<? extends EObject> newerObjects, List<? extends EObject> olderObjects) {
		Map<EObject, Boolean> taken = new IdentityHashMap<>();
		List<EObject> rest = new ArrayList<>();
		for (EObject object : newerObjects) {
			EObject before = related ? ancestorIn(object) : null;
			if (before != null && olderObjects.contains(before)) {
				match.put(object, before);
				taken.put(before, true);
			} else {
				rest.add(object);
			}
		}
		Map<String, EObject> byCode = new LinkedHashMap<>();
		for (EObject candidate : olderObjects) {
			String code = Resolver.name(candidate);
			if (code != null && !taken.containsKey(candidate)) {
				byCode.putIfAbsent(kindKey(candidate) + ":" + code, candidate);
			}
		}
		for (EObject object : rest) {
			EObject before = byCode.remove(kindKey(object) + ":" + Resolver.name(object));
			if (before != null) {
				match.put(object, before);
			}
		}
	}

	/** Rows and headings may correspond (a row replaced by a heading of the same code). */
	private static String kindKey(EObject object) {
		return object instanceof AxisItem ? "line" : object.eClass().getName();
	}

	/** The object of the older effective template that an object of the newer one descends from. */
	private EObject ancestorIn(EObject object) {
		EObject current = object;
		for (int guard = 0; current != null && guard < 100; guard++) {
			if (EcoreUtil2.getContainerOfType(current, Template.class) == older) {
				return current;
			}
			current = Revisions.predecessor(current);
		}
		return null;
	}

	private static List<Section> sections(Template template) {
		return EcoreUtil2.getAllContentsOfType(template, Section.class);
	}

	private static List<Rule> checks(Template template) {
		List<Rule> result = new ArrayList<>();
		template.getMembers().forEach(m -> {
			if (m instanceof Rule check) {
				result.add(check);
			}
		});
		return result;
	}

	/** The indicators a template declares itself (beside those of the catalogs it imports). */
	static List<Indicator> indicators(Template template) {
		List<Indicator> result = new ArrayList<>();
		template.getMembers().forEach(m -> {
			if (m instanceof Indicator indicator) {
				result.add(indicator);
			}
		});
		return result;
	}

	private static List<AxisItem> items(Axis axis) {
		if (axis == null || axis.getDimension() != null) {
			return List.of();
		}
		return EcoreUtil2.getAllContentsOfType(axis, AxisItem.class);
	}

	/** The path of headings or groups above an axis item, as codes: "results/denied". */
	static String parentPath(EObject item) {
		List<String> names = new ArrayList<>();
		for (EObject container = item.eContainer(); container instanceof LineGroup group; container = container.eContainer()) {
			names.add(0, group.getName());
		}
		return String.join("/", names);
	}
}
