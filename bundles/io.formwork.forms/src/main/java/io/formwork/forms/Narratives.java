package io.formwork.forms;

import java.util.List;

import io.formwork.narrative.ClaimSpec;
import io.formwork.narrative.Extraction;
import io.formwork.narrative.NarrativeExtractor;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/** The figures the template's narrative claims declare, read from a document's text by the narrative reader. */
final class Narratives {

	private Narratives() {
	}

	/**
	 * Reads claims from lines of text (paragraphs, or spreadsheet cells) into the filing.
	 *
	 * @param lines     the text, one paragraph or cell a line
	 * @param cells     where each line is (a spreadsheet cell), or null: locations are then line and character,
	 *                  with {@code label} as their cell ("段落 paragraph")
	 */
	static void read(Filing filing, List<String> lines, List<String> cells, FormTemplate template, String label) {
		List<ClaimSpec> claims = template.claims();
		if (claims.isEmpty() || lines.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(text.isEmpty() ? "" : "\n").append(line.replace('\r', ' ').replace('\n', ' '));
		}
		Extraction extraction = NarrativeExtractor.extract(text.toString(), filing.source(), claims);
		for (Fact fact : extraction.facts()) {
			filing.add(new Fact(fact.address(), fact.value(), null, where(fact.location(), cells, label), fact.source()));
		}
		for (Problem problem : extraction.problems()) {
			filing.problem(new Problem(problem.code(), problem.severity(), where(problem.location(), cells, label),
					problem.zh(), problem.en()));
		}
	}

	private static Location where(Location at, List<String> cells, String label) {
		if (at == null || at.line() <= 0) {
			return at;
		}
		if (cells != null) {
			return at.line() <= cells.size() ? Location.ofCell(at.file(), cells.get(at.line() - 1)).quoting(at.quote()) : at;
		}
		return new Location(at.file(), at.line(), at.column(), label, at.quote());
	}
}
