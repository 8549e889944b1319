package io.formwork.runtime.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.formwork.runtime.compiled.Scaled;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.RuleInstance;

/**
 * The status of one rule instance over scaled {@code long}s, prepared once per engine: what the generated
 * validators' {@code check} does, interpreted. Every numeric side the rule compares is linear in the figures
 * (sums, differences, negations, products with a constant), so a comparison {@code left op right} becomes
 * {@code Σ coefficient·figure + constant op tolerance} over the figures' scaled forms at one scale, computed
 * with {@link Math#addExact} and its kin. When a figure does not fit its scaled form, an operation overflows, or
 * a condition cannot be decided, it answers {@link #FALLBACK} and the engine evaluates the instance exactly; the
 * status is the same either way (the arithmetic is exact whenever it does not overflow).
 */
final class ScaledCheck {

	/** Not decided here: evaluate the instance exactly. */
	static final byte FALLBACK = -1;

	/** A slot's figure has an exact scaled form. */
	static final byte EXACT = 0;
	/** A slot's figure is blank or not reported (its scaled form is 0). */
	static final byte BLANK = 1;
	/** A slot's figure is stated but has no scaled form at the slot's scale (too many digits or decimals). */
	static final byte INEXACT = 2;
	/** The mask bit of a reference to the previous period when there is no previous filing. */
	static final int MISSING = 4;

	private final boolean blankAsZero;
	private final Truth condition;
	/** The comparison {@code diff op tolerance} (when {@link #assertion} is null). */
	private final Linear diff;
	private final int op;
	private final long tolerance;
	private final Truth assertion;

	/**
	 * True for the common shape, an unconditional comparison of this period's figures with coefficients ±1
	 * ({@code a + b = c}, {@code x >= 0}): then {@link #terms} holds the slots, those added first.
	 */
	private final boolean simple;
	private final int[] terms;
	private final int added;
	private final long constant;

	private ScaledCheck(boolean blankAsZero, Truth condition, Linear diff, int op, long tolerance, Truth assertion) {
		this.blankAsZero = blankAsZero;
		this.condition = condition;
		this.diff = diff;
		this.op = op;
		this.tolerance = tolerance;
		this.assertion = assertion;
		this.simple = condition == null && assertion == null && diff.other.length == 0 && diff.prior.length == 0;
		if (simple) {
			terms = Arrays.copyOf(diff.plus, diff.plus.length + diff.minus.length);
			System.arraycopy(diff.minus, 0, terms, diff.plus.length, diff.minus.length);
			added = diff.plus.length;
			constant = diff.constant;
		} else {
			terms = null;
			added = 0;
			constant = 0;
		}
	}

	/** The status: {@link Statuses#NONE}, PASS, FAIL, NOT_ASSESSABLE, or {@link #FALLBACK}. */
	byte status(Figures c, Figures p) {
		if (!simple) {
			return general(c, p);
		}
		byte[] state = c.state;
		long[] v = c.unscaled;
		int[] t = terms;
		int mask = 0;
		long total = constant;
		try {
			int i = 0;
			for (; i < added; i++) {
				int s = t[i];
				mask |= state[s];
				total = Math.addExact(total, v[s]);
			}
			for (; i < t.length; i++) {
				int s = t[i];
				mask |= state[s];
				total = Math.subtractExact(total, v[s]);
			}
			if (mask != EXACT) {
				if ((mask & BLANK) != 0 && !blankAsZero) {
					return Statuses.NOT_ASSESSABLE;
				}
				if ((mask & INEXACT) != 0) {
					return FALLBACK;
				}
			}
			return holds(op, total, tolerance) ? Statuses.PASS : Statuses.FAIL;
		} catch (ArithmeticException overflow) {
			return FALLBACK;
		}
	}

	/** {@link #status} of any other shape. */
	private byte general(Figures c, Figures p) {
		if (condition != null) {
			int applies = condition.truth(c, p, blankAsZero);
			if (applies < 0) {
				return FALLBACK;
			}
			if (applies == 0) {
				return Statuses.NONE;
			}
		}
		if (assertion != null) {
			int holds = assertion.truth(c, p, blankAsZero);
			return holds < 0 ? FALLBACK : holds == 1 ? Statuses.PASS : Statuses.FAIL;
		}
		// one pass over the figures read: their states or'ed, their scaled sum (blank and inexact figures count 0;
		// the sum is used only when every figure read is exact, or blank counting as 0)
		Linear d = diff;
		byte[] state = c.state;
		long[] v = c.unscaled;
		int mask = 0;
		long total = d.constant;
		try {
			for (int s : d.plus) {
				mask |= state[s];
				total = Math.addExact(total, v[s]);
			}
			for (int s : d.minus) {
				mask |= state[s];
				total = Math.subtractExact(total, v[s]);
			}
			int[] other = d.other;
			for (int i = 0; i < other.length; i++) {
				int s = other[i];
				mask |= state[s];
				total = Math.addExact(total, Math.multiplyExact(d.otherCoefficients[i], v[s]));
			}
			int[] prior = d.prior;
			if (prior.length > 0) {
				if (p == null) {
					mask |= MISSING;
				} else {
					for (int i = 0; i < prior.length; i++) {
						int s = prior[i];
						mask |= p.state[s];
						total = Math.addExact(total, Math.multiplyExact(d.priorCoefficients[i], p.unscaled[s]));
					}
				}
			}
			if (mask != EXACT) {
				// a side reads a figure the filing leaves blank, or the previous period without a previous filing:
				// that side cannot be computed (as exactly: null propagates through every linear operation)
				if ((mask & MISSING) != 0 || (mask & BLANK) != 0 && !blankAsZero) {
					return Statuses.NOT_ASSESSABLE;
				}
				if ((mask & INEXACT) != 0) {
					return FALLBACK;
				}
			}
			return holds(op, total, tolerance) ? Statuses.PASS : Statuses.FAIL;
		} catch (ArithmeticException overflow) {
			// exact decimals decide (a blank figure read makes it not assessable there too)
			return FALLBACK;
		}
	}

	/** {@link Semantics#holds} on the scaled difference left − right. */
	static boolean holds(int op, long difference, long tolerance) {
		return switch (op) {
		case Program.EQ -> Math.absExact(difference) <= tolerance;
		case Program.NE -> Math.absExact(difference) > tolerance;
		case Program.LT -> difference < tolerance;
		case Program.LE -> difference <= tolerance;
		case Program.GT -> Math.negateExact(difference) < tolerance;
		default -> Math.negateExact(difference) <= tolerance;
		};
	}

	// ------------------------------------------------------------------ preparing

	/** Resolves a reference to its slot and gives each slot's scale. */
	interface Slots {
		int slot(Expr.Ref ref);

		int scale(int slot);
	}

	/** The fast form of a rule instance, or null when it has none (division, functions, printed precision...). */
	static ScaledCheck of(RuleInstance rule, Slots slots) {
		Truth condition = null;
		if (rule.condition() != null) {
			condition = truth(rule.condition(), slots);
			if (condition == null) {
				return null;
			}
			if (condition instanceof Constant constant && constant.value == 1) {
				condition = null;
			}
		}
		if (rule.assertion() instanceof Expr.Compare compare) {
			int op = Program.opCode(compare.op());
			if (rule.printed() != null || op < 0) {
				return null;
			}
			BigDecimal tolerance = rule.tolerance() == null ? BigDecimal.ZERO : rule.tolerance();
			Form left = form(compare.left());
			Form right = form(compare.right());
			if (left == null || right == null) {
				return null;
			}
			Linear diff = Linear.of(left.minus(right), tolerance, slots);
			if (diff == null) {
				return null;
			}
			long t = diff.atScale(tolerance);
			return t == Long.MIN_VALUE ? null : new ScaledCheck(rule.blankAsZero(), condition, diff, op, t, null);
		}
		Truth assertion = truth(rule.assertion(), slots);
		return assertion == null ? null : new ScaledCheck(rule.blankAsZero(), condition, null, 0, 0, assertion);
	}

	/** A linear form: Σ coefficient·reference + constant, exact decimals. */
	record Form(List<Expr.Ref> refs, List<BigDecimal> coefficients, BigDecimal constant) {

		Form scaled(BigDecimal factor) {
			return new Form(refs, coefficients.stream().map(factor::multiply).toList(), constant.multiply(factor));
		}

		Form plus(Form other) {
			List<Expr.Ref> r = new ArrayList<>(refs);
			r.addAll(other.refs);
			List<BigDecimal> c = new ArrayList<>(coefficients);
			c.addAll(other.coefficients);
			return new Form(r, c, constant.add(other.constant));
		}

		Form minus(Form other) {
			return plus(other.scaled(BigDecimal.ONE.negate()));
		}
	}

	/** The linear form of a numeric expression, or null when it is not linear (or not numeric). */
	static Form form(Expr expr) {
		if (expr instanceof Expr.Num num) {
			return new Form(List.of(), List.of(), num.value());
		}
		if (expr instanceof Expr.Ref ref) {
			return new Form(List.of(ref), List.of(BigDecimal.ONE), BigDecimal.ZERO);
		}
		if (expr instanceof Expr.Negate negate) {
			Form operand = form(negate.operand());
			return operand == null ? null : operand.scaled(BigDecimal.ONE.negate());
		}
		if (expr instanceof Expr.Arithmetic arithmetic) {
			Form left = form(arithmetic.left());
			Form right = form(arithmetic.right());
			if (left == null || right == null) {
				return null;
			}
			return switch (arithmetic.op()) {
			case "+" -> left.plus(right);
			case "-" -> left.minus(right);
			// a product with a constant; the references of the constant side stay (none) so blanks still count
			case "*" -> left.refs.isEmpty() ? right.scaled(left.constant)
					: right.refs.isEmpty() ? left.scaled(right.constant) : null;
			default -> null;
			};
		}
		if (expr instanceof Expr.Call call && "sum".equals(call.function())) {
			Form total = new Form(List.of(), List.of(), BigDecimal.ZERO);
			for (Expr arg : call.args()) {
				Form form = form(arg);
				if (form == null) {
					return null;
				}
				total = total.plus(form);
			}
			return total;
		}
		return null;
	}

	/** A condition or an assertion that is not a comparison, over the same figures. */
	static Truth truth(Expr expr, Slots slots) {
		if (expr instanceof Expr.Bool bool) {
			return new Constant(bool.value() ? 1 : 0);
		}
		if (expr instanceof Expr.Not not) {
			Truth operand = truth(not.operand(), slots);
			if (operand instanceof Constant constant) {
				return new Constant(1 - constant.value);
			}
			return operand == null ? null : new Not(operand);
		}
		if (expr instanceof Expr.Logic logic) {
			Truth left = truth(logic.left(), slots);
			Truth right = truth(logic.right(), slots);
			if (left == null || right == null) {
				return null;
			}
			boolean and = "and".equals(logic.op());
			if (left instanceof Constant l && right instanceof Constant r) {
				return new Constant(and ? l.value & r.value : l.value | r.value);
			}
			return new Logic(and, left, right);
		}
		if (expr instanceof Expr.Compare compare) {
			int op = Program.opCode(compare.op());
			Form left = form(compare.left());
			Form right = form(compare.right());
			if (op < 0 || left == null || right == null) {
				return null;
			}
			Linear diff = Linear.of(left.minus(right), BigDecimal.ZERO, slots);
			return diff == null ? null : new Comparison(diff, op);
		}
		if (expr instanceof Expr.Call call && "present".equals(call.function()) && call.args().size() == 1) {
			Expr arg = call.args().get(0);
			if (arg instanceof Expr.Ref ref) {
				return new PresentRef(slots.slot(ref), ref.prior());
			}
			Form form = form(arg);
			if (form == null) {
				return null;
			}
			Linear linear = Linear.of(form, BigDecimal.ZERO, slots);
			return linear == null ? null : new Present(linear);
		}
		return null;
	}

	// ------------------------------------------------------------------ linear forms over slots

	/**
	 * Σ coefficient·figure + constant over scaled figures, at one scale: the terms of coefficient 1 and −1 apart
	 * (most are), the others with their coefficient; the previous period's terms apart.
	 */
	static final class Linear {
		final int scale;
		final int[] plus;
		final int[] minus;
		final int[] other;
		final long[] otherCoefficients;
		final int[] prior;
		final long[] priorCoefficients;
		final long constant;

		private Linear(int scale, int[] plus, int[] minus, int[] other, long[] otherCoefficients, int[] prior,
				long[] priorCoefficients, long constant) {
			this.scale = scale;
			this.plus = plus;
			this.minus = minus;
			this.other = other;
			this.otherCoefficients = otherCoefficients;
			this.prior = prior;
			this.priorCoefficients = priorCoefficients;
			this.constant = constant;
		}

		/** At the least scale holding every term, the constant and {@code tolerance} exactly; null when none fits. */
		static Linear of(Form form, BigDecimal tolerance, Slots slots) {
			int n = form.refs().size();
			int[] slot = new int[n];
			int scale = Math.max(decimals(form.constant()), decimals(tolerance));
			for (int i = 0; i < n; i++) {
				slot[i] = slots.slot(form.refs().get(i));
				scale = Math.max(scale, slots.scale(slot[i]) + decimals(form.coefficients().get(i)));
			}
			if (scale > Scaled.MAX_SCALE) {
				return null;
			}
			IntList plus = new IntList();
			IntList minus = new IntList();
			IntList other = new IntList();
			List<Long> otherCoefficients = new ArrayList<>();
			IntList prior = new IntList();
			List<Long> priorCoefficients = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				long coefficient = whole(form.coefficients().get(i).movePointRight(scale - slots.scale(slot[i])));
				if (coefficient == Long.MIN_VALUE) {
					return null;
				}
				if (form.refs().get(i).prior()) {
					prior.add(slot[i]);
					priorCoefficients.add(coefficient);
				} else if (coefficient == 1) {
					plus.add(slot[i]);
				} else if (coefficient == -1) {
					minus.add(slot[i]);
				} else {
					other.add(slot[i]);
					otherCoefficients.add(coefficient);
				}
			}
			long constant = whole(form.constant().movePointRight(scale));
			if (constant == Long.MIN_VALUE) {
				return null;
			}
			return new Linear(scale, plus.toArray(), minus.toArray(), other.toArray(),
					otherCoefficients.stream().mapToLong(Long::longValue).toArray(), prior.toArray(),
					priorCoefficients.stream().mapToLong(Long::longValue).toArray(), constant);
		}

		/** A number at this form's scale, or {@link Long#MIN_VALUE} when it does not fit. */
		long atScale(BigDecimal number) {
			return whole(number.movePointRight(scale));
		}

		/** The states of the figures read, or'ed; {@link ScaledCheck#MISSING} for the previous period without a filing. */
		int mask(Figures c, Figures p) {
			byte[] state = c.state;
			int mask = 0;
			for (int s : plus) {
				mask |= state[s];
			}
			for (int s : minus) {
				mask |= state[s];
			}
			for (int s : other) {
				mask |= state[s];
			}
			if (prior.length > 0) {
				if (p == null) {
					mask |= MISSING;
				} else {
					for (int s : prior) {
						mask |= p.state[s];
					}
				}
			}
			return mask;
		}

		/** The value, scaled (blank figures count 0). @throws ArithmeticException on overflow */
		long value(Figures c, Figures p) {
			long[] v = c.unscaled;
			long total = constant;
			for (int s : plus) {
				total = Math.addExact(total, v[s]);
			}
			for (int s : minus) {
				total = Math.subtractExact(total, v[s]);
			}
			for (int i = 0; i < other.length; i++) {
				total = Math.addExact(total, Math.multiplyExact(otherCoefficients[i], v[other[i]]));
			}
			for (int i = 0; i < prior.length; i++) {
				total = Math.addExact(total, Math.multiplyExact(priorCoefficients[i], p.unscaled[prior[i]]));
			}
			return total;
		}
	}

	/** The decimals a number needs (0 for a whole number). */
	private static int decimals(BigDecimal number) {
		return number.signum() == 0 ? 0 : Math.max(0, number.stripTrailingZeros().scale());
	}

	/** A whole number as a {@code long} when it is one and fits in 62 bits; else {@link Long#MIN_VALUE}. */
	private static long whole(BigDecimal number) {
		BigInteger whole;
		try {
			whole = number.toBigIntegerExact();
		} catch (ArithmeticException notWhole) {
			return Long.MIN_VALUE;
		}
		return whole.bitLength() > 62 ? Long.MIN_VALUE : whole.longValueExact();
	}

	private static final class IntList {
		private int[] items = new int[8];
		private int size;

		void add(int item) {
			if (size == items.length) {
				items = Arrays.copyOf(items, size * 2);
			}
			items[size++] = item;
		}

		int[] toArray() {
			return Arrays.copyOf(items, size);
		}
	}

	// ------------------------------------------------------------------ truth over slots

	/** 1 true, 0 false, −1 not decided here (an unknown operand, a figure without scaled form, an overflow). */
	abstract static class Truth {
		abstract int truth(Figures c, Figures p, boolean blankAsZero);
	}

	static final class Constant extends Truth {
		private final int value;

		Constant(int value) {
			this.value = value;
		}

		@Override
		int truth(Figures c, Figures p, boolean blankAsZero) {
			return value;
		}
	}

	static final class Not extends Truth {
		private final Truth operand;

		Not(Truth operand) {
			this.operand = operand;
		}

		@Override
		int truth(Figures c, Figures p, boolean blankAsZero) {
			int value = operand.truth(c, p, blankAsZero);
			return value < 0 ? value : 1 - value;
		}
	}

	static final class Logic extends Truth {
		private final boolean and;
		private final Truth left;
		private final Truth right;

		Logic(boolean and, Truth left, Truth right) {
			this.and = and;
			this.left = left;
			this.right = right;
		}

		@Override
		int truth(Figures c, Figures p, boolean blankAsZero) {
			int l = left.truth(c, p, blankAsZero);
			if (l < 0) {
				return l;
			}
			int r = right.truth(c, p, blankAsZero);
			if (r < 0) {
				return r;
			}
			return and ? l & r : l | r;
		}
	}

	/** An exact comparison inside a condition: undecided here when a side cannot be computed. */
	static final class Comparison extends Truth {
		private final Linear diff;
		private final int op;

		Comparison(Linear diff, int op) {
			this.diff = diff;
			this.op = op;
		}

		@Override
		int truth(Figures c, Figures p, boolean blankAsZero) {
			int mask = diff.mask(c, p);
			if (mask != EXACT && (mask != BLANK || !blankAsZero)) {
				return -1;
			}
			try {
				return holds(op, diff.value(c, p), 0) ? 1 : 0;
			} catch (ArithmeticException overflow) {
				return -1;
			}
		}
	}

	/** present(reference): the filing states the figure. */
	static final class PresentRef extends Truth {
		private final int slot;
		private final boolean prior;

		PresentRef(int slot, boolean prior) {
			this.slot = slot;
			this.prior = prior;
		}

		@Override
		int truth(Figures c, Figures p, boolean blankAsZero) {
			Figures figures = prior ? p : c;
			return figures != null && figures.state[slot] != BLANK ? 1 : 0;
		}
	}

	/** present(expression): the expression can be computed (no blank it reads, unless blank counts as 0). */
	static final class Present extends Truth {
		private final Linear form;

		Present(Linear form) {
			this.form = form;
		}

		@Override
		int truth(Figures c, Figures p, boolean blankAsZero) {
			int mask = form.mask(c, p);
			return (mask & MISSING) != 0 || (mask & BLANK) != 0 && !blankAsZero ? 0 : 1;
		}
	}
}
