package io.formwork.lang.typing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.Binary;
import io.formwork.lang.formwork.Call;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.ClaimRef;
import io.formwork.lang.formwork.CurrentValue;
import io.formwork.lang.formwork.SignedTest;
import io.formwork.lang.formwork.Expression;
import io.formwork.lang.formwork.Negation;
import io.formwork.lang.formwork.Not;
import io.formwork.lang.formwork.NumberLiteral;
import io.formwork.lang.formwork.Range;
import io.formwork.lang.model.CellRefs;
import io.formwork.lang.model.CellRefs.Resolution;
import io.formwork.lang.typing.FormType.Kind;
import io.formwork.lang.validation.Messages;

/**
 * Computes the type of an expression and reports, once, each place where operands do not fit: adding 件 to
 * 万元, comparing a percent with a count, arithmetic on text.
 */
public class ExpressionTyper {

	/** Receives a problem at an expression: an issue code and a bilingual message. */
	public interface Problems {
		void report(EObject at, String code, String message);
	}

	public static final String TYPE_MISMATCH = "formwork.typeMismatch";
	public static final String UNIT_MISMATCH = "formwork.unitMismatch";

	private final Problems problems;

	public ExpressionTyper(Problems problems) {
		this.problems = problems;
	}

	public FormType typeOf(Expression expression) {
		if (expression == null) {
			return FormType.UNKNOWN;
		}
		if (expression instanceof NumberLiteral || expression instanceof CurrentValue) {
			return FormType.NUMBER;
		}
		if (expression instanceof SignedTest) {
			return FormType.BOOLEAN;
		}
		if (expression instanceof CellRef ref) {
			return cellType(ref);
		}
		if (expression instanceof ClaimRef ref) {
			return ref.getClaim() == null || ref.getClaim().eIsProxy() ? FormType.UNKNOWN
					: FormType.of(ref.getClaim().getIndicator());
		}
		if (expression instanceof Negation negation) {
			FormType operand = typeOf(negation.getOperand());
			requireNumeric(negation.getOperand(), operand);
			return operand;
		}
		if (expression instanceof Not not) {
			FormType operand = typeOf(not.getOperand());
			requireBoolean(not.getOperand(), operand);
			return FormType.BOOLEAN;
		}
		if (expression instanceof Binary binary) {
			return binaryType(binary);
		}
		if (expression instanceof Call call) {
			return callType(call);
		}
		if (expression instanceof Range range) {
			return rangeType(range);
		}
		return FormType.UNKNOWN;
	}

	private FormType cellType(CellRef ref) {
		Resolution resolution = CellRefs.resolve(ref);
		Set<FormType> types = new LinkedHashSet<>();
		for (var cell : resolution.cells()) {
			types.add(FormType.of(cell.indicator()));
		}
		if (types.isEmpty()) {
			return FormType.UNKNOWN;
		}
		FormType first = types.iterator().next();
		for (FormType t : types) {
			if (!t.sameAs(first)) {
				problems.report(ref, TYPE_MISMATCH, Messages.of(
						"此单元格引用的单元格类型不一（" + first.zh() + "、" + t.zh() + "），无法一并计算",
						"This cell reference covers cells of different types (" + first.en() + ", " + t.en()
								+ ") and cannot be computed as one value"));
				return FormType.UNKNOWN;
			}
		}
		return first;
	}

	private FormType rangeType(Range range) {
		FormType from = typeOf(range.getFrom());
		FormType to = typeOf(range.getTo());
		if (from.isKnown() && to.isKnown() && !from.sameAs(to)) {
			problems.report(range, TYPE_MISMATCH, Messages.of("区间两端的类型不同：" + from.zh() + " 与 " + to.zh(),
					"The ends of the range differ in type: " + from.en() + " and " + to.en()));
			return FormType.UNKNOWN;
		}
		return from.isKnown() ? from : to;
	}

	private FormType binaryType(Binary binary) {
		String op = binary.getOp();
		FormType left = typeOf(binary.getLeft());
		FormType right = typeOf(binary.getRight());
		switch (op) {
		case "and", "or" -> {
			requireBoolean(binary.getLeft(), left);
			requireBoolean(binary.getRight(), right);
			return FormType.BOOLEAN;
		}
		case "+", "-" -> {
			if (!requireNumeric(binary.getLeft(), left) | !requireNumeric(binary.getRight(), right)) {
				return FormType.UNKNOWN;
			}
			return additive(binary, left, right, "+".equals(op) ? "相加" : "相减", "+".equals(op) ? "add" : "subtract");
		}
		case "*" -> {
			if (!requireNumeric(binary.getLeft(), left) | !requireNumeric(binary.getRight(), right)) {
				return FormType.UNKNOWN;
			}
			if (right.kind() == Kind.NUMBER) {
				return left;
			}
			if (left.kind() == Kind.NUMBER) {
				return right;
			}
			return FormType.NUMBER;
		}
		case "/" -> {
			if (!requireNumeric(binary.getLeft(), left) | !requireNumeric(binary.getRight(), right)) {
				return FormType.UNKNOWN;
			}
			if (right.kind() == Kind.NUMBER) {
				return left;
			}
			if (left.isKnown() && right.isKnown() && left.sameAs(right)) {
				return FormType.RATIO;
			}
			return FormType.NUMBER;
		}
		default -> {
			// comparisons
			if ("=".equals(op) || "<>".equals(op)) {
				if (left.kind() == Kind.TEXT || left.kind() == Kind.ENUMERATION || left.kind() == Kind.DATE) {
					if (right.isKnown() && !right.sameAs(left)) {
						mismatch(binary, left, right, "比较", "compare");
					}
					return FormType.BOOLEAN;
				}
			}
			if (!requireNumeric(binary.getLeft(), left) | !requireNumeric(binary.getRight(), right)) {
				return FormType.BOOLEAN;
			}
			additive(binary, left, right, "比较", "compare");
			return FormType.BOOLEAN;
		}
		}
	}

	/** Operands of +, - and comparisons: the same kind and unit; a plain number fits anything numeric. */
	private FormType additive(Binary at, FormType left, FormType right, String zhVerb, String enVerb) {
		if (!left.isKnown() || !right.isKnown()) {
			return left.isKnown() ? left : right;
		}
		if (left.kind() == Kind.NUMBER) {
			return right;
		}
		if (right.kind() == Kind.NUMBER) {
			return left;
		}
		if (left.kind() != right.kind() && !(left.isQuantity() && right.isQuantity())) {
			mismatch(at, left, right, zhVerb, enVerb);
			return FormType.UNKNOWN;
		}
		if (!FormType.sameUnit(left.unit(), right.unit())) {
			problems.report(at, UNIT_MISMATCH,
					Messages.of("不能将" + left.unitText() + "与" + right.unitText() + zhVerb,
							"Cannot " + enVerb + " " + left.unitText() + " and " + right.unitText()));
			return FormType.UNKNOWN;
		}
		if (left.kind() != right.kind()) {
			mismatch(at, left, right, zhVerb, enVerb);
			return FormType.UNKNOWN;
		}
		return left;
	}

	private void mismatch(EObject at, FormType left, FormType right, String zhVerb, String enVerb) {
		problems.report(at, TYPE_MISMATCH, Messages.of("不能将" + left.zh() + "与" + right.zh() + zhVerb,
				"Cannot " + enVerb + " a " + left.en() + " and a " + right.en()));
	}

	private FormType callType(Call call) {
		List<Expression> args = call.getArgs();
		switch (call.getFunction()) {
		case PRESENT -> {
			for (Expression arg : args) {
				typeOf(arg);
			}
			if (args.size() != 1) {
				arity(call, "1");
			}
			return FormType.BOOLEAN;
		}
		case PERCENT -> {
			if (args.size() != 2) {
				arity(call, "2");
				return FormType.PERCENT;
			}
			FormType a = typeOf(args.get(0));
			FormType b = typeOf(args.get(1));
			if (requireNumeric(args.get(0), a) & requireNumeric(args.get(1), b) && a.isKnown() && b.isKnown()
					&& a.kind() != Kind.NUMBER && b.kind() != Kind.NUMBER && !a.sameAs(b)) {
				mismatch(call, a, b, "相除", "divide");
			}
			return FormType.PERCENT;
		}
		case ROUND -> {
			if (args.size() != 2) {
				arity(call, "2");
			}
			FormType value = args.isEmpty() ? FormType.UNKNOWN : typeOf(args.get(0));
			requireNumeric(args.isEmpty() ? call : args.get(0), value);
			for (int i = 1; i < args.size(); i++) {
				FormType digits = typeOf(args.get(i));
				if (digits.kind() != Kind.NUMBER) {
					problems.report(args.get(i), TYPE_MISMATCH,
							Messages.of("round 的第二个参数应为小数位数", "The second argument of round is a number of decimals"));
				}
			}
			return value;
		}
		case ABS -> {
			if (args.size() != 1) {
				arity(call, "1");
			}
			FormType value = args.isEmpty() ? FormType.UNKNOWN : typeOf(args.get(0));
			requireNumeric(args.isEmpty() ? call : args.get(0), value);
			return value;
		}
		default -> { // sum, min, max
			if (args.isEmpty()) {
				arity(call, "≥1");
				return FormType.UNKNOWN;
			}
			FormType result = null;
			for (Expression arg : args) {
				FormType t = typeOf(arg);
				if (!requireNumeric(arg, t)) {
					continue;
				}
				if (result == null || result.kind() == Kind.NUMBER || !result.isKnown()) {
					result = t;
				} else if (t.isKnown() && t.kind() != Kind.NUMBER && !t.sameAs(result)) {
					if (!FormType.sameUnit(t.unit(), result.unit()) && t.kind() == result.kind()) {
						problems.report(arg, UNIT_MISMATCH,
								Messages.of("不能将" + result.unitText() + "与" + t.unitText() + "相加",
										"Cannot add " + result.unitText() + " and " + t.unitText()));
					} else {
						mismatch(arg, result, t, "相加", "add");
					}
				}
			}
			return result == null ? FormType.UNKNOWN : result;
		}
		}
	}

	private void arity(Call call, String expected) {
		problems.report(call, TYPE_MISMATCH,
				Messages.of(call.getFunction().getLiteral() + " 需要 " + expected + " 个参数",
						call.getFunction().getLiteral() + " takes " + expected + " argument(s)"));
	}

	private boolean requireNumeric(EObject at, FormType type) {
		if (type.isKnown() && !type.isNumeric()) {
			problems.report(at, TYPE_MISMATCH, Messages.of(type.zh() + "不能参与算术运算",
					"A " + type.en() + " cannot take part in arithmetic"));
			return false;
		}
		return true;
	}

	private void requireBoolean(EObject at, FormType type) {
		if (type.isKnown() && type.kind() != Kind.BOOLEAN) {
			problems.report(at, TYPE_MISMATCH, Messages.of("此处需要一个条件（比较），而不是" + type.zh(),
					"A condition (a comparison) is needed here, not a " + type.en()));
		}
	}

	/** True when an expression contains no reference to a figure: its value never depends on a filing. */
	public static boolean isConstant(Expression expression) {
		if (expression instanceof CellRef || expression instanceof ClaimRef || expression instanceof CurrentValue) {
			return false;
		}
		return EcoreUtil2.getAllContentsOfType(expression, CellRef.class).isEmpty()
				&& EcoreUtil2.getAllContentsOfType(expression, ClaimRef.class).isEmpty()
				&& EcoreUtil2.getAllContentsOfType(expression, CurrentValue.class).isEmpty();
	}
}
