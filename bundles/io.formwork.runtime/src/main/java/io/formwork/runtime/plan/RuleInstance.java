package io.formwork.runtime.plan;

import java.math.BigDecimal;
import java.util.Map;

import io.formwork.runtime.Location;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Severity;

/**
 * One rule applied once: a rule stated 'for each column' becomes one instance per column. {@code instance}
 * names the column, row, group or cell ("" for a rule stated once); {@code labels} fill the message
 * placeholders that do not depend on the filing ({column}, {row}, {group}, {cell}) in zh and en;
 * {@code titleZh} and {@code titleEn} are the rule's name as the template gives it ("收支平衡", "Balance of
 * requests"), or null.
 */
public record RuleInstance(String ruleId, Severity severity, Location location, String text, String instance,
		Expr condition, Expr assertion, BigDecimal tolerance, Precision.Mode printed, boolean blankAsZero,
		String messageZh, String messageEn, Map<String, String> labelsZh, Map<String, String> labelsEn,
		Map<String, Expr> operandsByCode, String titleZh, String titleEn) {

	/** A rule instance whose rule has no name. */
	public RuleInstance(String ruleId, Severity severity, Location location, String text, String instance,
			Expr condition, Expr assertion, BigDecimal tolerance, Precision.Mode printed, boolean blankAsZero,
			String messageZh, String messageEn, Map<String, String> labelsZh, Map<String, String> labelsEn,
			Map<String, Expr> operandsByCode) {
		this(ruleId, severity, location, text, instance, condition, assertion, tolerance, printed, blankAsZero,
				messageZh, messageEn, labelsZh, labelsEn, operandsByCode, null, null);
	}
}
