package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.Binary;
import io.formwork.lang.formwork.Call;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.ClaimRef;
import io.formwork.lang.formwork.CurrentValue;
import io.formwork.lang.formwork.Expression;
import io.formwork.lang.formwork.Function;
import io.formwork.lang.formwork.Iteration;
import io.formwork.lang.formwork.NumberLiteral;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.SignedTest;
import io.formwork.lang.model.Grids;
import io.formwork.lang.model.MessagePlaceholders;
import io.formwork.lang.typing.ExpressionTyper;
import io.formwork.lang.typing.FormType;

/** Rules: typed and unit-consistent conditions and assertions, cell references that name reported cells, message placeholders. */
public class RuleChecks extends FormworkChecks {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

	@Check
	public void checkRule(Rule rule) {
		ExpressionTyper typer = typer();
		if (rule.getCondition() != null) {
			FormType condition = typer.typeOf(rule.getCondition());
			if (condition.isKnown() && condition.kind() != FormType.Kind.BOOLEAN) {
				error(Messages.of("when 后应为条件（比较），而不是" + condition.zh(),
						"'when' needs a condition (a comparison), not a " + condition.en()), rule,
						P.getRule_Condition(), TYPE_MISMATCH);
			}
			checkCellRefs(rule.getCondition());
		}
		FormType assertion = typer.typeOf(rule.getAssertion());
		if (assertion.isKnown() && assertion.kind() != FormType.Kind.BOOLEAN) {
			error(Messages.of("assert 后应为条件（比较），而不是" + assertion.zh(),
					"'assert' needs a condition (a comparison), not a " + assertion.en()), rule,
					P.getRule_Assertion(), TYPE_MISMATCH);
		}
		checkCellRefs(rule.getAssertion());
		if (rule.getAssertion() != null && ExpressionTyper.isConstant(rule.getAssertion())) {
			error(Messages.of("规则 " + rule.getName() + " 没有引用任何单元格或叙述指标，永远不会对填报数据求值",
					"Rule " + rule.getName() + " refers to no cell and no claim: it never depends on a filing"),
					rule, P.getRule_Assertion(), NEVER_EVALUATED);
		}
		if (Grids.iterates(rule) && rule.getIteration() == Iteration.GROUP
				&& Grids.topGroups(rule.getTable().getColumns()).isEmpty()) {
			error(Messages.of("表 " + rule.getTable().getName() + " 的列没有分组，'for each group' 永远不会求值",
					"The columns of table " + rule.getTable().getName()
							+ " have no groups: 'for each group' never evaluates"),
					rule, P.getRule_Iteration(), NEVER_EVALUATED);
		}
		checkPlaceholders(rule);
		checkPrintedMargins(rule);
		if (rule.isForEach() && rule.getIteration() != Iteration.CELL && rule.getTable() == null) {
			error(Messages.of("'for each " + rule.getIteration().getLiteral() + "' 须写明遍历哪张表：'in 表代码'",
					"'for each " + rule.getIteration().getLiteral() + "' needs a table: 'in <table>'"), rule,
					P.getRule_Iteration(), INCOMPLETE_CELL_REFERENCE);
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

	/**
	 * In a rule compared at printed precision ({@code tolerance printed}), a fixed margin around a figure as printed,
	 * {@code abs(share - percent(…)) >= 0.5}, is a precision written by hand, right for one number of decimals
	 * only: the comparison itself ({@code share <> percent(…)}) is made at the precision printed, in a condition too.
	 */
	private void checkPrintedMargins(Rule rule) {
		if (rule.getTolerance() == null || !rule.getTolerance().isPrinted()) {
			return;
		}
		for (EObject e : EcoreUtil2.eAllContentsAsList(rule)) {
			if (e instanceof Binary compare && COMPARISONS.contains(compare.getOp())
					&& (marginAroundAFigure(compare.getLeft(), compare.getRight())
							|| marginAroundAFigure(compare.getRight(), compare.getLeft()))) {
				warning(Messages.of(
						"按所印精度比较的规则中，abs(… - …) 与固定数值比较是手写的精度，只合一种小数位数；请直接比较（甲 <> 乙、甲 = 乙），tolerance printed 会按所印位数比较",
						"A fixed margin around a figure as printed, in a rule compared at printed precision: it fits one number of decimals only; compare directly (a <> b, a = b) and 'tolerance printed' compares at the precision printed"),
						compare, null, PRINTED_MARGIN);
			}
		}
	}

	private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=");

	/** {@code abs(x - y)} with x or y a figure read directly (a cell or a claim), against a number. */
	private static boolean marginAroundAFigure(Expression difference, Expression margin) {
		return margin instanceof NumberLiteral && difference instanceof Call call && call.getFunction() == Function.ABS
				&& call.getArgs().size() == 1 && call.getArgs().get(0) instanceof Binary minus && "-".equals(minus.getOp())
				&& (isFigure(minus.getLeft()) || isFigure(minus.getRight()));
	}

	private static boolean isFigure(Expression e) {
		return e instanceof CellRef || e instanceof ClaimRef;
	}

	private void checkPlaceholders(Rule rule) {
		if (rule.getMessage() == null) {
			return;
		}
		Set<String> known = MessagePlaceholders.known(rule);
		boolean claims = known.contains(MessagePlaceholders.SENTENCE);
		for (String text : new String[] { rule.getMessage().getZh(), rule.getMessage().getEn() }) {
			if (text == null) {
				continue;
			}
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				if (MessagePlaceholders.SENTENCE.equals(m.group(1))) {
					if (!claims) {
						error(Messages.of("提示信息中的 {sentence} 引用叙述声明所在的原句，而本规则没有引用任何叙述声明（claim）",
								"{sentence} in the message quotes the sentence a claim was read from, but this rule refers to no claim"),
								rule, P.getRule_Message(), SENTENCE_WITHOUT_CLAIM, m.group(1));
					}
				} else if (!known.contains(m.group(1))) {
					error(Messages.of("提示信息中的占位符 {" + m.group(1) + "} 未知；可用：{left} {right} {difference} {tolerance} {row} {column} {sentence} 及规则引用的代码",
							"Unknown placeholder {" + m.group(1) + "} in the message; use {left} {right} {difference} {tolerance} {row} {column} {sentence} or a code the rule refers to"),
							rule, P.getRule_Message(), UNKNOWN_PLACEHOLDER, m.group(1));
				}
			}
		}
	}
}
