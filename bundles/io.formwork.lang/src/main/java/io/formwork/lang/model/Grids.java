package io.formwork.lang.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.CoordinatePath;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.DimensionItem;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Iteration;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.revision.Revisions;

/**
 * The grid a table declares: its data lines (rows or columns that carry figures), in printed order, and the
 * indicator that gives each cell its meaning. Shared by scoping, validation and the compilers.
 */
public final class Grids {

	private Grids() {
	}

	/**
	 * A data line of an axis: a {@link Line}, or a dimension {@link Member}. A member listed under a group
	 * "of dimension" is qualified by that group (review.upheld), since the same member repeats under each group.
	 */
	public record AxisLine(Coordinate leaf, LineGroup qualifier, List<EObject> ancestors) {
		public String code() {
			return qualifier == null ? leaf.getName() : qualifier.getName() + "." + leaf.getName();
		}

		public boolean calculated() {
			return leaf instanceof Line line && line.getFormula() != null;
		}

		public boolean notReported() {
			return leaf instanceof Line line && line.isNotReported();
		}

		/** The indicator the line itself or its nearest enclosing heading carries, or null. */
		public Indicator indicator() {
			if (leaf instanceof Line line && line.getIndicator() != null) {
				return line.getIndicator();
			}
			for (int i = ancestors.size() - 1; i >= 0; i--) {
				if (ancestors.get(i) instanceof LineGroup group && group.getIndicator() != null) {
					return group.getIndicator();
				}
			}
			return null;
		}

		/** True when this line is the coordinate, or lies under the coordinate (a heading or member group). */
		public boolean isUnder(Coordinate coordinate) {
			return leaf == coordinate || qualifier == coordinate || ancestors.contains(coordinate);
		}
	}

	/** The data lines of an axis, in printed order. Headings are not data lines. */
	public static List<AxisLine> lines(Axis axis) {
		if (axis == null) {
			return List.of();
		}
		List<AxisLine> result = new ArrayList<>();
		if (axis.getDimension() != null) {
			collectMembers(axis.getDimension().getMembers(), null, new ArrayList<>(), result);
		} else {
			collectItems(axis.getItems(), new ArrayList<>(), result);
		}
		return Collections.unmodifiableList(result);
	}

	private static void collectItems(List<AxisItem> items, List<EObject> path, List<AxisLine> out) {
		for (AxisItem item : items) {
			if (item instanceof Line line) {
				out.add(new AxisLine(line, null, List.copyOf(path)));
			} else if (item instanceof LineGroup group) {
				path.add(group);
				if (group.getDimension() != null) {
					collectMembers(group.getDimension().getMembers(), group, path, out);
				} else {
					collectItems(group.getItems(), path, out);
				}
				path.remove(path.size() - 1);
			}
		}
	}

	private static void collectMembers(List<DimensionItem> items, LineGroup qualifier, List<EObject> path,
			List<AxisLine> out) {
		for (DimensionItem item : items) {
			if (item instanceof Member member) {
				out.add(new AxisLine(member, qualifier, List.copyOf(path)));
			} else if (item instanceof MemberGroup group) {
				path.add(group);
				collectMembers(group.getMembers(), qualifier, path, out);
				path.remove(path.size() - 1);
			}
		}
	}

	/** Every coordinate an axis declares (lines, headings, members, member groups), for scoping. */
	public static List<Coordinate> coordinates(Axis axis) {
		List<Coordinate> result = new ArrayList<>();
		if (axis == null) {
			return result;
		}
		if (axis.getDimension() != null) {
			collectDimension(axis.getDimension().getMembers(), result);
		} else {
			collectAxisItems(axis.getItems(), result);
		}
		return result;
	}

	private static void collectAxisItems(List<AxisItem> items, List<Coordinate> out) {
		for (AxisItem item : items) {
			out.add(item);
			if (item instanceof LineGroup group) {
				collectAxisItems(group.getItems(), out);
			}
		}
	}

	private static void collectDimension(List<DimensionItem> items, List<Coordinate> out) {
		for (DimensionItem item : items) {
			out.add(item);
			if (item instanceof MemberGroup group) {
				collectDimension(group.getMembers(), out);
			}
		}
	}

	/** The coordinates that can follow a group in a path: review.upheld, or a heading's own lines. */
	public static List<Coordinate> childrenOf(Coordinate head) {
		List<Coordinate> result = new ArrayList<>();
		if (head instanceof LineGroup group) {
			if (group.getDimension() != null) {
				collectDimension(group.getDimension().getMembers(), result);
			} else {
				collectAxisItems(group.getItems(), result);
			}
		} else if (head instanceof MemberGroup group) {
			collectDimension(group.getMembers(), result);
		}
		return result;
	}

	/** The coordinates that [x] names inside 'for each group': the lines and members under column groups. */
	public static List<Coordinate> groupMemberCoordinates(Axis axis) {
		List<Coordinate> result = new ArrayList<>();
		if (axis == null || axis.getDimension() != null) {
			return result;
		}
		for (LineGroup group : topGroups(axis)) {
			{
				for (Coordinate child : childrenOf(group)) {
					if (result.stream().noneMatch(c -> Objects.equals(c.getName(), child.getName()))) {
						result.add(child);
					}
				}
			}
		}
		return result;
	}

	/**
	 * The groups that 'for each group' iterates over: the innermost groups, those holding data lines
	 * directly (a group 'of dimension', or a group listing lines), in printed order.
	 */
	public static List<LineGroup> topGroups(Axis axis) {
		List<LineGroup> result = new ArrayList<>();
		if (axis != null && axis.getDimension() == null) {
			collectLeafGroups(axis.getItems(), result);
		}
		return result;
	}

	private static void collectLeafGroups(List<AxisItem> items, List<LineGroup> out) {
		for (AxisItem item : items) {
			if (item instanceof LineGroup group) {
				if (group.getDimension() != null || group.getItems().stream().anyMatch(Line.class::isInstance)) {
					out.add(group);
				} else {
					collectLeafGroups(group.getItems(), out);
				}
			}
		}
	}

	/**
	 * The table a cell reference reads: its own, else the rule's, else the table it is written in (for a line
	 * a revision adds to a table, that table as the revision makes it).
	 */
	public static Table tableOf(CellRef ref) {
		if (ref.getTable() != null) {
			return ref.getTable();
		}
		Rule check = EcoreUtil2.getContainerOfType(ref, Rule.class);
		if (check != null) {
			return check.getTable();
		}
		Table table = EcoreUtil2.getContainerOfType(ref, Table.class);
		if (table == null) {
			TableRevision revision = EcoreUtil2.getContainerOfType(ref, TableRevision.class);
			if (revision != null) {
				return Revisions.effectiveTable(revision);
			}
		}
		return table;
	}

	/** What a single coordinate [x] names in this context. */
	public enum Role {
		ROW, COLUMN, GROUP_MEMBER, EITHER
	}

	/** The role of the first coordinate of a reference: a row, a column, or either. */
	public static Role roleOfFirst(CellRef ref) {
		if (ref.getSecond() != null) {
			return Role.ROW;
		}
		Rule check = EcoreUtil2.getContainerOfType(ref, Rule.class);
		if (iterates(check) && (ref.getTable() == null || ref.getTable() == check.getTable())) {
			return switch (check.getIteration()) {
			case COLUMN -> Role.ROW;
			case ROW -> Role.COLUMN;
			case GROUP -> Role.GROUP_MEMBER;
			case CELL -> Role.EITHER;
			};
		}
		Line line = EcoreUtil2.getContainerOfType(ref, Line.class);
		if (line != null && line.getFormula() != null && ref.getTable() == null) {
			return line.getKind() == LineKind.COLUMN ? Role.COLUMN : Role.ROW;
		}
		return Role.EITHER;
	}

	/** True when the check declares 'for each ...'. */
	public static boolean iterates(Rule check) {
		return check != null && check.isForEach() && (check.getTable() != null || check.getIteration() == Iteration.CELL);
	}

	/** The iteration of a check, or null when it declares none. */
	public static Iteration iterationOf(Rule check) {
		return iterates(check) ? check.getIteration() : null;
	}

	/** The axis a coordinate belongs to in a table, or null when it is on neither. */
	public static Axis axisOf(Table table, Coordinate coordinate) {
		if (table == null || coordinate == null) {
			return null;
		}
		if (coordinates(table.getRows()).contains(coordinate)) {
			return table.getRows();
		}
		if (coordinates(table.getColumns()).contains(coordinate)) {
			return table.getColumns();
		}
		for (LineGroup group : topGroups(table.getColumns())) {
			if (childrenOf(group).contains(coordinate)) {
				return table.getColumns();
			}
		}
		for (LineGroup group : topGroups(table.getRows())) {
			if (childrenOf(group).contains(coordinate)) {
				return table.getRows();
			}
		}
		return null;
	}

	/** The data lines a path names on an axis: one line, or every line under a heading or group. */
	public static List<AxisLine> linesNamed(Axis axis, CoordinatePath path) {
		List<AxisLine> result = new ArrayList<>();
		if (path == null || path.getHead() == null || path.getHead().eIsProxy()) {
			return result;
		}
		Coordinate head = path.getHead();
		Coordinate tail = path.getTail();
		for (AxisLine line : lines(axis)) {
			if (tail != null) {
				if ((line.qualifier() == head || line.ancestors().contains(head)) && line.isUnder(tail)) {
					result.add(line);
				}
			} else if (line.isUnder(head)) {
				result.add(line);
			}
		}
		return result;
	}

	/** The data lines that a coordinate path names inside a group (for 'for each group'). */
	public static List<AxisLine> linesNamedInGroup(Axis axis, LineGroup group, Coordinate coordinate) {
		List<AxisLine> result = new ArrayList<>();
		for (AxisLine line : lines(axis)) {
			if ((line.qualifier() == group || line.ancestors().contains(group)) && line.isUnder(coordinate)) {
				result.add(line);
			}
		}
		return result;
	}

	/** The indicator of a cell: the row's, else the column's. */
	public static Indicator cellIndicator(AxisLine row, AxisLine column) {
		Indicator fromRow = row == null ? null : row.indicator();
		return fromRow != null ? fromRow : column == null ? null : column.indicator();
	}

	/** The coordinate's own printed label, or the label of what it stands for. */
	public static String zhLabel(Coordinate coordinate) {
		if (coordinate.getLabel() != null && coordinate.getLabel().getZh() != null) {
			return coordinate.getLabel().getZh();
		}
		if (coordinate instanceof Line line) {
			if (line.getMember() != null && line.getMember().getLabel() != null) {
				return line.getMember().getLabel().getZh();
			}
			if (line.getIndicator() != null && line.getIndicator().getLabel() != null) {
				return line.getIndicator().getLabel().getZh();
			}
		}
		return null;
	}

	/** The dimension a coordinate comes from, if any. */
	public static Dimension dimensionOf(Coordinate coordinate) {
		return EcoreUtil2.getContainerOfType(coordinate, Dimension.class);
	}
}
