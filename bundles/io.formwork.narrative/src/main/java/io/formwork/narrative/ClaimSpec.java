package io.formwork.narrative;

import java.util.List;
import java.util.Objects;

/**
 * A figure a narrative report states in a sentence, as a template declares it.
 *
 * @param name the claim's name; its facts are addressed {@code CellAddress.claim(name)}
 * @param unit the indicator's unit symbol (条, 件, 万元…), or null or empty for none (a percentage)
 * @param sectionHeading the heading of the part of the report that states it ("二、主动公开政府信息情况"), or null
 *        to look for it in the whole text
 * @param phrases the phrasings that carry it, each with {@code {value}} exactly once ("主动公开政府信息{value}条"),
 *        or, for a {@linkplain #qualitative() qualitative claim}, none of them with it ("均获维持")
 */
public record ClaimSpec(String name, String unit, String sectionHeading, List<String> phrases) {

	/** The placeholder of the figure in a phrase. */
	public static final String VALUE = "{value}";

	public ClaimSpec {
		Objects.requireNonNull(name, "name");
		phrases = List.copyOf(phrases);
		if (phrases.isEmpty()) {
			throw new IllegalArgumentException("claim " + name + " has no phrase");
		}
		boolean qualitative = !NormalizedText.normalize(phrases.get(0)).contains(VALUE);
		for (String phrase : phrases) {
			String normalized = NormalizedText.normalize(phrase);
			int at = normalized.indexOf(VALUE);
			if (qualitative ? at >= 0 || normalized.isEmpty() : at < 0 || normalized.indexOf(VALUE, at + 1) >= 0) {
				throw new IllegalArgumentException("the phrases of claim " + name + " must each contain " + VALUE
						+ " exactly once, or (a qualitative claim) none of them: \"" + phrase + "\"");
			}
		}
	}

	/**
	 * A qualitative claim: its phrases hold no {@value #VALUE} ("均获维持"); where the text says one of them, the
	 * claim's fact is 1 (rules test it with {@code present(claim)}); where it does not, there is no fact.
	 */
	public boolean qualitative() {
		return !NormalizedText.normalize(phrases.get(0)).contains(VALUE);
	}

	public ClaimSpec(String name, String unit, String sectionHeading, String... phrases) {
		this(name, unit, sectionHeading, List.of(phrases));
	}
}
