package io.formwork.runtime.plan;

import java.math.BigDecimal;
import java.util.List;

import io.formwork.runtime.CellAddress;

/**
 * A compiled expression of a rule instance: every cell reference is a concrete address, every 'for each'
 * already expanded. Evaluated by {@link io.formwork.runtime.engine.Evaluator}; printed back as the rule
 * reads ({@link #toString()}) for "explain".
 */
public sealed interface Expr {

	/** A number written in the template. */
	record Num(BigDecimal value) implements Expr {
		@Override
		public String toString() {
			return value.toPlainString();
		}
	}

	/** A figure of the filing (or of the previous period's filing). {@code text} is how the rule names it. */
	record Ref(CellAddress address, boolean prior, String text) implements Expr {
		@Override
		public String toString() {
			return (prior ? "prior " : "") + address;
		}
	}

	/** A constant truth value ('signed' in a 'for each cell' rule). */
	record Bool(boolean value) implements Expr {
		@Override
		public String toString() {
			return Boolean.toString(value);
		}
	}

	record Negate(Expr operand) implements Expr {
		@Override
		public String toString() {
			return "-" + operand;
		}
	}

	/** + - * / */
	record Arithmetic(String op, Expr left, Expr right) implements Expr {
		@Override
		public String toString() {
			return "(" + left + " " + op + " " + right + ")";
		}
	}

	/** = <> < <= > >= */
	record Compare(String op, Expr left, Expr right) implements Expr {
		@Override
		public String toString() {
			return left + " " + op + " " + right;
		}
	}

	/** and, or */
	record Logic(String op, Expr left, Expr right) implements Expr {
		@Override
		public String toString() {
			return "(" + left + " " + op + " " + right + ")";
		}
	}

	record Not(Expr operand) implements Expr {
		@Override
		public String toString() {
			return "not " + operand;
		}
	}

	/** sum, min, max, abs, round, percent, present; ranges and headings are already expanded into arguments. */
	record Call(String function, List<Expr> args) implements Expr {
		public Call {
			args = List.copyOf(args);
		}

		@Override
		public String toString() {
			return function + args.toString().replace('[', '(').replace(']', ')');
		}
	}
}
