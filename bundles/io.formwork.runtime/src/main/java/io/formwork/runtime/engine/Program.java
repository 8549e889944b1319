package io.formwork.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Value;
import io.formwork.runtime.compiled.Scaled;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;
import io.formwork.runtime.semantics.Semantics;

/**
 * A {@link Plan} prepared for the {@link Engine}, once per engine: every cell and claim of the plan has a slot
 * (its index in plan order; an address a rule names but the plan does not define gets a slot after them, never
 * bound), every expression is a tree of nodes whose references know their slot, every message is split into
 * its text (the labels of the instance already in it) and its placeholders. Evaluation reads a filing bound
 * into arrays by slot; what it computes is exactly what the expressions say (see {@link Semantics}).
 */
final class Program {

	final Instance[] instances;
	final int[] calculated;
	/** Each slot's scale in scaled-{@code long} form (0 for a slot the plan does not define). */
	final int[] scales;
	/** Each instance's status over scaled longs, or null when it has no such form ({@link ScaledCheck}). */
	final ScaledCheck[] fast;
	private final Node[] formulas;
	private final CellSpec[] specs;
	private final List<CellAddress> addresses = new ArrayList<>();
	private final Map<CellAddress, Integer> slots = new HashMap<>();
	private final int cells;

	Program(Plan plan) {
		for (CellAddress address : plan.cells().keySet()) {
			slot(address);
		}
		cells = addresses.size();
		specs = plan.cells().values().toArray(CellSpec[]::new);
		formulas = new Node[cells];
		List<Integer> withFormula = new ArrayList<>();
		for (int i = 0; i < cells; i++) {
			if (specs[i].formula() != null) {
				withFormula.add(i);
				formulas[i] = node(specs[i].formula());
			}
		}
		calculated = withFormula.stream().mapToInt(Integer::intValue).toArray();
		instances = plan.rules().stream().map(this::instance).toArray(Instance[]::new);
		scales = new int[addresses.size()];
		for (int i = 0; i < cells; i++) {
			scales[i] = Scaled.scale(specs[i]);
		}
		ScaledCheck.Slots resolve = new ScaledCheck.Slots() {
			@Override
			public int slot(Expr.Ref ref) {
				return slots.get(ref.address());
			}

			@Override
			public int scale(int slot) {
				return scales[slot];
			}
		};
		fast = new ScaledCheck[instances.length];
		for (int i = 0; i < instances.length; i++) {
			fast[i] = ScaledCheck.of(instances[i].rule, resolve);
		}
	}

	/** The number of cells and claims of the plan (the slots a filing can bind). */
	int cells() {
		return cells;
	}

	/** The number of slots a bound filing has. */
	int slots() {
		return addresses.size();
	}

	/** The slot of a cell or claim of the plan, or -1 when the plan does not define it. */
	int cellSlot(CellAddress address) {
		Integer slot = slots.get(address);
		return slot == null || slot >= cells ? -1 : slot;
	}

	CellSpec spec(int slot) {
		return specs[slot];
	}

	Node formula(int slot) {
		return formulas[slot];
	}

	CellAddress address(int slot) {
		return addresses.get(slot);
	}

	private int slot(CellAddress address) {
		Integer slot = slots.get(address);
		if (slot == null) {
			slot = addresses.size();
			addresses.add(address);
			slots.put(address, slot);
		}
		return slot;
	}

	// ------------------------------------------------------------------ rule instances

	static final int EQ = 0;
	static final int NE = 1;
	static final int LT = 2;
	static final int LE = 3;
	static final int GT = 4;
	static final int GE = 5;

	/** The code of a comparison, or -1 for one the engine does not know (it fails in {@link Semantics#holds}). */
	static int opCode(String op) {
		return switch (op) {
		case "=" -> EQ;
		case "<>" -> NE;
		case "<" -> LT;
		case "<=" -> LE;
		case ">" -> GT;
		case ">=" -> GE;
		default -> -1;
		};
	}

	/** One rule instance prepared: its nodes, and its messages split into text and placeholders. */
	static final class Instance {
		final RuleInstance rule;
		final Node condition;
		final Node assertion;
		/** True when the assertion is a comparison: then left, right and op are its parts. */
		final boolean compare;
		final Node left;
		final Node right;
		final String op;
		/** {@link #op} as one of {@link #EQ} … {@link #GE}. */
		final int opCode;
		final String[] operandCodes;
		final Node[] operandNodes;
		final Message messageZh;
		final Message messageEn;

		Instance(RuleInstance rule, Node condition, Node assertion, String[] operandCodes, Node[] operandNodes) {
			this.rule = rule;
			this.condition = condition;
			this.assertion = assertion;
			this.compare = rule.assertion() instanceof Expr.Compare;
			this.left = compare ? ((Compare) assertion).left : null;
			this.right = compare ? ((Compare) assertion).right : null;
			this.op = compare ? ((Compare) assertion).op : null;
			this.opCode = compare ? opCode(op) : -1;
			this.operandCodes = operandCodes;
			this.operandNodes = operandNodes;
			this.messageZh = Message.of(rule.messageZh(), rule.labelsZh());
			this.messageEn = Message.of(rule.messageEn() == null ? rule.messageZh() : rule.messageEn(), rule.labelsEn());
		}
	}

	private Instance instance(RuleInstance rule) {
		String[] codes = rule.operandsByCode().keySet().toArray(String[]::new);
		Node[] nodes = new Node[codes.length];
		for (int i = 0; i < codes.length; i++) {
			nodes[i] = node(rule.operandsByCode().get(codes[i]));
		}
		return new Instance(rule, rule.condition() == null ? null : node(rule.condition()), node(rule.assertion()), codes,
				nodes);
	}

	/**
	 * A message with its placeholders: parts are text, or the name of a value filled per finding. A placeholder
	 * the instance's labels name is text already; one neither labels nor values name stays as written (as
	 * {@link Semantics#fill} does).
	 */
	record Message(String[] texts, String[] keys) {

		static Message of(String message, Map<String, String> labels) {
			List<String> texts = new ArrayList<>();
			List<String> keys = new ArrayList<>();
			if (message == null) {
				return new Message(new String[] { "" }, new String[] { null });
			}
			StringBuilder text = new StringBuilder();
			int i = 0;
			while (i < message.length()) {
				int open = message.indexOf('{', i);
				int close = open < 0 ? -1 : message.indexOf('}', open);
				if (open < 0 || close < 0) {
					text.append(message, i, message.length());
					break;
				}
				text.append(message, i, open);
				String key = message.substring(open + 1, close);
				if (labels.containsKey(key)) {
					String label = labels.get(key);
					text.append(label == null ? message.substring(open, close + 1) : label);
				} else {
					texts.add(text.toString());
					keys.add(key);
					text.setLength(0);
				}
				i = close + 1;
			}
			texts.add(text.toString());
			keys.add(null);
			return new Message(texts.toArray(String[]::new), keys.toArray(String[]::new));
		}

		String fill(Placeholders values) {
			if (keys.length == 1) {
				return texts[0];
			}
			StringBuilder out = new StringBuilder(64);
			for (int i = 0; i < texts.length; i++) {
				out.append(texts[i]);
				String key = keys[i];
				if (key != null) {
					String value = values.get(key);
					if (value == null) {
						out.append('{').append(key).append('}');
					} else {
						out.append(value);
					}
				}
			}
			return out.toString();
		}
	}

	/** The values a finding's message may name: left, right, difference, tolerance, rule, value, sentence and operand codes. */
	static final class Placeholders {
		private final Instance instance;
		private final Eval evaluation;
		private final BigDecimal left;
		private final BigDecimal right;
		private final BigDecimal difference;
		private final BigDecimal tolerance;
		private final int shown;
		private final List<Operand> operands;

		Placeholders(Instance instance, Eval evaluation, BigDecimal left, BigDecimal right, BigDecimal difference,
				BigDecimal tolerance, int shown, List<Operand> operands) {
			this.operands = operands;
			this.instance = instance;
			this.evaluation = evaluation;
			this.left = left;
			this.right = right;
			this.difference = difference;
			this.tolerance = tolerance;
			this.shown = shown;
		}

		/** The first placeholders filled (the zh and the en message mostly name the same ones), without arrays. */
		private String key0;
		private String value0;
		private String key1;
		private String value1;
		private String key2;
		private String value2;

		/** The value of a placeholder, or null when nothing names it; the first three computed once per finding. */
		String get(String key) {
			if (key.equals(key0)) {
				return value0;
			}
			if (key.equals(key1)) {
				return value1;
			}
			if (key.equals(key2)) {
				return value2;
			}
			String value = compute(key);
			if (key0 == null) {
				key0 = key;
				value0 = value;
			} else if (key1 == null) {
				key1 = key;
				value1 = value;
			} else if (key2 == null) {
				key2 = key;
				value2 = value;
			}
			return value;
		}

		private String compute(String key) {
			String[] codes = instance.operandCodes;
			for (int i = 0; i < codes.length; i++) {
				if (codes[i].equals(key)) {
					String value = Semantics.show(evaluation.probe(instance.operandNodes[i], instance.rule.blankAsZero()),
							shown);
					return "value".equals(key) && value.isEmpty() ? Semantics.show(left, shown) : value;
				}
			}
			return switch (key) {
			case "left", "value" -> Semantics.show(left, shown);
			case "right" -> Semantics.show(right, shown);
			case "difference" -> Semantics.show(difference, shown);
			case "tolerance" -> Semantics.showTolerance(tolerance);
			case "rule" -> instance.rule.ruleId();
			case "sentence" -> Semantics.sentence(operands);
			default -> null;
			};
		}
	}

	// ------------------------------------------------------------------ evaluation state

	/**
	 * The figures of a filing (and of the previous period's, or null) by slot, and, while recording, the
	 * operands an instance reads (each once, in the order first read) and the most decimals among them.
	 */
	static final class Eval {
		private final Value[] current;
		private final Location[] currentLocations;
		private final Value[] previous;
		private final Location[] previousLocations;
		private final int[] seen;
		private int stamp;
		private int[] order = new int[16];
		private int count;
		private int maxDecimals;
		boolean blankAsZero;
		/** The rule's printed precision ({@code tolerance printed}), for comparisons below the top level; or null. */
		Precision.Mode printed;
		private boolean recording;

		/** {@code slots} is the number of slots to record operands for: 0 when nothing is recorded. */
		Eval(Value[] current, Location[] currentLocations, Value[] previous, Location[] previousLocations, int slots) {
			this.current = current;
			this.currentLocations = currentLocations;
			this.previous = previous;
			this.previousLocations = previousLocations;
			this.seen = new int[slots * 2];
		}

		/** Starts evaluating an instance. */
		void start(boolean blankAsZero, boolean recording) {
			this.blankAsZero = blankAsZero;
			this.printed = null;
			this.recording = recording;
			this.stamp++;
			this.count = 0;
			this.maxDecimals = 0;
		}

		int maxDecimals() {
			return maxDecimals;
		}

		/** True while the operands read are recorded (then every operand must be read). */
		boolean recording() {
			return recording;
		}

		/** The value a reference reads (blank when the filing leaves it empty), or null when there is no filing. */
		Value value(Ref ref) {
			Value[] values = ref.prior ? previous : current;
			if (values == null) {
				return null;
			}
			Value value = values[ref.slot];
			if (value == null) {
				value = Value.blank();
			}
			if (recording) {
				int key = ref.slot * 2 + (ref.prior ? 1 : 0);
				if (seen[key] != stamp) {
					seen[key] = stamp;
					if (count == order.length) {
						order = Arrays.copyOf(order, count * 2);
					}
					order[count++] = key;
				}
				if (!value.isBlank()) {
					maxDecimals = Math.max(maxDecimals, value.decimals());
				}
			}
			return value;
		}

		/** As {@link #value}, recording nothing. */
		Value peek(Ref ref) {
			Value[] values = ref.prior ? previous : current;
			if (values == null) {
				return null;
			}
			Value value = values[ref.slot];
			return value == null ? Value.blank() : value;
		}

		/** The number of an expression evaluated on its own (an operand a message names), recording nothing. */
		BigDecimal probe(Node node, boolean blankAsZero) {
			boolean wasRecording = recording;
			boolean wasBlankAsZero = this.blankAsZero;
			recording = false;
			this.blankAsZero = blankAsZero;
			try {
				return node.number(this);
			} finally {
				recording = wasRecording;
				this.blankAsZero = wasBlankAsZero;
			}
		}

		/** The operands recorded since {@link #start}, in the order first read. */
		List<Operand> operands(Program program) {
			Operand[] operands = new Operand[count];
			for (int i = 0; i < count; i++) {
				int slot = order[i] >> 1;
				boolean prior = (order[i] & 1) != 0;
				Value[] values = prior ? previous : current;
				Location[] locations = prior ? previousLocations : currentLocations;
				Value value = values[slot];
				operands[i] = new Operand(program.address(slot), value == null ? Value.blank() : value,
						locations == null ? null : locations[slot], prior);
			}
			return List.of(operands);
		}
	}

	// ------------------------------------------------------------------ nodes

	private Node node(Expr expr) {
		if (expr instanceof Expr.Num num) {
			return new Num(num);
		}
		if (expr instanceof Expr.Ref ref) {
			return new Ref(ref, slot(ref.address()));
		}
		if (expr instanceof Expr.Bool bool) {
			return new Bool(bool);
		}
		if (expr instanceof Expr.Negate negate) {
			return new Negate(negate, node(negate.operand()));
		}
		if (expr instanceof Expr.Arithmetic arithmetic) {
			return new Arithmetic(arithmetic, node(arithmetic.left()), node(arithmetic.right()));
		}
		if (expr instanceof Expr.Compare compare) {
			return new Compare(compare, node(compare.left()), node(compare.right()));
		}
		if (expr instanceof Expr.Logic logic) {
			return new Logic(logic, node(logic.left()), node(logic.right()));
		}
		if (expr instanceof Expr.Not not) {
			return new Not(not, node(not.operand()));
		}
		Expr.Call call = (Expr.Call) expr;
		Node[] args = call.args().stream().map(this::node).toArray(Node[]::new);
		return new Call(call, args);
	}

	/** An expression prepared for evaluation; {@code expr} is what it was made from (for messages of failures). */
	abstract static class Node {
		final Expr expr;

		Node(Expr expr) {
			this.expr = expr;
		}

		/** The number, or null when it cannot be computed (a blank operand, a division by zero). */
		BigDecimal number(Eval e) {
			throw new IllegalArgumentException("not a number: " + expr);
		}

		/** True, false, or null when it cannot be decided (a blank operand). */
		Boolean truth(Eval e) {
			throw new IllegalArgumentException("not a condition: " + expr);
		}
	}

	static final class Num extends Node {
		private final BigDecimal value;

		Num(Expr.Num num) {
			super(num);
			value = num.value();
		}

		@Override
		BigDecimal number(Eval e) {
			return value;
		}
	}

	static final class Ref extends Node {
		final int slot;
		final boolean prior;

		Ref(Expr.Ref ref, int slot) {
			super(ref);
			this.slot = slot;
			this.prior = ref.prior();
		}

		@Override
		BigDecimal number(Eval e) {
			Value value = e.value(this);
			if (value == null) {
				return null;
			}
			if (value.isBlank()) {
				return e.blankAsZero ? BigDecimal.ZERO : null;
			}
			return value.number();
		}
	}

	static final class Bool extends Node {
		private final Boolean value;

		Bool(Expr.Bool bool) {
			super(bool);
			value = bool.value();
		}

		@Override
		Boolean truth(Eval e) {
			return value;
		}
	}

	static final class Negate extends Node {
		private final Node operand;

		Negate(Expr.Negate negate, Node operand) {
			super(negate);
			this.operand = operand;
		}

		@Override
		BigDecimal number(Eval e) {
			BigDecimal value = operand.number(e);
			return value == null ? null : value.negate();
		}
	}

	static final class Arithmetic extends Node {
		private final char op;
		private final Node left;
		private final Node right;

		Arithmetic(Expr.Arithmetic arithmetic, Node left, Node right) {
			super(arithmetic);
			String op = arithmetic.op();
			this.op = "+".equals(op) || "-".equals(op) || "*".equals(op) ? op.charAt(0) : '/';
			this.left = left;
			this.right = right;
		}

		@Override
		BigDecimal number(Eval e) {
			BigDecimal l = left.number(e);
			BigDecimal r = right.number(e);
			return switch (op) {
			case '+' -> Semantics.add(l, r);
			case '-' -> Semantics.subtract(l, r);
			case '*' -> Semantics.multiply(l, r);
			default -> Semantics.divide(l, r);
			};
		}
	}

	static final class Compare extends Node {
		final String op;
		private final int code;
		final Node left;
		final Node right;

		Compare(Expr.Compare compare, Node left, Node right) {
			super(compare);
			this.op = compare.op();
			this.code = opCode(op);
			this.left = left;
			this.right = right;
		}

		@Override
		Boolean truth(Eval e) {
			BigDecimal l = left.number(e);
			BigDecimal r = right.number(e);
			if (l == null || r == null) {
				return null;
			}
			if (e.printed != null && (left instanceof Ref || right instanceof Ref)) {
				return Semantics.comparePrinted(op, l, r, left instanceof Ref ref ? e.peek(ref) : null,
						right instanceof Ref ref ? e.peek(ref) : null, e.printed);
			}
			return code < 0 ? Semantics.holds(op, l, r, BigDecimal.ZERO) : Engine.exactly(code, l, r);
		}
	}

	static final class Logic extends Node {
		private final boolean and;
		private final Node left;
		private final Node right;

		Logic(Expr.Logic logic, Node left, Node right) {
			super(logic);
			this.and = "and".equals(logic.op());
			this.left = left;
			this.right = right;
		}

		@Override
		Boolean truth(Eval e) {
			Boolean l = left.truth(e);
			Boolean r = right.truth(e);
			return and ? Semantics.and(l, r) : Semantics.or(l, r);
		}
	}

	static final class Not extends Node {
		private final Node operand;

		Not(Expr.Not not, Node operand) {
			super(not);
			this.operand = operand;
		}

		@Override
		Boolean truth(Eval e) {
			Boolean value = operand.truth(e);
			return value == null ? null : !value;
		}
	}

	static final class Call extends Node {
		private final String function;
		private final boolean present;
		private final boolean sum;
		private final Node[] args;

		Call(Expr.Call call, Node[] args) {
			super(call);
			this.function = call.function();
			this.present = "present".equals(function);
			this.sum = "sum".equals(function);
			this.args = args;
		}

		@Override
		BigDecimal number(Eval e) {
			if (present) {
				throw new IllegalArgumentException("not a numeric function: present");
			}
			if (sum) {
				// Semantics.sum, without an array of the arguments; every argument is read while operands are
				// recorded, as the engine always did
				BigDecimal total = BigDecimal.ZERO;
				for (Node arg : args) {
					BigDecimal value = arg.number(e);
					if (value == null) {
						total = null;
						if (!e.recording()) {
							return null;
						}
					} else if (total != null) {
						total = total.add(value);
					}
				}
				return total;
			}
			BigDecimal[] values = new BigDecimal[args.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = args[i].number(e);
			}
			return Semantics.call(function, values);
		}

		@Override
		Boolean truth(Eval e) {
			if (!present) {
				return super.truth(e);
			}
			Node arg = args[0];
			if (arg instanceof Ref ref) {
				Value value = e.value(ref);
				return value != null && !value.isBlank();
			}
			return arg.number(e) != null;
		}
	}
}
