package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.formwork.lang.formwork.Call;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Expression;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Function;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Range;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.model.CellRefs.Resolution;
import io.formwork.lang.model.CellRefs;
import io.formwork.lang.model.Grids;
import io.formwork.lang.typing.ExpressionTyper;

/**
 * What the checks of templates by concern share: the package, where an object is, the expression typer, the
 * Chinese label every object needs, and the checks of cell references that rules and calculated lines both make.
 */
public abstract class FormworkChecks extends AbstractDeclarativeValidator {

	static final FormworkPackage P = FormworkPackage.eINSTANCE;

	/** Composed into {@link FormworkValidator} ({@code @ComposedChecks}): never registered on its own. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	void requireZh(Label label, EObject object, EStructuralFeature feature, String zh, String en,
			String name) {
		if (label == null || label.getZh() == null || label.getZh().isBlank()) {
			missingZh(object, feature, zh, en, name);
		}
	}

	void missingZh(EObject object, EStructuralFeature feature, String zh, String en, String name) {
		feature = feature != null ? feature : object.eClass().getEStructuralFeature("name");
		error(Messages.of(zh + " '" + name + "' 缺少中文标签", "The " + en + " '" + name + "' has no Chinese label"),
				object, feature, MISSING_ZH_LABEL, name);
	}

	/** Where cell references are used: whole cells, reported, and complete. */
	void checkCellRefs(Expression root) {
		for (CellRef ref : refsIn(root)) {
			Resolution resolution = CellRefs.resolve(ref);
			switch (resolution.problem()) {
			case NO_TABLE, UNRESOLVED -> {
				continue; // reported by linking
			}
			case INCOMPLETE -> {
				int count = Grids.lines(resolution.missingAxis()).size();
				boolean rowsMissing = resolution.missingAxis() == resolution.table().getRows();
				error(Messages.of("单元格引用不完整：表 " + resolution.table().getName() + " 有 " + count + (rowsMissing ? " 行" : " 列")
						+ "，请写出是哪一" + (rowsMissing ? "行" : "列") + "（[行, 列]），或用 for each 遍历",
						"Incomplete cell reference: table " + resolution.table().getName() + " has " + count
								+ (rowsMissing ? " rows" : " columns") + "; name one ([row, column]) or iterate with 'for each'"),
						ref, null, INCOMPLETE_CELL_REFERENCE);
				continue;
			}
			default -> {
			}
			}
			if (resolution.named() > 1 && !isAggregated(ref)) {
				error(Messages.of("'" + text(ref) + "' 是标题或分组，包含多个单元格：只能在 sum/min/max 中使用",
						"'" + text(ref) + "' is a heading or group of several cells: use it inside sum, min or max"),
						ref, null, HEADING_IN_RULE);
			} else if (resolution.named() == 0) {
				error(Messages.of("'" + text(ref) + "' 是没有数据行的标题，不含任何单元格",
						"'" + text(ref) + "' is a heading with no data lines: it names no cell"), ref, null,
						HEADING_IN_RULE);
			}
			List<CellRefs.Cell> unreported = resolution.cells().stream()
					.filter(c -> isUnreported(resolution.table(), c)).toList();
			if (!unreported.isEmpty() && unreported.size() == resolution.cells().size()) {
				error(Messages.of("'" + text(ref) + "' 引用的单元格不填报（not reported），规则无法求值",
						"'" + text(ref) + "' refers to cells that are not reported: the rule can never be evaluated"),
						ref, null, UNREPORTED_CELL);
			} else if (!unreported.isEmpty() && !isAggregated(ref)) {
				error(Messages.of("'" + text(ref) + "' 包括不填报的单元格 " + unreported.get(0).address(resolution.table()),
						"'" + text(ref) + "' includes the unreported cell " + unreported.get(0).address(resolution.table())),
						ref, null, UNREPORTED_CELL);
			}
		}
		for (Range range : EcoreUtil2.getAllContentsOfType(root, Range.class)) {
			checkRange(range);
		}
	}

	void checkRange(Range range) {
		if (!(range.getFrom() instanceof CellRef from)) {
			error(Messages.of("区间 'to' 的左边应为单元格引用", "The left side of a 'to' range must be a cell reference"), range,
					P.getRange_From(), RANGE_ACROSS_AXES);
			return;
		}
		CellRef to = range.getTo();
		Resolution a = CellRefs.resolve(from);
		Resolution b = CellRefs.resolve(to);
		if (a.problem() != CellRefs.Problem.NONE || b.problem() != CellRefs.Problem.NONE) {
			return;
		}
		if (a.table() != b.table() || from.getFirst().getHead() == null
				|| Grids.axisOf(a.table(), from.getFirst().getHead()) != Grids.axisOf(b.table(), to.getFirst().getHead())) {
			error(Messages.of("区间的两端须在同一张表的同一方向上", "Both ends of a range must lie on the same axis of one table"),
					range, P.getRange_To(), RANGE_ACROSS_AXES);
		}
	}

	static boolean isAggregated(CellRef ref) {
		EObject container = ref.eContainer();
		if (container instanceof Range range) {
			container = range.eContainer();
		}
		return container instanceof Call call && (call.getFunction() == Function.SUM
				|| call.getFunction() == Function.MIN || call.getFunction() == Function.MAX);
	}

	static boolean isUnreported(Table table, CellRefs.Cell cell) {
		if (cell.row().notReported() || cell.column().notReported()) {
			return true;
		}
		for (CellRef unreported : table.getUnreported()) {
			Resolution resolution = CellRefs.resolve(unreported);
			if (resolution.problem() == CellRefs.Problem.NONE && resolution.rows().contains(cell.row())
					&& resolution.columns().contains(cell.column())) {
				return true;
			}
		}
		return false;
	}

	static List<CellRef> refsIn(Expression root) {
		List<CellRef> refs = new ArrayList<>();
		if (root instanceof CellRef ref) {
			refs.add(ref);
		}
		refs.addAll(EcoreUtil2.getAllContentsOfType(root, CellRef.class));
		return refs;
	}

	static String text(EObject object) {
		var node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	static int line(EObject object) {
		var node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getStartLine();
	}

	ExpressionTyper typer() {
		return new ExpressionTyper((at, code, message) -> error(message, at, null, code));
	}
}
