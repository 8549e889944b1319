package io.formwork.narrative;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Problem;
import java.util.List;

/**
 * What a narrative reader found: one fact per claim the text states (in the order the claims were given) and
 * the problems met (warnings: a section not found, a claim matching several different figures).
 */
public record Extraction(List<Fact> facts, List<Problem> problems) {

	public Extraction {
		facts = List.copyOf(facts);
		problems = List.copyOf(problems);
	}
}
