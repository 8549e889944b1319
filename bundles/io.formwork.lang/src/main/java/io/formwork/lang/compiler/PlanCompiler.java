package io.formwork.lang.compiler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.formwork.Binary;
import io.formwork.lang.formwork.Call;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.ClaimRef;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.CoordinatePath;
import io.formwork.lang.formwork.CurrentValue;
import io.formwork.lang.formwork.Expression;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Iteration;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.Negation;
import io.formwork.lang.formwork.Not;
import io.formwork.lang.formwork.NumberLiteral;
import io.formwork.lang.formwork.Range;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.SignedTest;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.model.CellRefs;
import io.formwork.lang.model.Grids.AxisLine;
import io.formwork.lang.model.Grids.Role;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Location;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Severity;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * Compiles a validated template into an evaluation {@link Plan}: every reported cell and claim with its
 * meaning, and every rule expanded into instances ('for each column' gives one per column) whose cell
 * references are concrete addresses. The plan holds no Xtext or EMF object.
 */
public final class PlanCompiler {

	/** The context of one rule instance: the column, row, group or cell it is evaluated for. */
	private record Context(Table table, AxisLine row, AxisLine column, LineGroup group, CellAddress cell,
			boolean signed, Map<String, Expr> operands) {

		static Context of(Table table) {
			return new Context(table, null, null, null, null, false, new LinkedHashMap<>());
		}

		Context withRow(AxisLine line) {
			return new Context(table, line, column, group, cell, signed, new LinkedHashMap<>());
		}

		Context withColumn(AxisLine line) {
			return new Context(table, row, line, group, cell, signed, new LinkedHashMap<>());
		}

		Context withGroup(LineGroup g) {
			return new Context(table, row, column, g, cell, signed, new LinkedHashMap<>());
		}

		Context withCell(CellAddress address, boolean isSigned) {
			return new Context(table, row, column, group, address, isSigned, new LinkedHashMap<>());
		}
	}

	/**
	 * Compiles a template as it applies: for a revision, the revised template with the changes applied (its
	 * effective template, see {@link Revisions}). Inactive rules are left out.
	 */
	public Plan compile(Template written) {
		Template template = Revisions.effective(written);
		Map<CellAddress, CellSpec> cells = new LinkedHashMap<>();
		for (Table table : EcoreUtil2.getAllContentsOfType(template, Table.class)) {
			for (AxisLine row : Grids.lines(table.getRows())) {
				for (AxisLine column : Grids.lines(table.getColumns())) {
					if (reported(table, row, column)) {
						CellAddress address = CellAddress.cell(table.getName(), row.code(), column.code());
						cells.put(address, cellSpec(address, table, row, column));
					}
				}
			}
		}
		for (Claim claim : EcoreUtil2.getAllContentsOfType(template, Claim.class)) {
			CellAddress address = CellAddress.claim(claim.getName());
			Indicator indicator = claim.getIndicator();
			cells.put(address, new CellSpec(address, indicator.getName(), zh(claim.getLabel(), indicator.getLabel()),
					en(claim.getLabel(), indicator.getLabel()), kind(indicator), unit(indicator.getUnit()),
					decimals(indicator), indicator.isSigned(), null));
		}
		List<RuleInstance> rules = new ArrayList<>();
		for (EObject member : template.getMembers()) {
			if (member instanceof Rule check && !check.isInactive()) {
				expand(template, check, cells, rules);
			}
		}
		Map<String, Plan.UnitConversion> units = new LinkedHashMap<>();
		if (written.eResource() != null && written.eResource().getResourceSet() != null) {
			for (var resource : List.copyOf(written.eResource().getResourceSet().getResources())) {
				if (resource.getContents().isEmpty() || resource.getContents().get(0) == null) {
					continue; // an empty .form file beside the template holds no units
				}
				for (Unit unit : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Unit.class)) {
					if (unit.getBase() != null && !unit.getBase().eIsProxy() && unit.getFactor() != null) {
						units.put(unit(unit), new Plan.UnitConversion(unit(unit), new BigDecimal(unit.getFactor()),
								unit(unit.getBase())));
					}
				}
			}
		}
		return new Plan(template.getName(), template.getYear(), zh(template.getLabel(), null),
				en(template.getLabel(), null), file(written), cells, units, rules);
	}

	private CellSpec cellSpec(CellAddress address, Table table, AxisLine row, AxisLine column) {
		Indicator indicator = Grids.cellIndicator(row, column);
		Expr formula = null;
		if (row.calculated()) {
			formula = expression(((Line) row.leaf()).getFormula(), Context.of(table).withColumn(column));
		} else if (column.calculated()) {
			formula = expression(((Line) column.leaf()).getFormula(), Context.of(table).withRow(row));
		}
		String zh = zh(table.getLabel(), null) + " " + lineZh(row) + " / " + lineZh(column);
		String en = en(table.getLabel(), null) + " " + lineEn(row) + " / " + lineEn(column);
		return new CellSpec(address, indicator == null ? null : indicator.getName(), zh, en, kind(indicator),
				indicator == null ? null : unit(indicator.getUnit()), decimals(indicator),
				indicator != null && indicator.isSigned(), formula);
	}

	private static boolean reported(Table table, AxisLine row, AxisLine column) {
		if (row.notReported() || column.notReported()) {
			return false;
		}
		for (CellRef unreported : table.getUnreported()) {
			var resolution = CellRefs.resolve(unreported);
			if (resolution.rows().contains(row) && resolution.columns().contains(column)) {
				return false;
			}
		}
		return true;
	}

	// ------------------------------------------------------------------ rules

	private void expand(Template template, Rule check, Map<CellAddress, CellSpec> cells, List<RuleInstance> out) {
		Table table = check.getTable();
		Iteration iteration = Grids.iterationOf(check);
		if (iteration == null) {
			out.add(instance(template, check, Context.of(table), "", Map.of(), Map.of()));
			return;
		}
		switch (iteration) {
		case COLUMN -> {
			for (AxisLine column : Grids.lines(table.getColumns())) {
				if (!column.notReported()) {
					out.add(instance(template, check, Context.of(table).withColumn(column), column.code(),
							Map.of("column", lineZh(column)), Map.of("column", lineEn(column))));
				}
			}
		}
		case ROW -> {
			for (AxisLine row : Grids.lines(table.getRows())) {
				if (!row.notReported()) {
					out.add(instance(template, check, Context.of(table).withRow(row), row.code(),
							Map.of("row", lineZh(row)), Map.of("row", lineEn(row))));
				}
			}
		}
		case GROUP -> {
			for (LineGroup group : Grids.topGroups(table.getColumns())) {
				out.add(instance(template, check, Context.of(table).withGroup(group), group.getName(),
						Map.of("group", groupZh(group)), Map.of("group", groupEn(group))));
			}
		}
		case CELL -> {
			for (CellSpec cell : cells.values()) {
				if (cell.address().isClaim() || table != null && !cell.address().table().equals(table.getName())
						|| cell.kind() == null || !cell.kind().numeric()) {
					continue;
				}
				out.add(instance(template, check, Context.of(table).withCell(cell.address(), cell.signed()),
						cell.address().toString(),
						Map.of("cell", cell.address() + "（" + cell.labelZh() + "）"),
						Map.of("cell", cell.address() + " (" + cell.labelEn() + ")")));
			}
		}
		}
	}

	private RuleInstance instance(Template template, Rule check, Context context, String instance,
			Map<String, String> labelsZh, Map<String, String> labelsEn) {
		Expr condition = check.getCondition() == null ? null : expression(check.getCondition(), context);
		Expr assertion = expression(check.getAssertion(), context);
		BigDecimal tolerance = null;
		Precision.Mode printed = null;
		if (check.getTolerance() != null) {
			if (check.getTolerance().isPrinted()) {
				printed = switch (check.getTolerance().getMode()) {
				case ROUNDED -> Precision.Mode.ROUNDED;
				case TRUNCATED -> Precision.Mode.TRUNCATED;
				case EITHER -> Precision.Mode.EITHER;
				};
			} else {
				tolerance = new BigDecimal(check.getTolerance().getValue());
			}
		}
		Severity severity = switch (check.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		};
		Label message = check.getMessage();
		Label title = check.getLabel();
		return new RuleInstance(check.getName(), severity, location(check), text(check.getAssertion()), instance,
				condition, assertion, tolerance, printed, check.isBlankAsZero() || template.isBlankAsZero(),
				message == null ? "" : message.getZh(), message == null ? null : message.getEn(), labelsZh, labelsEn,
				context.operands(), title == null ? null : title.getZh(), title == null ? null : title.getEn());
	}

	// ------------------------------------------------------------------ expressions

	private Expr expression(Expression e, Context context) {
		if (e instanceof NumberLiteral number) {
			return new Expr.Num(new BigDecimal(number.getValue()));
		}
		if (e instanceof CellRef ref) {
			List<Expr.Ref> refs = refs(ref, context);
			return refs.size() == 1 ? refs.get(0) : new Expr.Call("sum", List.copyOf(refs));
		}
		if (e instanceof ClaimRef ref) {
			Expr.Ref compiled = new Expr.Ref(CellAddress.claim(ref.getClaim().getName()), ref.isPrior(), text(ref));
			context.operands().putIfAbsent(ref.getClaim().getName(), compiled);
			return compiled;
		}
		if (e instanceof CurrentValue) {
			return new Expr.Ref(context.cell(), false, "value");
		}
		if (e instanceof SignedTest) {
			return new Expr.Bool(context.signed());
		}
		if (e instanceof Negation negation) {
			return new Expr.Negate(expression(negation.getOperand(), context));
		}
		if (e instanceof Not not) {
			return new Expr.Not(expression(not.getOperand(), context));
		}
		if (e instanceof Binary binary) {
			Expr left = expression(binary.getLeft(), context);
			Expr right = expression(binary.getRight(), context);
			return switch (binary.getOp()) {
			case "+", "-", "*", "/" -> new Expr.Arithmetic(binary.getOp(), left, right);
			case "and", "or" -> new Expr.Logic(binary.getOp(), left, right);
			default -> new Expr.Compare(binary.getOp(), left, right);
			};
		}
		if (e instanceof Call call) {
			List<Expr> args = new ArrayList<>();
			for (Expression arg : call.getArgs()) {
				if (arg instanceof Range range) {
					args.addAll(range(range, context));
				} else if (arg instanceof CellRef ref) {
					args.addAll(refs(ref, context));
				} else {
					args.add(expression(arg, context));
				}
			}
			return new Expr.Call(call.getFunction().getLiteral(), args);
		}
		throw new IllegalArgumentException("cannot compile " + e.eClass().getName());
	}

	/** The rows and columns a reference names in this instance. */
	private record Cells(Table table, List<AxisLine> rows, List<AxisLine> columns) {
	}

	private Cells cells(CellRef ref, Context context) {
		Table table = Grids.tableOf(ref);
		List<AxisLine> allRows = Grids.lines(table.getRows());
		List<AxisLine> allColumns = Grids.lines(table.getColumns());
		CoordinatePath first = ref.getFirst();
		if (ref.getSecond() != null) {
			return new Cells(table, Grids.linesNamed(table.getRows(), first),
					Grids.linesNamed(table.getColumns(), ref.getSecond()));
		}
		Role role = Grids.roleOfFirst(ref);
		switch (role) {
		case ROW -> {
			return new Cells(table, Grids.linesNamed(table.getRows(), first),
					context.column() != null ? List.of(context.column()) : allColumns);
		}
		case COLUMN -> {
			return new Cells(table, context.row() != null ? List.of(context.row()) : allRows,
					Grids.linesNamed(table.getColumns(), first));
		}
		case GROUP_MEMBER -> {
			return new Cells(table, allRows,
					Grids.linesNamedInGroup(table.getColumns(), context.group(), first.getHead()));
		}
		default -> {
			if (Grids.axisOf(table, first.getHead()) == table.getColumns()) {
				return new Cells(table, allRows, Grids.linesNamed(table.getColumns(), first));
			}
			return new Cells(table, Grids.linesNamed(table.getRows(), first), allColumns);
		}
		}
	}

	private List<Expr.Ref> refs(CellRef ref, Context context) {
		Cells cells = cells(ref, context);
		List<Expr.Ref> result = new ArrayList<>();
		for (AxisLine row : cells.rows()) {
			for (AxisLine column : cells.columns()) {
				if (reported(cells.table(), row, column)) {
					result.add(new Expr.Ref(CellAddress.cell(cells.table().getName(), row.code(), column.code()),
							ref.isPrior(), text(ref)));
				}
			}
		}
		if (result.size() == 1) {
			Coordinate head = ref.getFirst().getHead();
			context.operands().putIfAbsent(head.getName(), result.get(0));
			if (ref.getFirst().getTail() != null) {
				context.operands().putIfAbsent(ref.getFirst().getTail().getName(), result.get(0));
			}
			if (ref.getSecond() != null) {
				context.operands().putIfAbsent(ref.getSecond().getHead().getName(), result.get(0));
			}
		}
		return result;
	}

	/** [a] to [b]: every data line from a to b in printed order, with the other coordinate of a. */
	private List<Expr.Ref> range(Range range, Context context) {
		CellRef from = (CellRef) range.getFrom();
		CellRef to = range.getTo();
		Cells start = cells(from, context);
		Cells end = cells(to, context);
		boolean alongRows = Grids.axisOf(start.table(), from.getFirst().getHead()) == start.table().getRows()
				&& from.getSecond() == null || from.getSecond() != null && start.columns().equals(end.columns());
		List<AxisLine> axis = Grids.lines(alongRows ? start.table().getRows() : start.table().getColumns());
		List<AxisLine> startLines = alongRows ? start.rows() : start.columns();
		List<AxisLine> endLines = alongRows ? end.rows() : end.columns();
		int i = axis.indexOf(startLines.get(0));
		int j = axis.indexOf(endLines.get(endLines.size() - 1));
		List<Expr.Ref> result = new ArrayList<>();
		for (AxisLine line : axis.subList(Math.min(i, j), Math.max(i, j) + 1)) {
			List<AxisLine> rows = alongRows ? List.of(line) : start.rows();
			List<AxisLine> columns = alongRows ? start.columns() : List.of(line);
			for (AxisLine row : rows) {
				for (AxisLine column : columns) {
					if (reported(start.table(), row, column)) {
						result.add(new Expr.Ref(CellAddress.cell(start.table().getName(), row.code(), column.code()),
								from.isPrior(), row.code() + "," + column.code()));
					}
				}
			}
		}
		return result;
	}

	// ------------------------------------------------------------------ labels, kinds, locations

	private static CellSpec.Kind kind(Indicator indicator) {
		if (indicator == null) {
			return null;
		}
		return switch (indicator.getType()) {
		case COUNT -> CellSpec.Kind.COUNT;
		case AMOUNT -> CellSpec.Kind.AMOUNT;
		case PERCENT -> CellSpec.Kind.PERCENT;
		case RATIO -> CellSpec.Kind.RATIO;
		case TEXT -> CellSpec.Kind.TEXT;
		case DATE -> CellSpec.Kind.DATE;
		case ENUMERATION -> CellSpec.Kind.ENUMERATION;
		};
	}

	private static Integer decimals(Indicator indicator) {
		return indicator != null && indicator.eIsSet(FormworkPackage.Literals.INDICATOR__DECIMALS)
				? indicator.getDecimals()
				: null;
	}

	private static String unit(Unit unit) {
		if (unit == null || unit.eIsProxy()) {
			return null;
		}
		return unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
	}

	private static String zh(Label label, Label fallback) {
		if (label != null && label.getZh() != null) {
			return label.getZh();
		}
		return fallback == null ? null : fallback.getZh();
	}

	private static String en(Label label, Label fallback) {
		if (label != null && label.getEn() != null) {
			return label.getEn();
		}
		if (fallback != null && fallback.getEn() != null) {
			return fallback.getEn();
		}
		return zh(label, fallback);
	}

	private static String lineZh(AxisLine line) {
		String own = Grids.zhLabel(line.leaf());
		return line.qualifier() == null ? own : groupZh(line.qualifier()) + " " + own;
	}

	private static String lineEn(AxisLine line) {
		Coordinate leaf = line.leaf();
		String own = leaf.getLabel() != null && leaf.getLabel().getEn() != null ? leaf.getLabel().getEn() : null;
		if (own == null && leaf instanceof Line l) {
			Label fallback = l.getMember() != null ? l.getMember().getLabel()
					: l.getIndicator() != null ? l.getIndicator().getLabel() : null;
			own = fallback != null && fallback.getEn() != null ? fallback.getEn() : null;
		}
		if (own == null) {
			own = Grids.zhLabel(leaf);
		}
		return line.qualifier() == null ? own : groupEn(line.qualifier()) + " " + own;
	}

	private static String groupZh(LineGroup group) {
		return zh(group.getLabel(), null) == null ? group.getName() : zh(group.getLabel(), null);
	}

	private static String groupEn(LineGroup group) {
		String en = en(group.getLabel(), null);
		return en == null ? group.getName() : en;
	}

	static String text(EObject object) {
		return Revisions.text(object);
	}

	private static Location location(EObject effective) {
		EObject object = Revisions.origin(effective);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		String file = file(object);
		if (node == null) {
			return Location.unknown(file);
		}
		int column = 1 + node.getOffset() - lineStart(node.getRootNode().getText(), node.getOffset());
		return Location.of(file, node.getStartLine(), column);
	}

	private static int lineStart(String text, int offset) {
		int i = offset;
		while (i > 0 && text.charAt(i - 1) != '\n') {
			i--;
		}
		return i;
	}

	/** The file a model element is read from, as rule locations name it (a file path, else the URI); null if none. */
	public static String file(EObject object) {
		if (object.eResource() == null) {
			return null;
		}
		URI uri = object.eResource().getURI();
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}
}
