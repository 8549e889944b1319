package io.formwork.runtime.semantics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.Plan;

/**
 * The semantics of rule evaluation as functions: the {@link Engine} and the validators generated from
 * templates call the same ones, so that both give the same findings to the last digit. Every numeric
 * function takes and returns exact decimals; null stands for "cannot be computed" (a blank operand that does
 * not count as 0, a division by zero) and propagates.
 */
public final class Semantics {

	/** Division keeps 34 significant digits (IEEE 754 decimal128). */
	public static final MathContext DIVISION = MathContext.DECIMAL128;

	private Semantics() {
	}

	// ------------------------------------------------------------------ reading figures

	/**
	 * The file {@code relative} names beside {@code file} (relative to its folder, '/'-separated), as generated code
	 * locates a rule a revision inherits from the template it revises.
	 */
	public static String sibling(String file, String relative) {
		if (file == null || file.isEmpty()) {
			return relative;
		}
		Path parent = Path.of(file).getParent();
		return parent == null ? relative : parent.resolve(relative).normalize().toString();
	}

	/**
	 * The number a rule reads from a figure: null when the filing leaves it blank or does not report it (0
	 * instead when the rule says blank means zero).
	 */
	public static BigDecimal number(Value value, boolean blankAsZero) {
		if (value == null || value.isBlank()) {
			return blankAsZero ? BigDecimal.ZERO : null;
		}
		return value.number();
	}

	/** The decimals a figure was printed with, for showing computed figures; 0 for a blank or missing one. */
	public static int decimals(Value value) {
		return value == null || value.isBlank() ? 0 : value.decimals();
	}

	/** True when the filing states the figure (not blank, not missing). */
	public static boolean present(Value value) {
		return value != null && !value.isBlank();
	}

	// ------------------------------------------------------------------ arithmetic

	public static BigDecimal add(BigDecimal left, BigDecimal right) {
		return left == null || right == null ? null : left.add(right);
	}

	public static BigDecimal subtract(BigDecimal left, BigDecimal right) {
		return left == null || right == null ? null : left.subtract(right);
	}

	public static BigDecimal multiply(BigDecimal left, BigDecimal right) {
		return left == null || right == null ? null : left.multiply(right);
	}

	/** left / right to 34 significant digits; null when right is 0. */
	public static BigDecimal divide(BigDecimal left, BigDecimal right) {
		if (left == null || right == null || right.signum() == 0) {
			return null;
		}
		return left.divide(right, DIVISION);
	}

	public static BigDecimal negate(BigDecimal operand) {
		return operand == null ? null : operand.negate();
	}

	/** The sum, from 0 (so that the sum of one figure has a scale of at least 0); null if any is null. */
	public static BigDecimal sum(BigDecimal... args) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal arg : args) {
			if (arg == null) {
				return null;
			}
			sum = sum.add(arg);
		}
		return sum;
	}

	/** The least (the first of equal ones); null if any is null or there is none. */
	public static BigDecimal min(BigDecimal... args) {
		BigDecimal min = null;
		for (BigDecimal arg : args) {
			if (arg == null) {
				return null;
			}
			if (min == null || arg.compareTo(min) < 0) {
				min = arg;
			}
		}
		return min;
	}

	/** The greatest (the first of equal ones); null if any is null or there is none. */
	public static BigDecimal max(BigDecimal... args) {
		BigDecimal max = null;
		for (BigDecimal arg : args) {
			if (arg == null) {
				return null;
			}
			if (max == null || arg.compareTo(max) > 0) {
				max = arg;
			}
		}
		return max;
	}

	public static BigDecimal abs(BigDecimal operand) {
		return operand == null ? null : operand.abs();
	}

	/** Rounded half up to a number of decimals (which must be a whole number). */
	public static BigDecimal round(BigDecimal operand, BigDecimal decimals) {
		if (operand == null || decimals == null) {
			return null;
		}
		return operand.setScale(decimals.intValueExact(), RoundingMode.HALF_UP);
	}

	/** part / whole × 100 to 10 decimals; null when whole is 0 ({@link Precision#percent}). */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null) {
			return null;
		}
		return Precision.percent(part, whole);
	}

	/**
	 * A numeric function on evaluated arguments, as the engine applies it: null when any argument is null;
	 * {@code abs}, {@code round} and {@code percent} use their first arguments.
	 */
	public static BigDecimal call(String function, BigDecimal... args) {
		for (BigDecimal arg : args) {
			if (arg == null) {
				return null;
			}
		}
		return switch (function) {
		case "sum" -> sum(args);
		case "min" -> min(args);
		case "max" -> max(args);
		case "abs" -> args[0].abs();
		case "round" -> args[0].setScale(args[1].intValueExact(), RoundingMode.HALF_UP);
		case "percent" -> Precision.percent(args[0], args[1]);
		default -> throw new IllegalArgumentException("not a numeric function: " + function);
		};
	}

	// ------------------------------------------------------------------ truth

	/** A comparison with an absolute tolerance ({@code =} holds when the two differ by no more than it). */
	public static boolean holds(String op, BigDecimal left, BigDecimal right, BigDecimal tolerance) {
		BigDecimal difference = left.subtract(right);
		return switch (op) {
		case "=" -> difference.abs().compareTo(tolerance) <= 0;
		case "<>" -> difference.abs().compareTo(tolerance) > 0;
		case "<" -> difference.compareTo(tolerance) < 0;
		case "<=" -> difference.compareTo(tolerance) <= 0;
		case ">" -> difference.negate().compareTo(tolerance) < 0;
		case ">=" -> difference.negate().compareTo(tolerance) <= 0;
		default -> throw new IllegalArgumentException("not a comparison: " + op);
		};
	}

	/** An exact comparison inside a condition; null when a side cannot be computed. */
	public static Boolean compare(String op, BigDecimal left, BigDecimal right) {
		return left == null || right == null ? null : holds(op, left, right, BigDecimal.ZERO);
	}

	/**
	 * A comparison anywhere in a rule with {@code tolerance printed} (in its {@code when}, under {@code and},
	 * {@code or}, {@code not}, nested): a side that reads a figure as printed (a stated percentage) is compared at
	 * the precision printed, as the top level of an assertion is; the left side's figure first. {@code leftPrinted}
	 * and {@code rightPrinted} are the figures a side reads directly (null when the side is computed); with neither
	 * printed, or no mode, the exact comparison.
	 */
	public static Boolean comparePrinted(String op, BigDecimal left, BigDecimal right, Value leftPrinted,
			Value rightPrinted, Precision.Mode mode) {
		if (left == null || right == null) {
			return null;
		}
		boolean onLeft = leftPrinted != null && !leftPrinted.isBlank();
		Value printed = onLeft ? leftPrinted : rightPrinted != null && !rightPrinted.isBlank() ? rightPrinted : null;
		if (printed == null || mode == null) {
			return holds(op, left, right, BigDecimal.ZERO);
		}
		if ("=".equals(op) || "<>".equals(op)) {
			boolean equal = Precision.matches(onLeft ? right : left, printed, mode);
			return "=".equals(op) == equal;
		}
		return holds(op, left, right, Precision.halfUnit(printed));
	}

	/** Three-valued and: false wins over unknown (null). */
	public static Boolean and(Boolean left, Boolean right) {
		if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
			return false;
		}
		return left == null || right == null ? null : true;
	}

	/** Three-valued or: true wins over unknown (null). */
	public static Boolean or(Boolean left, Boolean right) {
		if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
			return true;
		}
		return left == null || right == null ? null : false;
	}

	public static Boolean not(Boolean operand) {
		return operand == null ? null : !operand;
	}

	// ------------------------------------------------------------------ messages

	/**
	 * A message's {@code {sentence}}: the sentence the first figure a rule read from a narrative was read from (its
	 * location's quote), in 「」 and without its closing 。！？; the empty string when the rule read no such figure
	 * (a claim a JSON filing states, say). The engine and the generated validators both fill it from here.
	 */
	public static String sentence(List<Operand> operands) {
		for (Operand operand : operands) {
			Location at = operand.location();
			if (at != null && at.quote() != null && !at.quote().isBlank()) {
				String quote = at.quote().strip();
				int end = quote.length();
				while (end > 0 && "。！？!?；;".indexOf(quote.charAt(end - 1)) >= 0) {
					end--;
				}
				return "「" + quote.substring(0, end) + "」";
			}
		}
		return "";
	}

	/**
	 * A computed figure as messages show it: as it is when it has no more than {@code maxDecimals} decimals,
	 * else rounded half up to them (trailing zeros dropped); the empty string for none.
	 */
	public static String show(BigDecimal number, int maxDecimals) {
		if (number == null) {
			return "";
		}
		if (number.scale() <= maxDecimals) {
			return number.toPlainString();
		}
		BigDecimal shown = number.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
		return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
	}

	/** The tolerance as messages show it: "0" for none. */
	public static String showTolerance(BigDecimal tolerance) {
		return tolerance == null ? "0" : tolerance.stripTrailingZeros().toPlainString();
	}

	/**
	 * Fills {@code {key}} placeholders: from {@code labels} first, then {@code values}; an unknown placeholder
	 * stays as written.
	 */
	public static String fill(String message, Map<String, String> values, Map<String, String> labels) {
		if (message == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < message.length()) {
			int open = message.indexOf('{', i);
			int close = open < 0 ? -1 : message.indexOf('}', open);
			if (open < 0 || close < 0) {
				out.append(message, i, message.length());
				break;
			}
			out.append(message, i, open);
			String key = message.substring(open + 1, close);
			String value = labels.containsKey(key) ? labels.get(key) : values.get(key);
			out.append(value == null ? message.substring(open, close + 1) : value);
			i = close + 1;
		}
		return out.toString();
	}

	// ------------------------------------------------------------------ binding facts to a template

	/** The previous period's filing must be of an earlier year, and of the same body when both say. */
	public static List<Problem> priorProblems(Filing filing, Filing prior) {
		if (prior == null) {
			return List.of();
		}
		List<Problem> problems = new ArrayList<>(2);
		Location where = Location.unknown(prior.source());
		if (prior.year() != null && filing.year() != null && prior.year() >= filing.year()) {
			problems.add(Problem.warning(ProblemCodes.PRIOR_PERIOD, where,
					"作为上期的填报是 " + prior.year() + " 年的，不早于本期（" + filing.year() + " 年）",
					"The filing given as the previous period is for " + prior.year() + ", not before " + filing.year()));
		}
		if (prior.body() != null && filing.body() != null && !prior.body().equals(filing.body())) {
			problems.add(Problem.warning(ProblemCodes.PRIOR_PERIOD, where,
					"作为上期的填报来自 " + prior.body() + "，而本期填报来自 " + filing.body(),
					"The filing given as the previous period is " + prior.body() + "'s; this one is " + filing.body() + "'s"));
		}
		return problems;
	}

	/** The problems of a filing that names another template, or a year before the template's first. */
	public static List<Problem> templateProblems(Filing filing, String templateId, int year) {
		List<Problem> problems = new ArrayList<>(2);
		Location where = Location.unknown(filing.source());
		if (filing.template() != null && !filing.template().equals(templateId)) {
			problems.add(Problem.error(ProblemCodes.WRONG_TEMPLATE, where,
					"填报声明的模板是 " + filing.template() + "，而校验使用的模板是 " + templateId,
					"The filing names template " + filing.template() + " but is validated against " + templateId));
		}
		if (filing.year() != null && filing.year() < year) {
			problems.add(Problem.error(ProblemCodes.WRONG_TEMPLATE, where,
					"填报年度 " + filing.year() + " 早于模板 " + templateId + " 的适用年度 " + year,
					"The filing is for " + filing.year() + ", before " + year + ", the first year of template "
							+ templateId));
		}
		return problems;
	}

	public static Problem unknownCell(String templateId, Fact fact) {
		return Problem.error(ProblemCodes.UNKNOWN_CELL, fact.location(), "模板 " + templateId + " 中没有单元格 " + fact.address(),
				"Template " + templateId + " has no cell " + fact.address());
	}

	public static Problem unitMismatch(Fact fact, String unit) {
		return Problem.error(ProblemCodes.UNIT_MISMATCH, fact.location(),
				fact.address() + " 填写的单位是 " + fact.statedUnit() + "，而模板规定为 " + unit,
				fact.address() + " is stated in " + fact.statedUnit() + " but the template counts it in " + unit);
	}

	/**
	 * The value a fact gives a cell counted in {@code unit}: as stated, converted when stated in another unit
	 * the template relates to it (万元 = 10000 元), or null when its unit cannot be converted. A converted value
	 * keeps its printed precision where the units differ by a power of ten (1.5 万元, printed to the thousand
	 * 元, is 15000 元 with decimals -3) and whether it was approximate.
	 */
	public static Value bind(Fact fact, String unit, Map<String, Plan.UnitConversion> units) {
		Value value = fact.value();
		if (!value.isBlank() && fact.statedUnit() != null && unit != null && !fact.statedUnit().equals(unit)) {
			BigDecimal ratio = convert(BigDecimal.ONE, fact.statedUnit(), unit, units);
			if (ratio == null) {
				return null;
			}
			BigDecimal number = value.number().multiply(ratio).stripTrailingZeros();
			if (number.scale() < 0) {
				number = number.setScale(0);
			}
			Value converted = Value.of(number);
			if (ratio.unscaledValue().equals(BigInteger.ONE)) {
				converted = converted.printedWith(value.decimals() + ratio.scale());
			}
			return value.isApproximate() ? converted.approximate() : converted;
		}
		return value;
	}

	/** Converts between units the conversions relate (万元 = 10000 元), or returns null. */
	public static BigDecimal convert(BigDecimal number, String from, String to, Map<String, Plan.UnitConversion> units) {
		BigDecimal fromFactor = factorToBase(from, units);
		BigDecimal toFactor = factorToBase(to, units);
		if (fromFactor == null || toFactor == null || !base(from, units).equals(base(to, units))) {
			return null;
		}
		return number.multiply(fromFactor).divide(toFactor, DIVISION).stripTrailingZeros();
	}

	private static BigDecimal factorToBase(String unit, Map<String, Plan.UnitConversion> units) {
		BigDecimal factor = BigDecimal.ONE;
		String current = unit;
		for (int guard = 0; guard < 10; guard++) {
			Plan.UnitConversion conversion = units.get(current);
			if (conversion == null) {
				return units.containsKey(unit) || isBaseOfSomething(current, units) ? factor : null;
			}
			factor = factor.multiply(conversion.factor());
			current = conversion.base();
		}
		return null;
	}

	private static boolean isBaseOfSomething(String unit, Map<String, Plan.UnitConversion> units) {
		return units.values().stream().anyMatch(c -> c.base().equals(unit));
	}

	private static String base(String unit, Map<String, Plan.UnitConversion> units) {
		String current = unit;
		for (int guard = 0; guard < 10 && units.containsKey(current); guard++) {
			current = units.get(current).base();
		}
		return current;
	}
}
