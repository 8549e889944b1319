package io.formwork.lang.tests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Value;
import io.formwork.runtime.engine.Engine;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * Filings made from a base filing of a template (or from nothing) by seeded random mutation, to find where
 * two validators differ: blank and missing cells, zero, negatives, numbers at and beyond the range of a
 * {@code long}, many decimals, trailing zeros and negative scales, approximate and coarsely printed figures,
 * the numbers and tolerances the rules name and their neighbours, units stated, converted and wrong, unknown
 * and duplicate cells, other templates and years, and printed percentages at every rounding edge of the
 * figure they state.
 */
final class MutatedFilings {

	private static final String[] BOUNDARIES = { "9223372036854775807", "-9223372036854775808", "9223372036854775808",
			"999999999999999999", "1000000000000000000", "4611686018427387904", "123456789012345678901234567890",
			"0.000000000000000000001", "12345678901234567.5", "0.5", "-0.5", "1E+25", "99999999999999999999.99" };

	private final Plan plan;
	private final Engine engine;
	private final Random random;
	private final List<CellSpec> cells;
	private final List<BigDecimal> interesting = new ArrayList<>();
	private final Map<String, List<String>> relatedUnits = new LinkedHashMap<>();
	private final List<RuleInstance> printedRules = new ArrayList<>();

	MutatedFilings(Plan plan, Engine engine, long seed) {
		this.plan = plan;
		this.engine = engine;
		this.random = new Random(seed);
		this.cells = new ArrayList<>(plan.cells().values());
		Set<BigDecimal> numbers = new LinkedHashSet<>();
		Set<BigDecimal> tolerances = new LinkedHashSet<>();
		tolerances.add(BigDecimal.ZERO);
		for (RuleInstance rule : plan.rules()) {
			collect(rule.assertion(), numbers);
			if (rule.condition() != null) {
				collect(rule.condition(), numbers);
			}
			if (rule.printed() != null) {
				printedRules.add(rule);
			}
			if (rule.tolerance() != null) {
				tolerances.add(rule.tolerance());
			}
		}
		for (BigDecimal n : List.copyOf(numbers)) {
			for (BigDecimal tolerance : tolerances) {
				numbers.add(n.add(tolerance));
				numbers.add(n.subtract(tolerance));
				numbers.add(n.add(tolerance).add(new BigDecimal("0.01")));
				numbers.add(n.subtract(tolerance).subtract(new BigDecimal("0.01")));
			}
			numbers.add(n.add(BigDecimal.ONE));
			numbers.add(n.subtract(BigDecimal.ONE));
		}
		interesting.addAll(numbers);
		Set<String> units = new LinkedHashSet<>();
		plan.units().values().forEach(c -> {
			units.add(c.unit());
			units.add(c.base());
		});
		for (CellSpec cell : cells) {
			if (cell.unit() != null) {
				units.add(cell.unit());
			}
		}
		for (String unit : units) {
			List<String> others = new ArrayList<>(units);
			others.remove(unit);
			others.add("斤");
			relatedUnits.put(unit, others);
		}
	}

	private static void collect(Expr expr, Set<BigDecimal> numbers) {
		if (expr instanceof Expr.Num n) {
			numbers.add(n.value());
		} else if (expr instanceof Expr.Negate e) {
			collect(e.operand(), numbers);
		} else if (expr instanceof Expr.Not e) {
			collect(e.operand(), numbers);
		} else if (expr instanceof Expr.Arithmetic e) {
			collect(e.left(), numbers);
			collect(e.right(), numbers);
		} else if (expr instanceof Expr.Compare e) {
			collect(e.left(), numbers);
			collect(e.right(), numbers);
		} else if (expr instanceof Expr.Logic e) {
			collect(e.left(), numbers);
			collect(e.right(), numbers);
		} else if (expr instanceof Expr.Call e) {
			e.args().forEach(a -> collect(a, numbers));
		}
	}

	/** The n-th mutation of a base filing (which may be null: figures are then made up). */
	Filing next(Filing base, int n) {
		String source = "mutated-" + plan.templateId() + "-" + n + ".json";
		Map<CellAddress, Fact> facts = new LinkedHashMap<>();
		int line = 2;
		List<CellSpec> order = new ArrayList<>(cells);
		if (random.nextInt(10) == 0) {
			Collections.shuffle(order, random);
		}
		int blankPercent = random.nextInt(4) == 0 ? 40 : 6;
		int mutatePercent = random.nextInt(3) == 0 ? 60 : 15;
		for (CellSpec cell : order) {
			line++;
			Fact stated = base == null ? null : base.fact(cell.address());
			int dice = random.nextInt(100);
			if (dice < 6) {
				continue; // not reported
			}
			Value value;
			if (dice < 6 + blankPercent) {
				value = Value.blank();
			} else if (stated != null && random.nextInt(100) >= mutatePercent) {
				value = stated.value();
			} else {
				value = figure(stated == null ? null : stated.value());
			}
			String unit = null;
			if (!value.isBlank() && random.nextInt(100) < 12) {
				List<String> others = relatedUnits.getOrDefault(cell.unit() == null ? "" : cell.unit(), List.of("%", "斤"));
				unit = random.nextBoolean() && cell.unit() != null ? cell.unit()
						: others.get(random.nextInt(others.size()));
			}
			facts.put(cell.address(), new Fact(cell.address(), value, unit, location(source, line), null));
		}
		Filing prior = null;
		Filing filing = assemble(source, facts, base, n);
		if (!printedRules.isEmpty() && random.nextInt(3) > 0) {
			// restate a printed figure at a rounding edge of what the other side computes
			for (RuleInstance rule : printedRules) {
				if (!(rule.assertion() instanceof Expr.Compare compare)) {
					continue;
				}
				Expr.Ref printedRef = compare.left() instanceof Expr.Ref l && !l.prior() ? l
						: compare.right() instanceof Expr.Ref r && !r.prior() ? r : null;
				if (printedRef == null) {
					continue;
				}
				for (Finding finding : engine.explain(rule.ruleId(), filing, prior)) {
					BigDecimal exact = printedRef == compare.left() ? finding.right() : finding.left();
					if (exact != null) {
						facts.put(printedRef.address(), new Fact(printedRef.address(), Value.of(edge(exact)), null,
								location(source, 1), null));
					}
				}
			}
			filing = assemble(source, facts, base, n);
		}
		return filing;
	}

	/** A printed form of an exact figure near a rounding edge: rounded, truncated, off by one last digit, halfway. */
	private BigDecimal edge(BigDecimal exact) {
		int decimals = random.nextInt(5);
		return switch (random.nextInt(7)) {
		case 0 -> exact.setScale(decimals, RoundingMode.HALF_UP);
		case 1 -> exact.setScale(decimals, RoundingMode.DOWN);
		case 2 -> exact.setScale(decimals, RoundingMode.HALF_UP).add(BigDecimal.ONE.movePointLeft(decimals));
		case 3 -> exact.setScale(decimals, RoundingMode.HALF_UP).subtract(BigDecimal.ONE.movePointLeft(decimals));
		case 4 -> exact.setScale(decimals, RoundingMode.DOWN).add(new BigDecimal("5").movePointLeft(decimals + 1));
		case 5 -> exact.setScale(decimals, RoundingMode.UP);
		default -> exact.setScale(decimals + 3, RoundingMode.HALF_EVEN);
		};
	}

	private Filing assemble(String source, Map<CellAddress, Fact> facts, Filing base, int n) {
		int meta = random.nextInt(40);
		String template = meta == 0 ? "gid_1999" : meta == 1 ? null : plan.templateId();
		Integer year = Integer.valueOf(plan.year() + random.nextInt(3));
		if (meta == 2) {
			year = plan.year() - 1;
		} else if (meta == 3) {
			year = null;
		}
		Filing filing = new Filing(source).template(template).year(year).body(base == null ? null : base.body());
		for (Fact fact : facts.values()) {
			filing.add(fact);
		}
		if (random.nextInt(25) == 0) {
			filing.add(Fact.of(CellAddress.cell("t99", "nowhere", "none"), Value.of(1), location(source, 1)));
			filing.add(Fact.of(CellAddress.claim("no_such_claim"), Value.of(2), location(source, 1)));
		}
		if (random.nextInt(25) == 0 && !facts.isEmpty()) {
			Fact first = facts.values().iterator().next();
			filing.add(new Fact(first.address(), Value.of(n), null, location(source, 99), null));
		}
		return filing;
	}

	private Location location(String source, int line) {
		return switch (random.nextInt(10)) {
		case 0 -> null;
		case 1 -> Location.ofCell(source, "表3!C" + line);
		default -> Location.of(source, line, 1 + random.nextInt(40));
		};
	}

	/** A figure: near the one stated, or one of the cases validators get wrong. */
	private Value figure(Value stated) {
		BigDecimal base = stated == null || stated.isBlank() ? BigDecimal.valueOf(random.nextInt(500)) : stated.number();
		return switch (random.nextInt(16)) {
		case 0 -> Value.of(0);
		case 1 -> Value.of(-(1 + random.nextInt(5)));
		case 2 -> Value.of(new BigDecimal(BOUNDARIES[random.nextInt(BOUNDARIES.length)]));
		case 3 -> Value.of(BigDecimal.valueOf(random.nextInt(1_000_000), 1 + random.nextInt(4)));
		case 4 -> Value.of(new BigDecimal(new BigInteger(80, random), 18 + random.nextInt(6)));
		case 5 -> Value.of(base.setScale(Math.max(0, base.scale()) + 1 + random.nextInt(2)));
		case 6 -> Value.of(new BigDecimal(BigInteger.valueOf(1 + random.nextInt(99)), -1 - random.nextInt(4)));
		case 7 -> {
			Value value = Value.of(base).printedWith(random.nextInt(5) - 3);
			yield random.nextBoolean() ? value.approximate() : value;
		}
		case 8, 9 -> interesting.isEmpty() ? Value.of(base)
				: Value.of(interesting.get(random.nextInt(interesting.size())));
		case 10 -> Value.of(base.negate());
		default -> Value.of(base.add(BigDecimal.valueOf(random.nextInt(7) - 3)));
		};
	}
}
