package io.formwork.runtime.plan;

import java.math.BigDecimal;
import java.util.Map;

import io.formwork.runtime.Location;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Severity;

/**
 * One rule applied once: a rule stated 'for each column' becomes one instance per column. {@code instance}
 * names the column, row, group or cell ("" for a rule stated once); {@code labels} fill the message
 * placeholders that do not depend on the filing ({column}, {row}, {group}, {cell}) in zh and en.
 */
public record RuleInstance(String ruleId, Severity severity, Location location, String text, String instance,
		Expr condition, Expr assertion, BigDecimal tolerance, Precision.Mode printed, boolean blankAsZero,
		String messageZh, String messageEn, Map<String, String> labelsZh, Map<String, String> labelsEn,
		Map<String, Expr> operandsByCode) {
}
