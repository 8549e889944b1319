package io.formwork.narrative;

import io.formwork.runtime.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a claim, normalised and split at {@code {value}}, and how it reads a figure.
 *
 * <p>A figure matches when the phrase's literal text stands around it. Before it: the prefix, then optionally
 * a connective (共, 共计, 合计, 总计, 达, 达到, 为), then optionally an approximation marker (约, 约为, 大约, 近, 将近,
 * 接近). After it, in this order: an optional multiplier (千, 万, 百万, 千万, 亿, 万亿) and an optional
 * approximation marker 余 or 多 (either may come first), the claim's unit (up to a multiplier: 元 where the
 * claim counts 万元), an optional 左右, and the rest of the phrase. The value is converted to the claim's unit
 * exactly, with the printed precision carried over (5.3万 is 53000 printed to the thousand).
 *
 * <p>A phrase that prints its own counting word instead of the claim's unit ("收到申请{value}份" for a claim
 * counted in 件) reads the figure before that word as it is. A phrase whose prefix holds {@value #ANY} ("予以公开
 * {*}件，占{value}%") matches any figure there: a percentage tied to the count printed beside it.
 */
final class Phrase {

	record Multiplier(String text, int exponent) {
	}

	/** Longest first, so that a unit's own multiplier is found whole (千万元). */
	static final List<Multiplier> MULTIPLIERS = List.of(new Multiplier("万亿", 12), new Multiplier("千万", 7),
			new Multiplier("百万", 6), new Multiplier("亿", 8), new Multiplier("万", 4), new Multiplier("千", 3));
	static final List<String> MARKERS_BEFORE = List.of("约为", "大约", "将近", "接近", "约", "近");
	private static final String MARKER_ENDS = "约为近";
	/**
	 * Words that may stand between a phrase and its figure without changing what it counts ("公开政府信息共计96000条",
	 * "达5000条", "为8000条"). Not 累计 or 以来: a cumulative figure is another figure.
	 */
	static final List<String> CONNECTIVES = List.of("共计", "合计", "总计", "达到", "共", "达", "为");
	private static final String CONNECTIVE_ENDS = "计到共达为";
	static final List<String> MARKERS_AFTER = List.of("余", "多");
	static final String ABOUT = "左右";
	static final List<String> NEGATIONS = List.of("无", "没有");
	private static final List<String> OPTIONAL_MARKER = concat("", MARKERS_AFTER);
	private static final List<Multiplier> OPTIONAL_MULTIPLIER = concat(new Multiplier("", 0), MULTIPLIERS);

	/** What a figure reads as under a phrase. */
	record Reading(Value value, int literalLength) {
	}

	/** In a phrase's prefix, any figure (digits or Chinese numerals). */
	static final String ANY = "{*}";

	final String prefix;
	final String suffix;
	/** With {@value #ANY} in the prefix: the literal before it (prefix is then the literal after it); else null. */
	private final String head;
	private final String unit;
	private final int unitExponent;
	private final String unitBase;
	private final String rest;

	Phrase(String phrase, String claimUnit) {
		String normalized = NormalizedText.normalize(phrase);
		int at = normalized.indexOf(ClaimSpec.VALUE);
		if (at < 0) {
			at = normalized.length(); // a qualitative claim's phrase: all literal, read by NarrativeExtractor
			normalized = normalized + ClaimSpec.VALUE;
		}
		String before = normalized.substring(0, at);
		int any = before.indexOf(ANY);
		this.head = any < 0 ? null : before.substring(0, any);
		this.prefix = any < 0 ? before : before.substring(any + ANY.length());
		this.suffix = normalized.substring(at + ClaimSpec.VALUE.length());
		String claimUnitText = claimUnit == null ? "" : NormalizedText.normalize(claimUnit);
		Multiplier own = multiplierAt(claimUnitText, 0);
		boolean split = own != null && own.text().length() < claimUnitText.length();
		String base = split ? claimUnitText.substring(own.text().length()) : claimUnitText;
		boolean ownWord = !claimUnitText.isEmpty() && !suffix.startsWith(base) && multiplierAt(suffix, 0) == null
				&& MARKERS_AFTER.stream().noneMatch(suffix::startsWith) && !suffix.isEmpty()
				&& Character.isLetter(suffix.charAt(0));
		// a counting word of its own (份 for 件): the figure is read as printed, before that word
		this.unit = ownWord ? "" : claimUnitText;
		this.unitExponent = split && !ownWord ? own.exponent() : 0;
		this.unitBase = ownWord ? "" : base;
		// the phrase may itself print a multiplier and marker before the unit ("{value}万余条")
		String afterValue = suffix;
		Multiplier printed = multiplierAt(afterValue, 0);
		if (!afterValue.startsWith(unit) && printed != null) {
			afterValue = afterValue.substring(printed.text().length());
		}
		for (String marker : MARKERS_AFTER) {
			if (!afterValue.startsWith(unit) && afterValue.startsWith(marker)) {
				afterValue = afterValue.substring(marker.length());
			}
		}
		this.rest = afterValue.startsWith(unit) ? afterValue.substring(unit.length()) : afterValue;
	}

	int literalLength() {
		return prefix.length() + suffix.length() + (head == null ? 0 : head.length() + 1);
	}

	/** With {@value #ANY}: whether the head and a figure stand before index {@code end}. */
	private boolean headBefore(String t, int end) {
		int i = end;
		while (i > 0 && (NormalizedText.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.' || t.charAt(i - 1) == ','
				|| Figure.CHINESE_DIGITS.indexOf(t.charAt(i - 1)) >= 0 || Figure.CHINESE_UNITS.indexOf(t.charAt(i - 1)) >= 0)) {
			i--;
		}
		if (i == end) {
			return false;
		}
		String marker = endsWithAny(t, i, MARKERS_BEFORE, MARKER_ENDS);
		int beforeMarker = marker == null ? i : i - marker.length();
		String connective = endsWithAny(t, beforeMarker, CONNECTIVES, CONNECTIVE_ENDS);
		return endsWith(t, i, head) || endsWith(t, beforeMarker, head)
				|| connective != null && endsWith(t, beforeMarker - connective.length(), head);
	}

	/** How this phrase reads a figure of the text, or null when it does not match there. */
	Reading read(String t, Figure figure) {
		int before = figure.start();
		String marker = endsWithAny(t, before, MARKERS_BEFORE, MARKER_ENDS);
		int beforeMarker = marker == null ? before : before - marker.length();
		String connective = endsWithAny(t, beforeMarker, CONNECTIVES, CONNECTIVE_ENDS);
		int prefixStart;
		if (endsWith(t, before, prefix)) {
			prefixStart = before - prefix.length();
		} else if (marker != null && endsWith(t, beforeMarker, prefix)) {
			prefixStart = beforeMarker - prefix.length();
		} else if (connective != null && endsWith(t, beforeMarker - connective.length(), prefix)) {
			prefixStart = beforeMarker - connective.length() - prefix.length();
		} else {
			return null;
		}
		if (head != null && !headBefore(t, prefixStart)) {
			return null;
		}
		boolean approximate = marker != null;
		int p = figure.end();
		for (String first : OPTIONAL_MARKER) {
			if (!t.startsWith(first, p)) {
				continue;
			}
			int afterFirst = p + first.length();
			for (Multiplier multiplier : OPTIONAL_MULTIPLIER) {
				if (!t.startsWith(multiplier.text(), afterFirst)) {
					continue;
				}
				int afterMultiplier = afterFirst + multiplier.text().length();
				for (String second : first.isEmpty() ? OPTIONAL_MARKER : List.of("")) {
					int atUnit = afterMultiplier + second.length();
					if (!t.startsWith(second, afterMultiplier) || !t.startsWith(unitBase, atUnit)) {
						continue;
					}
					int afterUnit = atUnit + unitBase.length();
					boolean about = t.startsWith(ABOUT, afterUnit);
					if (t.startsWith(rest, afterUnit) || about && t.startsWith(rest, afterUnit + ABOUT.length())) {
						boolean marked = approximate || !first.isEmpty() || !second.isEmpty() || about;
						return reading(figure, multiplier, marked);
					}
				}
			}
		}
		return null;
	}

	private Reading reading(Figure figure, Multiplier stated, boolean approximate) {
		int shift = stated.exponent() - unitExponent;
		BigDecimal number = figure.number().scaleByPowerOfTen(shift);
		if (number.scale() < 0) {
			number = number.setScale(0);
		}
		Value value = Value.of(number).printedWith(figure.decimals() - shift);
		return new Reading(approximate ? value.approximate() : value, literalLength());
	}

	/**
	 * Where the text states the phrase's figure as absent: 无 or 没有 followed by the whole prefix and no figure
	 * ("无行政诉讼" for "行政诉讼{value}件"), at the index of 无 or 没. Only for phrases with a prefix; the suffix
	 * is not looked for, since there is no figure for a unit to follow.
	 */
	List<Integer> negations(String t) {
		List<Integer> found = new ArrayList<>();
		if (prefix.isEmpty() || head != null) {
			return found;
		}
		for (String negation : NEGATIONS) {
			String literal = negation + prefix;
			for (int at = t.indexOf(literal); at >= 0; at = t.indexOf(literal, at + literal.length())) {
				int slot = at + literal.length();
				String marker = startsWithAny(t, slot, MARKERS_BEFORE);
				int figureAt = marker == null ? slot : slot + marker.length();
				if (!(figureAt < t.length() && NormalizedText.isDigit(t.charAt(figureAt)))) {
					found.add(at);
				}
			}
		}
		found.sort(null);
		return found;
	}

	private static Multiplier multiplierAt(String s, int at) {
		for (Multiplier multiplier : MULTIPLIERS) {
			if (s.startsWith(multiplier.text(), at)) {
				return multiplier;
			}
		}
		return null;
	}

	private static boolean endsWith(String t, int end, String literal) {
		return end >= literal.length() && t.startsWith(literal, end - literal.length());
	}

	/** The literal of a list that ends at an index, or null (a quick test of the last character first). */
	private static String endsWithAny(String t, int end, List<String> literals, String lastCharacters) {
		if (end <= 0 || lastCharacters.indexOf(t.charAt(end - 1)) < 0) {
			return null;
		}
		for (String literal : literals) {
			if (endsWith(t, end, literal)) {
				return literal;
			}
		}
		return null;
	}

	private static String startsWithAny(String t, int at, List<String> literals) {
		for (String literal : literals) {
			if (t.startsWith(literal, at)) {
				return literal;
			}
		}
		return null;
	}

	private static <T> List<T> concat(T first, List<T> rest) {
		List<T> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return List.copyOf(all);
	}
}
