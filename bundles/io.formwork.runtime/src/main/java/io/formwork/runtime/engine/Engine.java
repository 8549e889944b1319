package io.formwork.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Validator;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * Evaluates a compiled {@link Plan} on filings. Semantics: calculated cells are filled before checks; a
 * rule touching a blank or missing figure is not assessable unless it says blank means 0; comparisons are
 * exact unless the rule gives a tolerance, absolute or from the printed precision of the stated figure.
 */
public final class Engine implements Validator {

	public static final String UNKNOWN_CELL = "filing.unknownCell";
	public static final String WRONG_TEMPLATE = "filing.wrongTemplate";
	public static final String UNIT_MISMATCH = "filing.unitMismatch";
	public static final String PRIOR_PERIOD = "filing.priorPeriod";

	private final Plan plan;

	public Engine(Plan plan) {
		this.plan = plan;
	}

	public Plan plan() {
		return plan;
	}

	@Override
	public String templateId() {
		return plan.templateId();
	}

	@Override
	public ValidationResult validate(Filing filing) {
		return validate(filing, null);
	}

	/** Validates a filing; {@code prior} is the same body's filing for the previous period, or null. */
	@Override
	public ValidationResult validate(Filing filing, Filing prior) {
		List<Problem> problems = new ArrayList<>(filing.problems());
		checkTemplate(filing, problems);
		checkPrior(filing, prior, problems);
		Figures current = bind(filing, problems);
		Figures previous = prior == null ? null : bind(prior, new ArrayList<>());
		fillCalculated(current);
		List<Finding> findings = new ArrayList<>();
		for (RuleInstance rule : plan.rules()) {
			Finding finding = evaluate(rule, current, previous);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return new ValidationResult(filing, problems, findings);
	}

	/** The finding of one rule on one filing, with every operand: what "explain" shows. */
	public List<Finding> explain(String ruleId, Filing filing, Filing prior) {
		Figures current = bind(filing, new ArrayList<>());
		Figures previous = prior == null ? null : bind(prior, new ArrayList<>());
		fillCalculated(current);
		List<Finding> result = new ArrayList<>();
		for (RuleInstance rule : plan.rules()) {
			if (rule.ruleId().equals(ruleId)) {
				Finding finding = evaluate(rule, current, previous);
				if (finding != null) {
					result.add(finding);
				}
			}
		}
		return result;
	}

	// ------------------------------------------------------------------ binding facts to the template

	/** The figures of one filing, by address, with where each was read. */
	private static final class Figures {
		final Map<CellAddress, Value> values = new HashMap<>();
		final Map<CellAddress, Location> locations = new HashMap<>();
	}

	private void checkTemplate(Filing filing, List<Problem> problems) {
		problems.addAll(Semantics.templateProblems(filing, plan.templateId(), plan.year()));
	}

	private static void checkPrior(Filing filing, Filing prior, List<Problem> problems) {
		problems.addAll(Semantics.priorProblems(filing, prior));
	}

	private Figures bind(Filing filing, List<Problem> problems) {
		Figures figures = new Figures();
		for (Fact fact : filing.facts().values()) {
			CellSpec spec = plan.cell(fact.address());
			if (spec == null) {
				problems.add(Semantics.unknownCell(plan.templateId(), fact));
				continue;
			}
			Value value = Semantics.bind(fact, spec.unit(), plan.units());
			if (value == null) {
				problems.add(Semantics.unitMismatch(fact, spec.unit()));
				continue;
			}
			figures.values.put(fact.address(), value);
			figures.locations.put(fact.address(), fact.location());
		}
		return figures;
	}

	private void fillCalculated(Figures figures) {
		List<CellSpec> calculated = plan.cells().values().stream().filter(c -> c.formula() != null).toList();
		for (int pass = 0; pass <= calculated.size(); pass++) {
			boolean changed = false;
			for (CellSpec spec : calculated) {
				if (figures.values.containsKey(spec.address())) {
					continue;
				}
				BigDecimal value = new Evaluation(figures, null, false).number(spec.formula());
				if (value != null) {
					figures.values.put(spec.address(), Value.of(value));
					changed = true;
				}
			}
			if (!changed) {
				return;
			}
		}
	}

	// ------------------------------------------------------------------ evaluating a rule instance

	private Finding evaluate(RuleInstance rule, Figures current, Figures previous) {
		Evaluation evaluation = new Evaluation(current, previous, rule.blankAsZero());
		if (rule.condition() != null) {
			Boolean applies = evaluation.truth(rule.condition());
			if (applies == null) {
				return finding(rule, Status.NOT_ASSESSABLE, evaluation, null, null, null);
			}
			if (!applies) {
				return null;
			}
		}
		Expr assertion = rule.assertion();
		if (assertion instanceof Expr.Compare compare) {
			BigDecimal left = evaluation.number(compare.left());
			BigDecimal right = evaluation.number(compare.right());
			if (left == null || right == null) {
				return finding(rule, Status.NOT_ASSESSABLE, evaluation, left, right, null);
			}
			Comparison outcome = compare(rule, compare, evaluation, left, right);
			return finding(rule, outcome.holds ? Status.PASS : Status.FAIL, evaluation, left, right, outcome.tolerance);
		}
		Boolean holds = evaluation.truth(assertion);
		return finding(rule, holds == null ? Status.NOT_ASSESSABLE : holds ? Status.PASS : Status.FAIL, evaluation,
				null, null, null);
	}

	private record Comparison(boolean holds, BigDecimal tolerance) {
	}

	private Comparison compare(RuleInstance rule, Expr.Compare compare, Evaluation evaluation, BigDecimal left,
			BigDecimal right) {
		if (rule.printed() != null) {
			Value printed = null;
			BigDecimal exact = null;
			if (compare.left() instanceof Expr.Ref ref && evaluation.value(ref) != null) {
				printed = evaluation.value(ref);
				exact = right;
			} else if (compare.right() instanceof Expr.Ref ref && evaluation.value(ref) != null) {
				printed = evaluation.value(ref);
				exact = left;
			}
			if (printed != null && !printed.isBlank()) {
				BigDecimal tolerance = Precision.halfUnit(printed);
				if ("=".equals(compare.op()) || "<>".equals(compare.op())) {
					boolean equal = Precision.matches(exact, printed, rule.printed());
					return new Comparison("=".equals(compare.op()) == equal, tolerance);
				}
				return new Comparison(holds(compare.op(), left, right, tolerance), tolerance);
			}
		}
		BigDecimal tolerance = rule.tolerance() == null ? BigDecimal.ZERO : rule.tolerance();
		return new Comparison(holds(compare.op(), left, right, tolerance), rule.tolerance());
	}

	static boolean holds(String op, BigDecimal left, BigDecimal right, BigDecimal tolerance) {
		return Semantics.holds(op, left, right, tolerance);
	}

	private Finding finding(RuleInstance rule, Status status, Evaluation evaluation, BigDecimal left,
			BigDecimal right, BigDecimal tolerance) {
		BigDecimal difference = left != null && right != null ? left.subtract(right) : null;
		// computed figures are shown one decimal finer than the most precise figure the rule read
		int shown = evaluation.maxDecimals + 1;
		Map<String, String> values = new LinkedHashMap<>();
		values.put("left", show(left, shown));
		values.put("right", show(right, shown));
		values.put("difference", show(difference, shown));
		values.put("tolerance", Semantics.showTolerance(tolerance));
		values.put("rule", rule.ruleId());
		for (Map.Entry<String, Expr> operand : rule.operandsByCode().entrySet()) {
			Evaluation probe = new Evaluation(evaluation.current, evaluation.previous, rule.blankAsZero());
			values.put(operand.getKey(), show(probe.number(operand.getValue()), shown));
		}
		if (!values.containsKey("value") || values.get("value").isEmpty()) {
			values.put("value", show(left, shown));
		}
		String zh = Semantics.fill(rule.messageZh(), values, rule.labelsZh());
		String en = Semantics.fill(rule.messageEn() == null ? rule.messageZh() : rule.messageEn(), values,
				rule.labelsEn());
		return new Finding(rule.ruleId(), rule.severity(), status, rule.location(), rule.instance(),
				evaluation.operands(), left, right, difference, tolerance, zh, en, rule.titleZh(), rule.titleEn());
	}

	private static String show(BigDecimal number, int maxDecimals) {
		return Semantics.show(number, maxDecimals);
	}

	// ------------------------------------------------------------------ expressions

	/** One evaluation of expressions on a filing: records the operands it reads. */
	private static final class Evaluation {
		final Figures current;
		final Figures previous;
		final boolean blankAsZero;
		final Map<String, Operand> operands = new LinkedHashMap<>();
		int maxDecimals;

		Evaluation(Figures current, Figures previous, boolean blankAsZero) {
			this.current = current;
			this.previous = previous;
			this.blankAsZero = blankAsZero;
		}

		List<Operand> operands() {
			return List.copyOf(operands.values());
		}

		/** The value a reference reads (blank when the filing leaves it empty), or null when there is no filing. */
		Value value(Expr.Ref ref) {
			Figures figures = ref.prior() ? previous : current;
			if (figures == null) {
				return null;
			}
			Value value = figures.values.getOrDefault(ref.address(), Value.blank());
			operands.putIfAbsent((ref.prior() ? "prior " : "") + ref.address(),
					new Operand(ref.address(), value, figures.locations.get(ref.address()), ref.prior()));
			if (!value.isBlank()) {
				maxDecimals = Math.max(maxDecimals, value.decimals());
			}
			return value;
		}

		BigDecimal number(Expr expr) {
			if (expr instanceof Expr.Num num) {
				return num.value();
			}
			if (expr instanceof Expr.Ref ref) {
				Value value = value(ref);
				if (value == null) {
					return null;
				}
				if (value.isBlank()) {
					return blankAsZero ? BigDecimal.ZERO : null;
				}
				return value.number();
			}
			if (expr instanceof Expr.Negate negate) {
				BigDecimal operand = number(negate.operand());
				return operand == null ? null : operand.negate();
			}
			if (expr instanceof Expr.Arithmetic arithmetic) {
				BigDecimal left = number(arithmetic.left());
				BigDecimal right = number(arithmetic.right());
				return switch (arithmetic.op()) {
				case "+" -> Semantics.add(left, right);
				case "-" -> Semantics.subtract(left, right);
				case "*" -> Semantics.multiply(left, right);
				default -> Semantics.divide(left, right);
				};
			}
			if (expr instanceof Expr.Call call) {
				return call(call);
			}
			throw new IllegalArgumentException("not a number: " + expr);
		}

		private BigDecimal call(Expr.Call call) {
			if ("present".equals(call.function())) {
				throw new IllegalArgumentException("not a numeric function: present");
			}
			BigDecimal[] args = new BigDecimal[call.args().size()];
			for (int i = 0; i < args.length; i++) {
				args[i] = number(call.args().get(i));
			}
			return Semantics.call(call.function(), args);
		}

		/** True, false, or null when it cannot be decided (a blank operand). */
		Boolean truth(Expr expr) {
			if (expr instanceof Expr.Bool bool) {
				return bool.value();
			}
			if (expr instanceof Expr.Not not) {
				Boolean operand = truth(not.operand());
				return operand == null ? null : !operand;
			}
			if (expr instanceof Expr.Logic logic) {
				Boolean left = truth(logic.left());
				Boolean right = truth(logic.right());
				if ("and".equals(logic.op())) {
					if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
						return false;
					}
					return left == null || right == null ? null : true;
				}
				if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
					return true;
				}
				return left == null || right == null ? null : false;
			}
			if (expr instanceof Expr.Compare compare) {
				BigDecimal left = number(compare.left());
				BigDecimal right = number(compare.right());
				return left == null || right == null ? null : holds(compare.op(), left, right, BigDecimal.ZERO);
			}
			if (expr instanceof Expr.Call call && "present".equals(call.function())) {
				Expr arg = call.args().get(0);
				if (arg instanceof Expr.Ref ref) {
					Value value = value(ref);
					return value != null && !value.isBlank();
				}
				return number(arg) != null;
			}
			throw new IllegalArgumentException("not a condition: " + expr);
		}
	}
}
