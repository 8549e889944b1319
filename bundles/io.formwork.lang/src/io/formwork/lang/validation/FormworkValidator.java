package io.formwork.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.AxisItem;
import io.formwork.lang.formwork.Call;
import io.formwork.lang.formwork.Catalog;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.ClaimRef;
import io.formwork.lang.formwork.Coordinate;
import io.formwork.lang.formwork.CurrentValue;
import io.formwork.lang.formwork.SignedTest;
import io.formwork.lang.formwork.Dimension;
import io.formwork.lang.formwork.EnumValue;
import io.formwork.lang.formwork.Expression;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Function;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.IndicatorType;
import io.formwork.lang.formwork.Iteration;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.LineGroup;
import io.formwork.lang.formwork.LineKind;
import io.formwork.lang.formwork.Member;
import io.formwork.lang.formwork.MemberGroup;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Range;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.formwork.AxisRevision;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.model.CellRefs;
import io.formwork.lang.model.CellRefs.Resolution;
import io.formwork.lang.model.Grids;
import io.formwork.lang.model.Grids.AxisLine;
import io.formwork.lang.revision.RevisionProblem;
import io.formwork.lang.revision.Revisions;
import io.formwork.lang.typing.ExpressionTyper;
import io.formwork.lang.typing.FormType;

/**
 * Self-validation of templates and catalogs. Each problem has an issue code (for quick fixes), a precise
 * location and a message in Chinese and English.
 */
public class FormworkValidator extends AbstractFormworkValidator {

	public static final String DUPLICATE_CODE = "formwork.duplicateCode";
	public static final String MISSING_ZH_LABEL = "formwork.missingZhLabel";
	public static final String TYPE_MISMATCH = ExpressionTyper.TYPE_MISMATCH;
	public static final String UNIT_MISMATCH = ExpressionTyper.UNIT_MISMATCH;
	public static final String HEADING_IN_RULE = "formwork.headingInRule";
	public static final String UNREPORTED_CELL = "formwork.unreportedCell";
	public static final String INCOMPLETE_CELL_REFERENCE = "formwork.incompleteCellReference";
	public static final String CALCULATION_CYCLE = "formwork.calculationCycle";
	public static final String NEVER_EVALUATED = "formwork.neverEvaluated";
	public static final String WRONG_LINE_KIND = "formwork.wrongLineKind";
	public static final String NO_INDICATOR = "formwork.noIndicator";
	public static final String CONFLICTING_INDICATORS = "formwork.conflictingIndicators";
	public static final String UNKNOWN_PLACEHOLDER = "formwork.unknownPlaceholder";
	/** {sentence} in the message of a rule that reads no narrative claim: there is no sentence to quote. */
	public static final String SENTENCE_WITHOUT_CLAIM = "formwork.sentenceWithoutClaim";
	public static final String CLAIM_PHRASE = "formwork.claimPhrase";
	public static final String AKA = "formwork.aka";
	public static final String REVISION_ORDER = "formwork.revisionOrder";
	public static final String RANGE_ACROSS_AXES = "formwork.rangeAcrossAxes";
	public static final String REMOVED_STILL_REFERENCED = io.formwork.lang.revision.IssueCodes.REMOVED_STILL_REFERENCED;
	public static final String RENAME_TO_EXISTING = io.formwork.lang.revision.IssueCodes.RENAME_TO_EXISTING;
	public static final String UNSTATED_MEANING_CHANGE = io.formwork.lang.revision.IssueCodes.UNSTATED_MEANING_CHANGE;
	public static final String INHERITED_REDECLARED = io.formwork.lang.revision.IssueCodes.INHERITED_REDECLARED;
	public static final String MISPLACED_DECLARATION = io.formwork.lang.revision.IssueCodes.MISPLACED_DECLARATION;
	public static final String NOT_A_REVISION = "formwork.notARevision";
	public static final String DUPLICATE_TEMPLATE = "formwork.duplicateTemplate";

	private static final FormworkPackage P = FormworkPackage.eINSTANCE;
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

	// ------------------------------------------------------------------ duplicate codes

	@Check
	public void checkCatalogCodesAreUnique(Catalog catalog) {
		checkUnique(catalog.getMembers(), "目录", "the catalog");
	}

	@Check
	public void checkTemplateCodesAreUnique(Template template) {
		Set<EObject> named = new LinkedHashSet<>(template.getMembers());
		for (Section section : EcoreUtil2.getAllContentsOfType(template, Section.class)) {
			named.add(section);
			named.addAll(section.getParts());
		}
		named.addAll(EcoreUtil2.getAllContentsOfType(template, Claim.class));
		checkUnique(new ArrayList<>(named), "模板 " + template.getName(), "template " + template.getName());
	}

	/**
	 * A template id names one template among the files loaded together (a folder, a project): a filing or a
	 * revision naming it must not find two.
	 */
	@Check
	public void checkTemplateIdIsUnique(Template template) {
		if (template.getName() == null || template.eResource() == null || template.eResource().getResourceSet() == null) {
			return;
		}
		for (org.eclipse.emf.ecore.resource.Resource other : List.copyOf(template.eResource().getResourceSet().getResources())) {
			if (other == template.eResource() || other.getContents().isEmpty()
					|| !(other.getContents().get(0) instanceof io.formwork.lang.formwork.FormFile file)
					|| file.getTemplate() == null || !template.getName().equals(file.getTemplate().getName())) {
				continue;
			}
			String where = other.getURI() == null ? "?" : other.getURI().lastSegment();
			error(Messages.of("模板代码 '" + template.getName() + "' 重复：" + where + " 中也声明了它",
					"Duplicate template id '" + template.getName() + "': " + where + " declares it too"), template,
					P.getTemplate_Name(), DUPLICATE_TEMPLATE, template.getName());
			return;
		}
	}

	@Check
	public void checkDimensionMemberCodesAreUnique(Dimension dimension) {
		checkUnique(EcoreUtil2.getAllContentsOfType(dimension, Coordinate.class), "维度 " + dimension.getName(),
				"dimension " + dimension.getName());
	}

	@Check
	public void checkEnumValuesAreUnique(Indicator indicator) {
		checkUnique(new ArrayList<EObject>(indicator.getValues()), "指标 " + indicator.getName() + " 的取值",
				"the values of indicator " + indicator.getName());
	}

	@Check
	public void checkAxisCodesAreUnique(Table table) {
		if (table.getRows() != null && table.getRows().getDimension() == null) {
			checkUnique(new ArrayList<>(EcoreUtil2.getAllContentsOfType(table.getRows(), AxisItem.class)),
					"表 " + table.getName() + " 的行", "the rows of table " + table.getName());
		}
		if (table.getColumns() != null && table.getColumns().getDimension() == null) {
			checkUnique(new ArrayList<>(EcoreUtil2.getAllContentsOfType(table.getColumns(), AxisItem.class)),
					"表 " + table.getName() + " 的列", "the columns of table " + table.getName());
		}
	}

	/** Codes are unique per kind of thing: two indicators, or two rows of one table, may not share one. */
	private void checkUnique(List<? extends EObject> objects, String zhWhere, String enWhere) {
		Map<String, EObject> seen = new HashMap<>();
		for (EObject object : objects) {
			EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
			if (nameFeature == null || !(object.eGet(nameFeature) instanceof String name)) {
				continue;
			}
			String key = kindOf(object) + ":" + name;
			EObject previous = seen.putIfAbsent(key, object);
			if (previous != null) {
				error(Messages.of(zhWhere + "中的代码 '" + name + "' 重复（第一次出现在第 " + line(previous) + " 行）",
						"Duplicate code '" + name + "' in " + enWhere + " (first used on line " + line(previous)
								+ ")"),
						object, nameFeature, DUPLICATE_CODE, name);
			}
		}
	}

	private static String kindOf(EObject object) {
		if (object instanceof AxisItem) {
			return "line";
		}
		if (object instanceof Member || object instanceof MemberGroup) {
			return "member";
		}
		return object.eClass().getName();
	}

	private static int line(EObject object) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getStartLine();
	}

	// ------------------------------------------------------------------ labels

	@Check
	public void checkIndicatorHasZhLabel(Indicator indicator) {
		requireZh(indicator.getLabel(), indicator, null, "指标", "indicator", indicator.getName());
	}

	@Check
	public void checkTemplateHasZhLabel(Template template) {
		requireZh(template.getLabel(), template, null, "模板", "template", template.getName());
	}

	@Check
	public void checkSectionHasZhLabel(Section section) {
		requireZh(section.getLabel(), section, null, "章节", "section", section.getName());
	}

	@Check
	public void checkNarrativeHasZhLabel(Narrative narrative) {
		requireZh(narrative.getLabel(), narrative, null, "叙述部分", "narrative part",
				narrative.getName());
	}

	@Check
	public void checkTableHasZhLabel(Table table) {
		requireZh(table.getLabel(), table, table.eClass().getEStructuralFeature("name"), "表", "table", table.getName());
	}

	@Check
	public void checkMemberHasZhLabel(Coordinate coordinate) {
		if (coordinate instanceof Line line) {
			if (Grids.zhLabel(line) == null) {
				missingZh(line, null, line.getKind() == LineKind.ROW ? "行" : "列",
						line.getKind().getLiteral(), line.getName());
			}
		} else {
			String zh = coordinate instanceof LineGroup ? "标题" : "维度成员";
			String en = coordinate instanceof LineGroup ? "heading" : "member";
			requireZh(coordinate.getLabel(), coordinate, null, zh, en, coordinate.getName());
		}
	}

	@Check
	public void checkRuleMessageHasZh(io.formwork.lang.formwork.Check rule) {
		if (rule.getMessage() != null && rule.getMessage().getZh() == null) {
			error(Messages.of("规则 " + rule.getName() + " 的提示信息缺少中文", "The message of rule " + rule.getName()
					+ " has no Chinese text"), rule, P.getCheck_Message(), MISSING_ZH_LABEL);
		}
	}

	private void requireZh(Label label, EObject object, EStructuralFeature feature, String zh, String en,
			String name) {
		if (label == null || label.getZh() == null || label.getZh().isBlank()) {
			missingZh(object, feature, zh, en, name);
		}
	}

	private void missingZh(EObject object, EStructuralFeature feature, String zh, String en, String name) {
		feature = feature != null ? feature : object.eClass().getEStructuralFeature("name");
		error(Messages.of(zh + " '" + name + "' 缺少中文标签", "The " + en + " '" + name + "' has no Chinese label"),
				object, feature, MISSING_ZH_LABEL, name);
	}

	// ------------------------------------------------------------------ tables

	@Check
	public void checkLineKindsMatchTheirAxis(Table table) {
		checkKinds(table.getRows(), LineKind.ROW);
		checkKinds(table.getColumns(), LineKind.COLUMN);
	}

	private void checkKinds(Axis axis, LineKind expected) {
		if (axis == null) {
			return;
		}
		for (Line line : EcoreUtil2.getAllContentsOfType(axis, Line.class)) {
			if (line.getKind() != expected) {
				error(Messages.of("'" + line.getKind().getLiteral() + " " + line.getName() + "' 写在了"
						+ (expected == LineKind.ROW ? "行" : "列") + "中，应写作 '" + expected.getLiteral() + "'",
						"'" + line.getKind().getLiteral() + " " + line.getName() + "' is declared among the "
								+ expected.getLiteral() + "s: write '" + expected.getLiteral() + "'"),
						line, P.getLine_Kind(), WRONG_LINE_KIND, expected.getLiteral());
			}
		}
	}

	@Check
	public void checkEveryCellHasOneIndicator(Table table) {
		List<AxisLine> rows = Grids.lines(table.getRows());
		List<AxisLine> columns = Grids.lines(table.getColumns());
		for (AxisLine row : rows) {
			for (AxisLine column : columns) {
				Indicator fromRow = row.indicator();
				Indicator fromColumn = column.indicator();
				if (fromRow != null && fromColumn != null && fromRow != fromColumn) {
					error(Messages.of("表 " + table.getName() + " 的单元格 [" + row.code() + ", " + column.code()
							+ "] 同时有行指标 " + fromRow.getName() + " 和列指标 " + fromColumn.getName(),
							"Cell [" + row.code() + ", " + column.code() + "] of table " + table.getName()
									+ " has both a row indicator (" + fromRow.getName()
									+ ") and a column indicator (" + fromColumn.getName() + ")"),
							table, table.eClass().getEStructuralFeature("name"), CONFLICTING_INDICATORS);
					return;
				}
				if (fromRow == null && fromColumn == null && !row.notReported() && !column.notReported()) {
					error(Messages.of("表 " + table.getName() + " 的单元格 [" + row.code() + ", " + column.code()
							+ "] 没有指标：行或列须给出 indicator", "Cell [" + row.code() + ", " + column.code()
									+ "] of table " + table.getName()
									+ " has no indicator: give its row or its column one"),
							table, table.eClass().getEStructuralFeature("name"), NO_INDICATOR);
					return;
				}
			}
		}
	}

	@Check
	public void checkCalculatedLinesHaveNoCycle(Table table) {
		Map<Line, Set<Line>> graph = new LinkedHashMap<>();
		for (Line line : EcoreUtil2.getAllContentsOfType(table, Line.class)) {
			if (line.getFormula() != null) {
				Set<Line> uses = new LinkedHashSet<>();
				for (CellRef ref : refsIn(line.getFormula())) {
					Resolution resolution = CellRefs.resolve(ref);
					if (resolution.table() != table) {
						continue;
					}
					List<AxisLine> named = line.getKind() == LineKind.COLUMN ? resolution.columns() : resolution.rows();
					for (AxisLine used : named) {
						if (used.leaf() instanceof Line usedLine && usedLine.getFormula() != null) {
							uses.add(usedLine);
						}
					}
				}
				graph.put(line, uses);
			}
		}
		Set<Line> inCycle = new LinkedHashSet<>();
		for (Line start : graph.keySet()) {
			if (reaches(graph, start, start, new HashSet<>())) {
				inCycle.add(start);
			}
		}
		for (Line line : inCycle) {
			List<String> names = inCycle.stream().map(Line::getName).toList();
			error(Messages.of("计算单元格循环引用：" + String.join(" → ", names),
					"Calculated cells form a cycle: " + String.join(" -> ", names)), line, P.getLine_Formula(),
					CALCULATION_CYCLE);
		}
	}

	private boolean reaches(Map<Line, Set<Line>> graph, Line from, Line target, Set<Line> visited) {
		for (Line next : graph.getOrDefault(from, Set.of())) {
			if (next == target) {
				return true;
			}
			if (visited.add(next) && reaches(graph, next, target, visited)) {
				return true;
			}
		}
		return false;
	}

	@Check
	public void checkCalculatedLineType(Line line) {
		if (line.getFormula() == null) {
			return;
		}
		ExpressionTyper typer = typer();
		FormType type = typer.typeOf(line.getFormula());
		Table table = EcoreUtil2.getContainerOfType(line, Table.class);
		Axis own = line.getKind() == LineKind.COLUMN ? table.getColumns() : table.getRows();
		AxisLine self = Grids.lines(own).stream().filter(l -> l.leaf() == line).findFirst().orElse(null);
		Indicator indicator = self == null ? null : self.indicator();
		FormType expected = FormType.of(indicator);
		if (expected.isKnown() && type.isKnown() && type.kind() != FormType.Kind.NUMBER && !expected.sameAs(type)) {
			error(Messages.of("计算" + (line.getKind() == LineKind.ROW ? "行" : "列") + " " + line.getName() + " 的公式得出"
					+ type.zh() + "，而其指标为" + expected.zh(), "The formula of calculated " + line.getKind().getLiteral()
							+ " " + line.getName() + " gives a " + type.en() + " but its indicator is a "
							+ expected.en()),
					line, P.getLine_Formula(), TYPE_MISMATCH);
		}
		checkCellRefs(line.getFormula());
	}

	// ------------------------------------------------------------------ rules

	@Check
	public void checkRule(io.formwork.lang.formwork.Check rule) {
		ExpressionTyper typer = typer();
		if (rule.getCondition() != null) {
			FormType condition = typer.typeOf(rule.getCondition());
			if (condition.isKnown() && condition.kind() != FormType.Kind.BOOLEAN) {
				error(Messages.of("when 后应为条件（比较），而不是" + condition.zh(),
						"'when' needs a condition (a comparison), not a " + condition.en()), rule,
						P.getCheck_Condition(), TYPE_MISMATCH);
			}
			checkCellRefs(rule.getCondition());
		}
		FormType assertion = typer.typeOf(rule.getAssertion());
		if (assertion.isKnown() && assertion.kind() != FormType.Kind.BOOLEAN) {
			error(Messages.of("assert 后应为条件（比较），而不是" + assertion.zh(),
					"'assert' needs a condition (a comparison), not a " + assertion.en()), rule,
					P.getCheck_Assertion(), TYPE_MISMATCH);
		}
		checkCellRefs(rule.getAssertion());
		if (rule.getAssertion() != null && ExpressionTyper.isConstant(rule.getAssertion())) {
			error(Messages.of("规则 " + rule.getName() + " 没有引用任何单元格或叙述指标，永远不会对填报数据求值",
					"Rule " + rule.getName() + " refers to no cell and no claim: it never depends on a filing"),
					rule, P.getCheck_Assertion(), NEVER_EVALUATED);
		}
		if (Grids.iterates(rule) && rule.getIteration() == Iteration.GROUP
				&& Grids.topGroups(rule.getTable().getColumns()).isEmpty()) {
			error(Messages.of("表 " + rule.getTable().getName() + " 的列没有分组，'for each group' 永远不会求值",
					"The columns of table " + rule.getTable().getName()
							+ " have no groups: 'for each group' never evaluates"),
					rule, P.getCheck_Iteration(), NEVER_EVALUATED);
		}
		checkPlaceholders(rule);
		if (rule.isForEach() && rule.getIteration() != Iteration.CELL && rule.getTable() == null) {
			error(Messages.of("'for each " + rule.getIteration().getLiteral() + "' 须写明遍历哪张表：'in 表代码'",
					"'for each " + rule.getIteration().getLiteral() + "' needs a table: 'in <table>'"), rule,
					P.getCheck_Iteration(), INCOMPLETE_CELL_REFERENCE);
		}
		boolean perCell = rule.isForEach() && rule.getIteration() == Iteration.CELL;
		if (!perCell) {
			for (EObject e : EcoreUtil2.eAllContentsAsList(rule)) {
				if (e instanceof CurrentValue || e instanceof SignedTest) {
					error(Messages.of("'value' 与 'signed' 只能用于 'for each cell' 规则",
							"'value' and 'signed' are only meaningful in a 'for each cell' rule"), e, null,
							NEVER_EVALUATED);
				}
			}
		}
	}

	/** Where cell references are used: whole cells, reported, and complete. */
	private void checkCellRefs(Expression root) {
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

	private void checkRange(Range range) {
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

	private static boolean isAggregated(CellRef ref) {
		EObject container = ref.eContainer();
		if (container instanceof Range range) {
			container = range.eContainer();
		}
		return container instanceof Call call && (call.getFunction() == Function.SUM
				|| call.getFunction() == Function.MIN || call.getFunction() == Function.MAX);
	}

	private static boolean isUnreported(Table table, CellRefs.Cell cell) {
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

	private static List<CellRef> refsIn(Expression root) {
		List<CellRef> refs = new ArrayList<>();
		if (root instanceof CellRef ref) {
			refs.add(ref);
		}
		refs.addAll(EcoreUtil2.getAllContentsOfType(root, CellRef.class));
		return refs;
	}

	private static String text(EObject object) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(object);
		return node == null ? "" : org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node);
	}

	private void checkPlaceholders(io.formwork.lang.formwork.Check rule) {
		if (rule.getMessage() == null) {
			return;
		}
		Set<String> known = io.formwork.lang.model.MessagePlaceholders.known(rule);
		boolean claims = known.contains(io.formwork.lang.model.MessagePlaceholders.SENTENCE);
		for (String text : new String[] { rule.getMessage().getZh(), rule.getMessage().getEn() }) {
			if (text == null) {
				continue;
			}
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				if (io.formwork.lang.model.MessagePlaceholders.SENTENCE.equals(m.group(1))) {
					if (!claims) {
						error(Messages.of("提示信息中的 {sentence} 引用叙述声明所在的原句，而本规则没有引用任何叙述声明（claim）",
								"{sentence} in the message quotes the sentence a claim was read from, but this rule refers to no claim"),
								rule, P.getCheck_Message(), SENTENCE_WITHOUT_CLAIM, m.group(1));
					}
				} else if (!known.contains(m.group(1))) {
					error(Messages.of("提示信息中的占位符 {" + m.group(1) + "} 未知；可用：{left} {right} {difference} {tolerance} {row} {column} {sentence} 及规则引用的代码",
							"Unknown placeholder {" + m.group(1) + "} in the message; use {left} {right} {difference} {tolerance} {row} {column} {sentence} or a code the rule refers to"),
							rule, P.getCheck_Message(), UNKNOWN_PLACEHOLDER, m.group(1));
				}
			}
		}
	}

	// ------------------------------------------------------------------ narrative claims

	/** A line's other wordings: not empty, not its own label, each once. */
	@Check
	public void checkAka(io.formwork.lang.formwork.Line line) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		String own = io.formwork.lang.model.Grids.zhLabel(line);
		for (int i = 0; i < line.getAkas().size(); i++) {
			String aka = line.getAkas().get(i);
			String key = aka.replaceAll("[\\s\\u3000]+", "");
			if (key.isEmpty()) {
				error(Messages.of("“亦作”（aka）的写法不能为空", "An 'aka' wording must not be empty"), line,
						P.getLine_Akas(), i, AKA);
			} else if (own != null && key.equals(own.replaceAll("[\\s\\u3000]+", ""))) {
				warning(Messages.of("“亦作”写法“" + aka + "”与" + line.getName() + "本身的标签相同", "The 'aka' wording \""
						+ aka + "\" is " + line.getName() + "'s own label"), line, P.getLine_Akas(), i, AKA);
			} else if (!seen.add(key)) {
				warning(Messages.of("“亦作”写法“" + aka + "”重复", "The 'aka' wording \"" + aka + "\" is listed twice"), line,
						P.getLine_Akas(), i, AKA);
			}
		}
	}

	/**
	 * Wordings a revision adds to an inherited line ({@code aka row x "…"}): not empty, not the line's label or a
	 * wording it has already, each once, and not another line's label or wording in the same rows or columns (a
	 * reader could not tell the two lines apart).
	 */
	@Check
	public void checkAkaAddition(io.formwork.lang.formwork.AkaAddition addition) {
		if (!(addition.getTarget() instanceof io.formwork.lang.formwork.Line line) || line.eIsProxy()) {
			return;
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		line.getAkas().forEach(aka -> seen.add(akaKey(aka)));
		// the line's label as the revision leaves it: a relabel in the same revision (whose old label may well
		// be the wording added) replaces the inherited one
		String own = akaKey(io.formwork.lang.model.Grids.zhLabel(line));
		io.formwork.lang.formwork.Template revision = EcoreUtil2.getContainerOfType(addition,
				io.formwork.lang.formwork.Template.class);
		if (revision != null) {
			for (io.formwork.lang.formwork.Relabelling relabel : EcoreUtil2.getAllContentsOfType(revision,
					io.formwork.lang.formwork.Relabelling.class)) {
				if (relabel.getTarget() == line && relabel.getLabel() != null && relabel.getLabel().getZh() != null) {
					own = akaKey(relabel.getLabel().getZh());
				}
			}
		}
		java.util.Map<String, String> others = new java.util.HashMap<>();
		io.formwork.lang.formwork.Axis axis = EcoreUtil2.getContainerOfType(line, io.formwork.lang.formwork.Axis.class);
		if (axis != null) {
			for (io.formwork.lang.formwork.Line other : EcoreUtil2.getAllContentsOfType(axis, io.formwork.lang.formwork.Line.class)) {
				if (other != line) {
					others.putIfAbsent(akaKey(io.formwork.lang.model.Grids.zhLabel(other)), other.getName());
					other.getAkas().forEach(aka -> others.putIfAbsent(akaKey(aka), other.getName()));
				}
			}
			if (revision != null) {
				for (io.formwork.lang.formwork.Relabelling relabel : EcoreUtil2.getAllContentsOfType(revision,
						io.formwork.lang.formwork.Relabelling.class)) {
					if (relabel.getTarget() instanceof io.formwork.lang.formwork.Line other && other != line
							&& EcoreUtil2.isAncestor(axis, other) && relabel.getLabel() != null) {
						others.putIfAbsent(akaKey(relabel.getLabel().getZh()), other.getName());
					}
				}
			}
		}
		for (int i = 0; i < addition.getAkas().size(); i++) {
			String aka = addition.getAkas().get(i);
			String key = akaKey(aka);
			var feature = P.getAkaAddition_Akas();
			if (key.isEmpty()) {
				error(Messages.of("“亦作”（aka）的写法不能为空", "An 'aka' wording must not be empty"), addition, feature, i, AKA);
			} else if (key.equals(own)) {
				warning(Messages.of("“亦作”写法“" + aka + "”与" + line.getName() + "本身的标签相同", "The 'aka' wording \""
						+ aka + "\" is " + line.getName() + "'s own label"), addition, feature, i, AKA);
			} else if (!seen.add(key)) {
				warning(Messages.of("“亦作”写法“" + aka + "”重复：" + line.getName() + " 已有此写法",
						"The 'aka' wording \"" + aka + "\" is listed twice: " + line.getName() + " has it already"),
						addition, feature, i, AKA);
			} else if (others.containsKey(key)) {
				error(Messages.of("“亦作”写法“" + aka + "”是同一表中 " + others.get(key) + " 的标签或写法，读取时无法区分两者",
						"The 'aka' wording \"" + aka + "\" is the label or a wording of " + others.get(key)
								+ " in the same table; a reader could not tell the two apart"),
						addition, feature, i, AKA);
			}
		}
	}

	private static String akaKey(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
	}

	@Check
	public void checkClaim(Claim claim) {
		Indicator indicator = claim.getIndicator();
		if (indicator != null && !indicator.eIsProxy()) {
			FormType type = FormType.of(indicator);
			if (!type.isNumeric()) {
				error(Messages.of("叙述指标 " + claim.getName() + " 的指标 " + indicator.getName() + " 是" + type.zh()
						+ "，叙述中只能核对数值", "Claim " + claim.getName() + " uses indicator " + indicator.getName()
								+ ", a " + type.en() + "; only figures can be checked in a narrative"),
						claim, P.getClaim_Indicator(), TYPE_MISMATCH);
			}
		}
		// a qualitative claim ("均获维持"): none of its phrases holds {value}; it is 1 where the text says one of them
		boolean qualitative = !claim.getPhrases().isEmpty() && !claim.getPhrases().get(0).contains("{value}");
		for (int i = 0; i < claim.getPhrases().size(); i++) {
			String phrase = claim.getPhrases().get(i);
			int count = phrase.split("\\{value\\}", -1).length - 1;
			if (qualitative && count == 0 && !phrase.isBlank() && !phrase.contains("{*}")) {
				continue;
			}
			if (qualitative) {
				error(Messages.of("叙述指标 " + claim.getName() + " 的第一个说法不含 {value}，是定性说法；其余说法也不能含 {value} 或 {*}：\"" + phrase + "\"",
						"Claim " + claim.getName() + "'s first phrase has no {value}, so it is qualitative; no other phrase may contain {value} or {*}: \""
								+ phrase + "\""),
						claim, P.getClaim_Phrases(), i, CLAIM_PHRASE);
				continue;
			}
			if (count != 1) {
				error(Messages.of("说法 \"" + phrase + "\" 须恰好包含一个 {value}（定性说法如“均获维持”则各个说法都不含 {value}）",
						"The phrase \"" + phrase + "\" must contain {value} exactly once (or, for a qualitative claim such as "
								+ "\"均获维持\", no phrase of the claim contains it)"),
						claim, P.getClaim_Phrases(), i, CLAIM_PHRASE);
				continue;
			}
			int any = phrase.indexOf("{*}");
			if (any >= 0 && (any > phrase.indexOf("{value}") || phrase.indexOf("{*}", any + 1) >= 0)) {
				error(Messages.of("说法 \"" + phrase + "\" 中的 {*}（所在计数）只能出现一次，且须在 {value} 之前",
						"In the phrase \"" + phrase + "\", {*} (the count it stands beside) may appear once, before {value}"),
						claim, P.getClaim_Phrases(), i, CLAIM_PHRASE);
				continue;
			}
			checkPhraseUnit(claim, indicator, phrase, i);
		}
	}

	/** "…{value}件" must not state a unit other than the indicator's. */
	private void checkPhraseUnit(Claim claim, Indicator indicator, String phrase, int index) {
		if (indicator == null || indicator.eIsProxy() || indicator.getUnit() == null || indicator.getUnit().eIsProxy()) {
			return;
		}
		String after = phrase.substring(phrase.indexOf("{value}") + "{value}".length());
		Unit own = indicator.getUnit();
		String ownSymbol = own.getSymbol() != null ? own.getSymbol() : own.getName();
		if (after.startsWith(ownSymbol)) {
			return;
		}
		// "5.3万余条": a multiplier and an approximation may stand between the figure and its unit
		String stripped = after.replaceFirst("^[万亿]?[余多]?", "");
		if (stripped.startsWith(ownSymbol)) {
			return;
		}
		EObject catalog = own.eContainer();
		for (Unit unit : EcoreUtil2.getAllContentsOfType(catalog, Unit.class)) {
			String symbol = unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
			if (unit != own && !symbol.isEmpty() && (after.startsWith(symbol) || stripped.startsWith(symbol))) {
				error(Messages.of("说法 \"" + phrase + "\" 的单位是 " + symbol + "，而指标 " + indicator.getName() + " 以 "
						+ ownSymbol + " 计", "The phrase \"" + phrase + "\" states " + symbol + " but indicator "
								+ indicator.getName() + " is in " + ownSymbol),
						claim, P.getClaim_Phrases(), index, UNIT_MISMATCH);
				return;
			}
		}
	}

	@Check
	public void checkEnumerationHasValues(Indicator indicator) {
		if (indicator.getType() == IndicatorType.ENUMERATION && indicator.getValues().isEmpty()) {
			error(Messages.of("枚举指标 " + indicator.getName() + " 须列出取值（values）",
					"Enumeration indicator " + indicator.getName() + " must list its values"), indicator,
					P.getIndicator_Type(), TYPE_MISMATCH);
		}
		if (indicator.getValues().size() > 0 && indicator.getType() != IndicatorType.ENUMERATION) {
			error(Messages.of("只有枚举指标可以列出取值", "Only an enumeration indicator lists values"), indicator,
					P.getIndicator_Values(), TYPE_MISMATCH);
		}
	}

	@Check
	public void checkEnumValueLabel(EnumValue value) {
		requireZh(value.getLabel(), value, null, "取值", "value", value.getName());
	}

	// ------------------------------------------------------------------ revisions

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
			for (io.formwork.lang.formwork.Change change : template.getChanges()) {
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
			if (line.getKind() != expected && EcoreUtil2.getContainerOfType(line, io.formwork.lang.formwork.Check.class) == null) {
				error(Messages.of("'" + line.getKind().getLiteral() + " " + line.getName() + "' 写在了"
						+ (expected == LineKind.ROW ? "行" : "列") + "中，应写作 '" + expected.getLiteral() + "'",
						"'" + line.getKind().getLiteral() + " " + line.getName() + "' is declared among the "
								+ expected.getLiteral() + "s: write '" + expected.getLiteral() + "'"),
						line, P.getLine_Kind(), WRONG_LINE_KIND, expected.getLiteral());
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	private ExpressionTyper typer() {
		return new ExpressionTyper((at, code, message) -> error(message, at, null, code));
	}
}
