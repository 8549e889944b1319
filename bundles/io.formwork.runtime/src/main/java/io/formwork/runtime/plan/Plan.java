package io.formwork.runtime.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.CellAddress;

/**
 * A template compiled for evaluation: every cell and claim it defines, the unit conversions it knows, and
 * every rule instance, in template order. Built once, used for any number of filings; it holds no Xtext or
 * EMF object.
 */
public record Plan(String templateId, int year, String titleZh, String titleEn, String source,
		Map<CellAddress, CellSpec> cells, Map<String, UnitConversion> units, List<RuleInstance> rules) {

	/** unit = factor × base (万元 = 10000 元). */
	public record UnitConversion(String unit, BigDecimal factor, String base) {
	}

	public Plan {
		cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
		units = Map.copyOf(units);
		rules = List.copyOf(rules);
	}

	public CellSpec cell(CellAddress address) {
		return cells.get(address);
	}
}
