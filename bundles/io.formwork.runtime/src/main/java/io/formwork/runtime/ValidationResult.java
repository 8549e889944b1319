package io.formwork.runtime;

import java.util.List;

/** Everything validation says about one filing: its input problems and the findings of every rule. */
public record ValidationResult(Filing filing, List<Problem> problems, List<Finding> findings) {

	public ValidationResult {
		problems = List.copyOf(problems);
		findings = List.copyOf(findings);
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
