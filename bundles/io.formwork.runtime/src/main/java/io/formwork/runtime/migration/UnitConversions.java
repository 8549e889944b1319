package io.formwork.runtime.migration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

import io.formwork.runtime.plan.Plan;

/** Converts figures between the units that plans relate (万元 = 10000 元), through their common base unit. */
public final class UnitConversions {

	private static final MathContext DIVISION = MathContext.DECIMAL128;

	private final Map<String, Plan.UnitConversion> units = new HashMap<>();

	public UnitConversions(Plan... plans) {
		for (Plan plan : plans) {
			units.putAll(plan.units());
		}
	}

	/** True when a figure in one unit can be stated in the other. */
	public boolean convertible(String unit, String wanted) {
		return unit != null && wanted != null
				&& (unit.equals(wanted) || toBase(unit) != null && toBase(wanted) != null && base(unit).equals(base(wanted)));
	}

	/** The figure in the wanted unit, or null when the units do not convert. */
	public BigDecimal convert(BigDecimal number, String unit, String wanted) {
		if (unit.equals(wanted)) {
			return number;
		}
		if (!convertible(unit, wanted)) {
			return null;
		}
		return number.multiply(toBase(unit)).divide(toBase(wanted), DIVISION).stripTrailingZeros();
	}

	private BigDecimal toBase(String unit) {
		BigDecimal factor = BigDecimal.ONE;
		String current = unit;
		for (int guard = 0; guard < 10; guard++) {
			Plan.UnitConversion conversion = units.get(current);
			if (conversion == null) {
				boolean known = units.containsKey(unit) || units.values().stream().anyMatch(c -> c.base().equals(unit));
				return known ? factor : null;
			}
			factor = factor.multiply(conversion.factor());
			current = conversion.base();
		}
		return null;
	}

	private String base(String unit) {
		String current = unit;
		for (int guard = 0; guard < 10 && units.containsKey(current); guard++) {
			current = units.get(current).base();
		}
		return current;
	}
}
