package io.formwork.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Validator;
import io.formwork.runtime.Value;
import io.formwork.runtime.compiled.Layout;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.compiled.TypedFiling;
import io.formwork.runtime.engine.Program.Eval;
import io.formwork.runtime.engine.Program.Instance;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;
import io.formwork.runtime.semantics.Semantics;

/**
 * Evaluates a compiled {@link Plan} on filings. Semantics: calculated cells are filled before checks; a
 * rule touching a blank or missing figure is not assessable unless it says blank means 0; comparisons are
 * exact unless the rule gives a tolerance, absolute or from the printed precision of the stated figure.
 * <p>
 * The plan is prepared once, when the engine is made ({@link Program}): every cell gets a slot, every
 * reference of every rule instance is resolved to its slot, messages are split into their text and their
 * placeholders; a filing is bound into arrays, so that evaluating reads arrays, not hash maps.
 * {@link #check} gives only the statuses, without findings, as the generated validators' {@code check} does.
 */
public final class Engine implements Validator {

	public static final String UNKNOWN_CELL = ProblemCodes.UNKNOWN_CELL;
	public static final String WRONG_TEMPLATE = ProblemCodes.WRONG_TEMPLATE;
	public static final String UNIT_MISMATCH = ProblemCodes.UNIT_MISMATCH;
	public static final String PRIOR_PERIOD = ProblemCodes.PRIOR_PERIOD;

	private final Plan plan;
	private final Program program;
	/** Per instance: of error severity (its failure counts in {@code check}'s result). */
	private final boolean[] errorSeverity;
	private volatile Layout layout;
	/** The last layout {@link #compatible} accepted and whether its scales are the engine's. */
	private volatile Object[] lastLayout;

	public Engine(Plan plan) {
		this.plan = plan;
		this.program = new Program(plan);
		this.errorSeverity = new boolean[program.instances.length];
		for (int i = 0; i < errorSeverity.length; i++) {
			errorSeverity[i] = program.instances[i].rule.severity() == Severity.ERROR;
		}
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
		problems.addAll(Semantics.templateProblems(filing, plan.templateId(), plan.year()));
		problems.addAll(Semantics.priorProblems(filing, prior));
		Figures current = completed(figures(filing, problems, false), true);
		Figures previous = prior == null ? null : figures(prior, null, false);
		List<Finding> findings = new ArrayList<>(program.instances.length);
		Eval evaluation = new Eval(current.values(), current.locations(), previous == null ? null : previous.values(),
				previous == null ? null : previous.locations(), program.slots());
		for (Instance instance : program.instances) {
			Finding finding = evaluate(instance, evaluation);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return new ValidationResult(filing, problems, findings);
	}

	/**
	 * As {@link #validate(Filing, Filing)}, the findings built only for the instances a user reads: those that fail
	 * or are not assessable, in plan order; the passes are only counted ({@link ValidationResult#passed()}). The
	 * statuses come from {@link #check}'s fast evaluation first; a finding is made exactly, as
	 * {@code validate} makes it, for each instance that did not pass, so the findings are those of {@code validate}
	 * without its passes.
	 */
	public ValidationResult validateNonPassing(Filing filing, Filing prior) {
		List<Problem> problems = new ArrayList<>(filing.problems());
		problems.addAll(Semantics.templateProblems(filing, plan.templateId(), plan.year()));
		problems.addAll(Semantics.priorProblems(filing, prior));
		Figures current = completed(figures(filing, problems, true), true);
		Figures previous = prior == null ? null : figures(prior, null, true);
		return nonPassing(filing, problems, current, previous);
	}

	/**
	 * As {@link #validateNonPassing(Filing, Filing)} for a typed filing of this engine's {@link #layout()} (as
	 * {@code JsonFilingReader.readInto} fills one) and its previous period's (or null): {@code read} are the problems
	 * reading it found ({@code readInto}'s result). The result's filing holds the typed filing's metadata, no facts.
	 */
	public ValidationResult validateNonPassing(TypedFiling filing, List<Problem> read, TypedFiling prior) {
		Filing about = new Filing(filing.source()).template(filing.template()).year(filing.year()).body(filing.body());
		List<Problem> problems = new ArrayList<>(read);
		problems.addAll(Semantics.templateProblems(about, plan.templateId(), plan.year()));
		if (prior != null) {
			problems.addAll(Semantics.priorProblems(about,
					new Filing(prior.source()).template(prior.template()).year(prior.year()).body(prior.body())));
		}
		problems.addAll(filing.bindingProblems());
		Figures current = completed(figures(filing), true);
		Figures previous = prior == null ? null : figures(prior);
		return nonPassing(about, problems, current, previous);
	}

	private ValidationResult nonPassing(Filing filing, List<Problem> problems, Figures current, Figures previous) {
		Instance[] instances = program.instances;
		byte[] statuses = new byte[instances.length];
		check(current, previous, statuses);
		List<Finding> findings = new ArrayList<>();
		int passed = 0;
		Eval evaluation = null;
		for (int i = 0; i < instances.length; i++) {
			byte status = statuses[i];
			if (status == Statuses.PASS) {
				passed++;
			} else if (status != Statuses.NONE) {
				if (evaluation == null) {
					evaluation = new Eval(current.values(), current.locations(), previous == null ? null : previous.values(),
							previous == null ? null : previous.locations(), program.slots());
				}
				Finding finding = evaluate(instances[i], evaluation);
				if (finding != null && finding.status() == Status.PASS) {
					passed++;
				} else if (finding != null) {
					findings.add(finding);
				}
			}
		}
		return new ValidationResult(filing, problems, findings, passed);
	}

	/**
	 * The status of every rule instance, in plan order, without findings: {@code statuses[i]} is
	 * {@link Statuses#NONE} (its condition does not apply), {@link Statuses#PASS}, {@link Statuses#FAIL} or
	 * {@link Statuses#NOT_ASSESSABLE}, as the findings of {@link #validate(Filing, Filing)} say. Binds both
	 * filings first; {@link #bind(Filing)} once and {@link #check(BoundFiling, BoundFiling, byte[])} when a
	 * filing is checked more than once.
	 *
	 * @param statuses at least as long as the plan has rule instances
	 * @return the number of instances of error severity that fail
	 */
	public int check(Filing filing, Filing prior, byte[] statuses) {
		return check(completed(figures(filing, null, true), true), prior == null ? null : figures(prior, null, true),
				statuses);
	}

	/**
	 * As {@link #check(Filing, Filing, byte[])}, on filings bound beforehand by this engine ({@link #bind});
	 * {@code prior} is the previous period's, or null. Reads arrays only: most instances are decided over scaled
	 * {@code long}s ({@link ScaledCheck}), the rest (and any whose figures do not fit or overflow) exactly, with the
	 * same result.
	 */
	public int check(BoundFiling filing, BoundFiling prior, byte[] statuses) {
		if (filing.program != program || prior != null && prior.program != program) {
			throw new IllegalArgumentException("a filing bound by another engine");
		}
		return check(filing.completed, prior == null ? null : prior.stated, statuses);
	}

	/**
	 * As {@link #check(Filing, Filing, byte[])}, on typed filings of this engine's {@link #layout()} (or of any
	 * layout with the same cells in the same order, such as the typed filing class generated from the same
	 * template): their figures and scaled forms are read through {@link TypedFiling}'s accessors.
	 */
	public int check(TypedFiling filing, TypedFiling prior, byte[] statuses) {
		return check(completed(figures(filing), true), prior == null ? null : figures(prior), statuses);
	}

	/**
	 * A filing bound to this engine's slots, to be checked with {@link #check(BoundFiling, BoundFiling, byte[])}
	 * (as this period's or as the previous period's). Facts for cells the template lacks or in units it cannot
	 * convert are left out (as {@code check} leaves them out; {@link #validate} reports them).
	 */
	public BoundFiling bind(Filing filing) {
		Figures stated = figures(filing, null, true);
		return new BoundFiling(program, stated, completed(stated, false));
	}

	/** A typed filing of this engine's {@link #layout()} (or the same cells in the same order) bound to its slots. */
	public BoundFiling bind(TypedFiling filing) {
		Figures stated = figures(filing);
		return new BoundFiling(program, stated, completed(stated, false));
	}

	/**
	 * The cells and claims of the plan in this engine's slot order (the plan's order), with their units, the scales
	 * of their scaled-{@code long} forms and the plan's unit conversions: the layout of the typed filings
	 * {@link #check(TypedFiling, TypedFiling, byte[])} reads. Built once, by one thread: two threads asking first at
	 * once must get the same layout, or {@link #compatible}'s memory of the last one thrashes between the two (every
	 * filing's cells compared again: 3 % of the command line's CPU on the benchmark set, issue 14).
	 */
	public Layout layout() {
		Layout made = layout;
		if (made != null) {
			return made;
		}
		synchronized (this) {
			made = layout;
			if (made != null) {
				return made;
			}
			int n = program.cells();
			String[][] cells = new String[n][];
			String[] units = new String[n];
			for (int i = 0; i < n; i++) {
				CellAddress address = program.address(i);
				cells[i] = new String[] { address.table(), address.row(), address.column() };
				units[i] = program.spec(i).unit();
			}
			String[][] conversions = plan.units().values().stream()
					.map(c -> new String[] { c.unit(), c.factor().toString(), c.base() }).toArray(String[][]::new);
			made = new Layout(plan.templateId(), plan.year(), cells, units,
					Arrays.copyOf(program.scales, n), conversions);
			layout = made;
			return made;
		}
	}

	/** The finding of one rule on one filing, with every operand: what "explain" shows. */
	public List<Finding> explain(String ruleId, Filing filing, Filing prior) {
		Figures current = completed(figures(filing, null, false), true);
		Figures previous = prior == null ? null : figures(prior, null, false);
		Eval evaluation = new Eval(current.values(), current.locations(), previous == null ? null : previous.values(),
				previous == null ? null : previous.locations(), program.slots());
		List<Finding> result = new ArrayList<>();
		for (Instance instance : program.instances) {
			if (instance.rule.ruleId().equals(ruleId)) {
				Finding finding = evaluate(instance, evaluation);
				if (finding != null) {
					result.add(finding);
				}
			}
		}
		return result;
	}

	private int check(Figures current, Figures previous, byte[] statuses) {
		Instance[] instances = program.instances;
		if (statuses.length < instances.length) {
			throw new IllegalArgumentException("statuses: " + instances.length + " needed");
		}
		ScaledCheck[] fast = program.fast;
		boolean[] error = errorSeverity;
		Eval evaluation = null;
		int errors = 0;
		for (int i = 0; i < instances.length; i++) {
			ScaledCheck f = fast[i];
			byte status = f == null ? ScaledCheck.FALLBACK : f.status(current, previous);
			if (status == ScaledCheck.FALLBACK) {
				if (evaluation == null) {
					evaluation = new Eval(current.values(), null, previous == null ? null : previous.values(), null, 0);
				}
				status = status(instances[i], evaluation);
			}
			statuses[i] = status;
			if (status == Statuses.FAIL && error[i]) {
				errors++;
			}
		}
		return errors;
	}

	// ------------------------------------------------------------------ binding facts to the template

	/**
	 * Binds a filing's facts to their slots; problems go to {@code problems} unless it is null. {@code scaled}: with
	 * the scaled forms {@code check} reads (findings need only the values).
	 */
	private Figures figures(Filing filing, List<Problem> problems, boolean scaled) {
		Figures figures = new Figures(program.scales, scaled);
		for (Fact fact : filing.facts().values()) {
			int slot = program.cellSlot(fact.address());
			if (slot < 0) {
				if (problems != null) {
					problems.add(Semantics.unknownCell(plan.templateId(), fact));
				}
				continue;
			}
			CellSpec spec = program.spec(slot);
			Value value = fact.statedUnit() == null ? fact.value() : Semantics.bind(fact, spec.unit(), plan.units());
			if (value == null) {
				if (problems != null) {
					problems.add(Semantics.unitMismatch(fact, spec.unit()));
				}
				continue;
			}
			figures.set(slot, value, fact.quotedLocation());
		}
		return figures;
	}

	/** The figures of a typed filing by slot, its scaled forms taken as they are where its scales are the engine's. */
	private Figures figures(TypedFiling filing) {
		return new Figures(program.scales, filing, compatible(filing.layout()));
	}

	/**
	 * Whether a layout has the plan's cells in slot order (else it fails), and true when its scales are also the
	 * engine's. The last layout seen is remembered.
	 */
	private boolean compatible(Layout other) {
		Object[] seen = lastLayout;
		if (seen != null && seen[0] == other) {
			return (Boolean) seen[1];
		}
		int n = program.cells();
		if (other.size() != n) {
			throw new IllegalArgumentException("a typed filing of " + other.size() + " cells, not of the " + n
					+ " cells of template " + plan.templateId());
		}
		boolean sameScales = true;
		for (int i = 0; i < n; i++) {
			if (!other.address(i).equals(program.address(i))) {
				throw new IllegalArgumentException("a typed filing whose cell " + i + " is " + other.address(i)
						+ ", not " + program.address(i) + " as in template " + plan.templateId());
			}
			sameScales &= other.scale(i) == program.scales[i];
		}
		lastLayout = new Object[] { other, sameScales };
		return sameScales;
	}

	/**
	 * The figures with the calculated cells they do not state filled: themselves when there are none or
	 * {@code inPlace}, else a copy (a bound filing keeps its figures as stated for when it is the previous period).
	 */
	private Figures completed(Figures stated, boolean inPlace) {
		int[] calculated = program.calculated;
		if (calculated.length == 0) {
			return stated;
		}
		Figures figures = inPlace ? stated : stated.copy();
		Value[] values = figures.values();
		Eval evaluation = new Eval(values, null, null, null, 0);
		for (int pass = 0; pass <= calculated.length; pass++) {
			boolean changed = false;
			for (int slot : calculated) {
				if (values[slot] != null) {
					continue;
				}
				evaluation.start(false, false);
				BigDecimal value = program.formula(slot).number(evaluation);
				if (value != null) {
					figures.set(slot, Value.of(value), null);
					changed = true;
				}
			}
			if (!changed) {
				return figures;
			}
		}
		return figures;
	}

	// ------------------------------------------------------------------ evaluating a rule instance

	/** The status alone (nothing recorded). */
	private static byte status(Instance instance, Eval evaluation) {
		RuleInstance rule = instance.rule;
		evaluation.start(rule.blankAsZero(), false);
		evaluation.printed = rule.printed();
		if (instance.condition != null) {
			Boolean applies = instance.condition.truth(evaluation);
			if (applies == null) {
				return Statuses.NOT_ASSESSABLE;
			}
			if (!applies) {
				return Statuses.NONE;
			}
		}
		if (instance.compare) {
			BigDecimal left = instance.left.number(evaluation);
			BigDecimal right = instance.right.number(evaluation);
			if (left == null || right == null) {
				return Statuses.NOT_ASSESSABLE;
			}
			return holds(instance, evaluation, left, right) ? Statuses.PASS : Statuses.FAIL;
		}
		Boolean holds = instance.assertion.truth(evaluation);
		return holds == null ? Statuses.NOT_ASSESSABLE : holds ? Statuses.PASS : Statuses.FAIL;
	}

	private Finding evaluate(Instance instance, Eval evaluation) {
		RuleInstance rule = instance.rule;
		evaluation.start(rule.blankAsZero(), true);
		evaluation.printed = rule.printed();
		if (instance.condition != null) {
			Boolean applies = instance.condition.truth(evaluation);
			if (applies == null) {
				return finding(instance, Status.NOT_ASSESSABLE, evaluation, null, null, null);
			}
			if (!applies) {
				return null;
			}
		}
		if (instance.compare) {
			BigDecimal left = instance.left.number(evaluation);
			BigDecimal right = instance.right.number(evaluation);
			if (left == null || right == null) {
				return finding(instance, Status.NOT_ASSESSABLE, evaluation, left, right, null);
			}
			BigDecimal tolerance = tolerance(instance, evaluation);
			return finding(instance, holds(instance, evaluation, left, right) ? Status.PASS : Status.FAIL, evaluation,
					left, right, tolerance);
		}
		Boolean holds = instance.assertion.truth(evaluation);
		return finding(instance, holds == null ? Status.NOT_ASSESSABLE : holds ? Status.PASS : Status.FAIL,
				evaluation, null, null, null);
	}

	/**
	 * The printed figure a comparison with printed precision is judged against: the value of the side that is a
	 * reference (the left one first), when the filing states it; else null.
	 */
	private static Value printed(Instance instance, Eval evaluation) {
		Value printed = null;
		if (instance.left instanceof Program.Ref ref) {
			printed = evaluation.peek(ref);
		}
		if (printed == null && instance.right instanceof Program.Ref ref) {
			printed = evaluation.peek(ref);
		}
		return printed;
	}

	/** Whether a comparison holds, as the rule says: exact, within an absolute tolerance, or to printed precision. */
	private static boolean holds(Instance instance, Eval evaluation, BigDecimal left, BigDecimal right) {
		RuleInstance rule = instance.rule;
		String op = instance.op;
		if (rule.printed() != null) {
			Value printed = null;
			BigDecimal exact = null;
			if (instance.left instanceof Program.Ref ref && evaluation.peek(ref) != null) {
				printed = evaluation.peek(ref);
				exact = right;
			} else if (instance.right instanceof Program.Ref ref && evaluation.peek(ref) != null) {
				printed = evaluation.peek(ref);
				exact = left;
			}
			if (printed != null && !printed.isBlank()) {
				if ("=".equals(op) || "<>".equals(op)) {
					boolean equal = Precision.matches(exact, printed, rule.printed());
					return "=".equals(op) == equal;
				}
				return Semantics.holds(op, left, right, Precision.halfUnit(printed));
			}
		}
		if (instance.opCode >= 0 && (rule.tolerance() == null || rule.tolerance().signum() == 0)) {
			return exactly(instance.opCode, left, right);
		}
		return Semantics.holds(op, left, right, rule.tolerance());
	}

	/** {@link Semantics#holds} with no tolerance: the exact comparison, without computing the difference. */
	static boolean exactly(int op, BigDecimal left, BigDecimal right) {
		int order = left.compareTo(right);
		return switch (op) {
		case Program.EQ -> order == 0;
		case Program.NE -> order != 0;
		case Program.LT -> order < 0;
		case Program.LE -> order <= 0;
		case Program.GT -> order > 0;
		default -> order >= 0;
		};
	}

	/** The tolerance a finding reports: half a unit of the printed figure under printed precision, else the rule's. */
	private static BigDecimal tolerance(Instance instance, Eval evaluation) {
		RuleInstance rule = instance.rule;
		if (rule.printed() != null) {
			Value printed = printed(instance, evaluation);
			if (printed != null && !printed.isBlank()) {
				return Precision.halfUnit(printed);
			}
		}
		return rule.tolerance();
	}

	private Finding finding(Instance instance, Status status, Eval evaluation, BigDecimal left, BigDecimal right,
			BigDecimal tolerance) {
		RuleInstance rule = instance.rule;
		BigDecimal difference = left != null && right != null ? left.subtract(right) : null;
		List<Operand> operands = evaluation.operands(program);
		// computed figures are shown one decimal finer than the most precise figure the rule read
		int shown = evaluation.maxDecimals() + 1;
		Program.Placeholders values = new Program.Placeholders(instance, evaluation, left, right, difference, tolerance,
				shown, operands);
		String zh = instance.messageZh.fill(values);
		String en = instance.messageEn.fill(values);
		return new Finding(rule.ruleId(), rule.severity(), status, rule.location(), rule.instance(), operands, left,
				right, difference, tolerance, zh, en, rule.titleZh(), rule.titleEn());
	}
}
