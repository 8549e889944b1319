package io.formwork.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.Value;
import io.formwork.runtime.compiled.Layout;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.compiled.TypedFiling;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * {@link Engine#check} — from a runtime filing, from a filing bound once, from a typed filing — gives the
 * statuses of {@link Engine#validate}'s findings, whether an instance is decided over scaled {@code long}s or
 * falls back to exact decimals: figures too large or too precise for their scaled form, sums that overflow,
 * blank and unreported operands, blank as zero, the previous period's figures (with and without a previous
 * filing), calculated cells, absolute tolerances, a ratio at printed precision, conditions and presence.
 */
class EngineCheckTest {

	static final CellAddress A = CellAddress.cell("t", "a", "n");
	static final CellAddress B = CellAddress.cell("t", "b", "n");
	static final CellAddress C = CellAddress.cell("t", "c", "n");
	static final CellAddress S = CellAddress.cell("t", "s", "n");
	static final CellAddress FEES = CellAddress.cell("m", "fees", "amount");
	static final CellAddress RATE = CellAddress.claim("rate");
	static final CellAddress PART = CellAddress.claim("part");
	static final CellAddress WHOLE = CellAddress.claim("whole");

	static final List<String> RULES = List.of("SUM", "CALC", "ZERO", "PRIOR", "PRIOR_CALC", "LIMIT", "RATE", "WHEN",
			"PRESENT", "BIG", "NONNEG", "DIV", "GHOST");

	static Expr ref(CellAddress address) {
		return new Expr.Ref(address, false, address.toString());
	}

	static Expr prior(CellAddress address) {
		return new Expr.Ref(address, true, "prior " + address);
	}

	static Expr num(String value) {
		return new Expr.Num(new BigDecimal(value));
	}

	static Expr op(String op, Expr left, Expr right) {
		return switch (op) {
		case "+", "-", "*", "/" -> new Expr.Arithmetic(op, left, right);
		default -> new Expr.Compare(op, left, right);
		};
	}

	static RuleInstance rule(String id, Severity severity, Expr condition, Expr assertion, String tolerance,
			Precision.Mode printed, boolean blankAsZero) {
		return new RuleInstance(id, severity, Location.of("t.form", RULES.indexOf(id) + 1, 2), assertion.toString(), "",
				condition, assertion, tolerance == null ? null : new BigDecimal(tolerance), printed, blankAsZero,
				id + " {left} {right}", id + " {left} {right}", Map.of(), Map.of(), Map.of());
	}

	static CellSpec count(CellAddress address) {
		return new CellSpec(address, "cases", "件数", "Cases", CellSpec.Kind.COUNT, "件", 0, false, null);
	}

	static Plan plan() {
		Map<CellAddress, CellSpec> cells = new LinkedHashMap<>();
		for (CellAddress address : List.of(A, B, C)) {
			cells.put(address, count(address));
		}
		cells.put(S, new CellSpec(S, "cases", "小计", "Subtotal", CellSpec.Kind.COUNT, "件", 0, false,
				op("+", ref(A), ref(B))));
		// an amount without stated decimals: scale 4 in scaled form
		cells.put(FEES, new CellSpec(FEES, "fee", "收费", "Fees", CellSpec.Kind.AMOUNT, "万元", null, false, null));
		cells.put(RATE, new CellSpec(RATE, "rate", "比例", "Rate", CellSpec.Kind.PERCENT, "%", null, false, null));
		cells.put(PART, count(PART));
		cells.put(WHOLE, count(WHOLE));
		List<RuleInstance> rules = List.of(
				rule("SUM", Severity.ERROR, null, op("=", op("+", ref(A), ref(B)), ref(C)), null, null, false),
				rule("CALC", Severity.ERROR, null, op(">=", ref(S), ref(C)), null, null, false),
				rule("ZERO", Severity.WARNING, null,
						op(">=", new Expr.Call("sum", List.of(ref(A), ref(B))), ref(C)), null, null, true),
				rule("PRIOR", Severity.WARNING, null, op("=", ref(C), op("+", prior(A), prior(B))), null, null, false),
				rule("PRIOR_CALC", Severity.WARNING, null, op("=", ref(S), prior(S)), null, null, false),
				rule("LIMIT", Severity.INFO, null, op("<=", ref(FEES), num("100")), "0.5", null, false),
				rule("RATE", Severity.ERROR, null,
						op("=", ref(RATE), new Expr.Call("percent", List.of(ref(PART), ref(WHOLE)))), null,
						Precision.Mode.ROUNDED, false),
				rule("WHEN", Severity.ERROR, op(">", ref(A), num("100")), op(">", ref(C), num("0")), null, null, false),
				rule("PRESENT", Severity.WARNING, new Expr.Not(op("<", ref(B), num("0"))),
						new Expr.Logic("or", new Expr.Call("present", List.of(ref(A))),
								new Expr.Call("present", List.of(new Expr.Negate(ref(C))))),
						null, null, false),
				rule("BIG", Severity.ERROR, null,
						op("=", op("-", op("*", ref(A), num("10")), op("*", num("10"), ref(B))), ref(C)), null, null,
						false),
				rule("NONNEG", Severity.ERROR, null, op(">=", new Expr.Negate(ref(FEES)), num("-1000.00005")), null, null,
						false),
				rule("DIV", Severity.ERROR, null, op("=", op("/", ref(A), ref(B)), ref(C)), null, null, false),
				rule("GHOST", Severity.ERROR, null, op("=", ref(CellAddress.cell("t", "ghost", "n")), num("0")), null,
						null, true));
		return new Plan("chk", 2021, "检查", "Check", "t.form", cells,
				Map.of("万元", new Plan.UnitConversion("万元", new BigDecimal(10000), "元")), rules);
	}

	static final Engine ENGINE = new Engine(plan());

	/** A typed filing over the engine's layout, as a reader filling one would make. */
	static final class Typed extends TypedFiling {
		Typed(Layout layout, Filing filing) {
			super(layout);
			bind(filing);
		}
	}

	static Filing filing(Object... cellsAndValues) {
		Filing filing = new Filing("f.json");
		for (int i = 0; i < cellsAndValues.length; i += 2) {
			Object value = cellsAndValues[i + 1];
			Value v = value == null ? Value.blank() : value instanceof Value given ? given : Value.of(value.toString());
			filing.add(Fact.of((CellAddress) cellsAndValues[i], v, Location.of("f.json", i / 2 + 1, 1)));
		}
		return filing;
	}

	/** The status of each rule in the findings of validate. */
	static byte[] validated(Filing filing, Filing prior) {
		byte[] statuses = new byte[RULES.size()];
		for (Finding finding : ENGINE.validate(filing, prior).findings()) {
			statuses[RULES.indexOf(finding.ruleId())] = Statuses.of(finding.status());
		}
		return statuses;
	}

	/** The statuses check gives, the same from every input form (and the errors it counts). */
	static Map<String, Status> checked(Filing filing, Filing prior) {
		byte[] expected = validated(filing, prior);
		int errors = 0;
		for (int i = 0; i < expected.length; i++) {
			if (expected[i] == Statuses.FAIL && ENGINE.plan().rules().get(i).severity() == Severity.ERROR) {
				errors++;
			}
		}
		List<byte[]> ways = new ArrayList<>();
		byte[] statuses = new byte[RULES.size()];
		assertThat(ENGINE.check(filing, prior, statuses)).as("errors").isEqualTo(errors);
		ways.add(statuses.clone());
		assertThat(ENGINE.check(ENGINE.bind(filing), prior == null ? null : ENGINE.bind(prior), statuses))
				.isEqualTo(errors);
		ways.add(statuses.clone());
		Layout layout = ENGINE.layout();
		assertThat(ENGINE.check(new Typed(layout, filing), prior == null ? null : new Typed(layout, prior), statuses))
				.isEqualTo(errors);
		ways.add(statuses.clone());
		assertThat(ways).as("from a filing, bound, typed").allSatisfy(s -> assertThat(s).containsExactly(expected));
		Map<String, Status> result = new LinkedHashMap<>();
		for (int i = 0; i < RULES.size(); i++) {
			result.put(RULES.get(i), Statuses.of(expected[i]));
		}
		return result;
	}

	@Test
	void consistentFiguresPassOverScaledLongs() {
		Map<String, Status> statuses = checked(
				filing(A, 150, B, 30, C, 180, FEES, "99.5", RATE, "33.3", PART, 1, WHOLE, 3),
				filing(A, 100, B, 80));
		assertThat(statuses).containsEntry("SUM", Status.PASS).containsEntry("CALC", Status.PASS)
				.containsEntry("ZERO", Status.PASS).containsEntry("PRIOR", Status.PASS).containsEntry("LIMIT", Status.PASS)
				.containsEntry("RATE", Status.PASS).containsEntry("WHEN", Status.PASS).containsEntry("PRESENT", Status.PASS)
				.containsEntry("NONNEG", Status.PASS).containsEntry("GHOST", Status.PASS);
		assertThat(statuses.get("BIG")).isEqualTo(Status.FAIL);
	}

	@Test
	void aSumThatOverflowsALongIsJudgedInExactDecimals() {
		// A·10 overflows a long; A·10 − 10·B = 10 exactly
		Filing filing = filing(A, "999999999999999999", B, "999999999999999998", C, 10);
		assertThat(checked(filing, null)).containsEntry("BIG", Status.PASS).containsEntry("SUM", Status.FAIL)
				.containsEntry("ZERO", Status.PASS);
		assertThat(checked(filing(A, "999999999999999999", B, "999999999999999998", C, 11), null))
				.containsEntry("BIG", Status.FAIL);
	}

	@Test
	void aFigureWithoutAScaledFormIsJudgedInExactDecimals() {
		// 19 significant digits at scale 4, and a count with decimals: neither has a scaled form
		assertThat(checked(filing(FEES, "12345678901234.5", A, "1.5", B, "1.5", C, 3), null))
				.containsEntry("LIMIT", Status.FAIL).containsEntry("NONNEG", Status.FAIL).containsEntry("SUM", Status.PASS)
				.containsEntry("BIG", Status.FAIL);
		assertThat(checked(filing(FEES, "100.00000000000000000001", A, "1E+30", B, 0, C, "1E+30"), null))
				.containsEntry("LIMIT", Status.PASS).containsEntry("SUM", Status.PASS);
	}

	@Test
	void aBlankOrUnreportedOperandMakesAComparisonNotAssessableUnlessBlankCountsAsZero() {
		Map<String, Status> blank = checked(filing(A, 5, B, null, C, 5), null);
		assertThat(blank).containsEntry("SUM", Status.NOT_ASSESSABLE).containsEntry("ZERO", Status.PASS)
				.containsEntry("CALC", Status.NOT_ASSESSABLE).containsEntry("GHOST", Status.PASS);
		Map<String, Status> missing = checked(filing(A, 5, C, 6), null);
		assertThat(missing).containsEntry("SUM", Status.NOT_ASSESSABLE).containsEntry("ZERO", Status.FAIL)
				.containsEntry("LIMIT", Status.NOT_ASSESSABLE);
	}

	@Test
	void thePreviousPeriodIsReadAsStatedAndIsNotAssessableWithoutAPreviousFiling() {
		Filing filing = filing(A, 1, B, 2, C, 3);
		assertThat(checked(filing, null)).containsEntry("PRIOR", Status.NOT_ASSESSABLE)
				.containsEntry("PRIOR_CALC", Status.NOT_ASSESSABLE);
		// the previous filing's calculated cell is not filled: only a stated subtotal is read
		assertThat(checked(filing, filing(A, 1, B, 2))).containsEntry("PRIOR", Status.PASS)
				.containsEntry("PRIOR_CALC", Status.NOT_ASSESSABLE);
		assertThat(checked(filing, filing(A, 1, B, 3, S, 3))).containsEntry("PRIOR", Status.FAIL)
				.containsEntry("PRIOR_CALC", Status.PASS);
		assertThat(checked(filing, filing(A, 1, B, null))).containsEntry("PRIOR", Status.NOT_ASSESSABLE);
	}

	@Test
	void anAbsoluteToleranceIsHeldToItsLastDecimal() {
		assertThat(checked(filing(FEES, "100.5"), null)).containsEntry("LIMIT", Status.PASS);
		assertThat(checked(filing(FEES, "100.5001"), null)).containsEntry("LIMIT", Status.FAIL);
		assertThat(checked(filing(FEES, "1000.00005"), null)).containsEntry("NONNEG", Status.PASS);
		assertThat(checked(filing(FEES, "1000.00006"), null)).containsEntry("NONNEG", Status.FAIL);
	}

	@Test
	void aFigureInAnotherUnitIsConvertedBeforeItIsJudged() {
		Filing filing = new Filing("f.json");
		filing.add(new Fact(FEES, Value.of(1005000), "元", Location.of("f.json", 1, 1), null));
		assertThat(checked(filing, null)).containsEntry("LIMIT", Status.PASS);
	}

	@Test
	void aRatioIsJudgedAtThePrecisionItWasPrinted() {
		assertThat(checked(filing(RATE, "66.7", PART, 2, WHOLE, 3), null)).containsEntry("RATE", Status.PASS);
		assertThat(checked(filing(RATE, "66.6", PART, 2, WHOLE, 3), null)).containsEntry("RATE", Status.FAIL);
		assertThat(checked(filing(RATE, "67", PART, 2, WHOLE, 3), null)).containsEntry("RATE", Status.PASS);
		assertThat(checked(filing(RATE, "50", PART, 2, WHOLE, 0), null)).containsEntry("RATE", Status.NOT_ASSESSABLE);
	}

	@Test
	void aConditionDecidesWhetherTheInstanceApplies() {
		assertThat(checked(filing(A, 100, B, 0, C, 0), null)).containsEntry("WHEN", null);
		assertThat(checked(filing(A, 101, B, 0, C, 0), null)).containsEntry("WHEN", Status.FAIL);
		assertThat(checked(filing(A, null, B, 0, C, 0), null)).containsEntry("WHEN", Status.NOT_ASSESSABLE);
		assertThat(checked(filing(A, "1E+40", C, 1), null)).containsEntry("WHEN", Status.PASS);
		assertThat(checked(filing(B, -1), null)).containsEntry("PRESENT", null);
		assertThat(checked(filing(B, 1), null)).containsEntry("PRESENT", Status.FAIL);
		assertThat(checked(filing(B, 1, C, null), null)).containsEntry("PRESENT", Status.FAIL);
		assertThat(checked(filing(B, 1, C, 0), null)).containsEntry("PRESENT", Status.PASS);
		assertThat(checked(filing(A, null, B, null), null)).containsEntry("PRESENT", Status.NOT_ASSESSABLE);
	}

	@Test
	void aDivisionIsJudgedInExactDecimals() {
		assertThat(checked(filing(A, 1, B, 3, C, "0.3333333333333333333333333333333333"), null))
				.containsEntry("DIV", Status.PASS);
		assertThat(checked(filing(A, 1, B, 0, C, 0), null)).containsEntry("DIV", Status.NOT_ASSESSABLE);
	}

	@Test
	void theLayoutHasThePlansCellsInOrderWithTheirUnitsAndScales() {
		Layout layout = ENGINE.layout();
		assertThat(layout.size()).isEqualTo(8);
		assertThat(layout.address(0)).isEqualTo(A);
		assertThat(layout.address(4)).isEqualTo(FEES);
		assertThat(layout.unit(4)).isEqualTo("万元");
		assertThat(layout.scale(4)).isEqualTo(4);
		assertThat(layout.scale(0)).isZero();
		assertThat(layout.indexOf(CellAddress.cell("t", "ghost", "n"))).isEqualTo(-1);
		assertThat(layout.conversions()).containsKey("万元");
		assertThat(ENGINE.layout()).isSameAs(layout);
	}

	@Test
	void aTypedFilingOfAnotherLayoutOrAFilingBoundByAnotherEngineIsRefused() {
		Layout other = new Layout("x", 2021, new String[][] { { "t", "a", "n" } }, new String[] { "件" },
				new int[] { 0 }, new String[0][]);
		byte[] statuses = new byte[RULES.size()];
		assertThatThrownBy(() -> ENGINE.check(new Typed(other, new Filing("x")), null, statuses))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
		BoundFiling foreign = new Engine(plan()).bind(filing(A, 1));
		assertThatThrownBy(() -> ENGINE.check(foreign, null, statuses)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("another engine");
	}

	@Test
	void aTypedFilingWithOtherScalesGivesTheSameStatuses() {
		int[] scales = new int[8];
		java.util.Arrays.fill(scales, 2);
		Layout layout = ENGINE.layout();
		String[][] cells = new String[8][];
		String[] units = new String[8];
		for (int i = 0; i < 8; i++) {
			cells[i] = new String[] { layout.address(i).table(), layout.address(i).row(), layout.address(i).column() };
			units[i] = layout.unit(i);
		}
		Layout coarse = new Layout("chk", 2021, cells, units, scales,
				new String[][] { { "万元", "10000", "元" } });
		Filing filing = filing(A, 150, B, 30, C, 180, FEES, "100.4999", RATE, "33.3", PART, 1, WHOLE, 3);
		byte[] statuses = new byte[RULES.size()];
		ENGINE.check(new Typed(coarse, filing), null, statuses);
		assertThat(statuses).containsExactly(validated(filing, null));
	}
}
