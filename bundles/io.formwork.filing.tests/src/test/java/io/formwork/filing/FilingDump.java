package io.formwork.filing;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;

/** A filing as text, one line per item, to compare with an expected file. */
final class FilingDump {

	private FilingDump() {
	}

	static String of(Filing filing) {
		StringBuilder out = new StringBuilder();
		out.append("source ").append(filing.source()).append('\n');
		out.append("template ").append(filing.template()).append('\n');
		out.append("year ").append(filing.year()).append('\n');
		out.append("body ").append(filing.body()).append('\n');
		for (Fact fact : filing.facts().values()) {
			out.append("fact ").append(fact.address()).append(" = ")
					.append(fact.value().isBlank() ? "(blank)" : fact.value() + " (decimals " + fact.value().decimals() + ")")
					.append(fact.statedUnit() == null ? "" : " unit " + fact.statedUnit())
					.append(" at ").append(fact.location()).append('\n');
		}
		for (Problem problem : filing.problems()) {
			out.append(problem.severity().en).append(' ').append(problem.code()).append(" at ")
					.append(problem.location()).append('\n');
			out.append("  zh ").append(problem.zh()).append('\n');
			out.append("  en ").append(problem.en()).append('\n');
		}
		return out.toString();
	}
}
