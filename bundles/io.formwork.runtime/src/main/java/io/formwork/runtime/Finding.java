package io.formwork.runtime;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one rule instance on one filing: which rule (its stable id and where the template states
 * it), for which column, row or group ({@code instance}, e.g. {@code natural}; empty for a rule stated once),
 * the status, every operand with its value and location, the two sides compared, their difference and the
 * tolerance that applied, the message in both languages with the values filled in, and the rule's name in
 * both languages ("收支平衡", "Balance of requests"; null when the template gives none).
 */
public record Finding(String ruleId, Severity severity, Status status, Location ruleLocation, String instance,
		List<Operand> operands, BigDecimal left, BigDecimal right, BigDecimal difference, BigDecimal tolerance,
		String messageZh, String messageEn, String ruleTitleZh, String ruleTitleEn) {

	public Finding {
		operands = List.copyOf(operands);
	}

	/** A finding of a rule that has no name. */
	public Finding(String ruleId, Severity severity, Status status, Location ruleLocation, String instance,
			List<Operand> operands, BigDecimal left, BigDecimal right, BigDecimal difference, BigDecimal tolerance,
			String messageZh, String messageEn) {
		this(ruleId, severity, status, ruleLocation, instance, operands, left, right, difference, tolerance,
				messageZh, messageEn, null, null);
	}

	/** The rule's name in a language, falling back to the other language, or null when it has none. */
	public String ruleTitle(Language language) {
		return language.pick(ruleTitleZh, ruleTitleEn);
	}

	public String message(Language language) {
		return language == Language.ZH ? messageZh : messageEn;
	}

	/** The place in the filing a reader should look first: the first operand with a location. */
	public Location filingLocation() {
		for (Operand operand : operands) {
			if (operand.location() != null) {
				return operand.location();
			}
		}
		return null;
	}
}
