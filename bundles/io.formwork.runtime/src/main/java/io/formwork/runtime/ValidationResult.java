package io.formwork.runtime;

import java.util.List;

/**
 * Everything validation says about one filing: its input problems and the findings of its rules. The findings
 * are either every instance's ({@code Engine.validate}, passes included) or only those a user reads — fail and not
 * assessable — with the passes counted in {@code passes} ({@code Engine.validateNonPassing}).
 *
 * @param passes instances that passed and have no finding in {@code findings}
 */
public record ValidationResult(Filing filing, List<Problem> problems, List<Finding> findings, int passes) {

	public ValidationResult {
		problems = List.copyOf(problems);
		findings = List.copyOf(findings);
	}

	/** With every finding in {@code findings} (no pass left out). */
	public ValidationResult(Filing filing, List<Problem> problems, List<Finding> findings) {
		this(filing, problems, findings, 0);
	}

	/** The instances that passed: those counted and those among the findings. */
	public long passed() {
		return passes + findings.stream().filter(f -> f.status() == Status.PASS).count();
	}

	public long errors() {
		return findings.stream().filter(f -> f.status() == Status.FAIL && f.severity() == Severity.ERROR).count()
				+ problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
	}

	public long warnings() {
		return findings.stream().filter(f -> f.status() == Status.FAIL && f.severity() == Severity.WARNING).count()
				+ problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
	}

	public long notAssessable() {
		return findings.stream().filter(f -> f.status() == Status.NOT_ASSESSABLE).count();
	}
}
