package io.formwork.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered parts of a narrative report. A heading is a line of the normalised text that starts with one to
 * three Chinese numerals and 、 ("二、主动公开政府信息情况"), is at most {@value #MAX_HEADING} characters long and
 * has no 。 before its end: a longer line or one with a full sentence is a numbered paragraph, not a heading.
 * A section runs from its heading to the next heading (or the end of the text); text before the first heading
 * belongs to none.
 *
 * <p>A claim's section heading matches a heading when, numerals and punctuation left aside, the heading
 * contains it, or failing that by the Dice coefficient of their character bigrams, at least
 * {@value #THRESHOLD}. The claim is looked for in every section whose heading matches best (a table of
 * contents, or a page that prints its text twice, repeats its headings).
 */
final class Sections {

	static final int MAX_HEADING = 60;
	static final double THRESHOLD = 0.6;

	record Section(String title, int start, int end) {
	}

	private final List<Section> sections;

	private Sections(List<Section> sections) {
		this.sections = sections;
	}

	static Sections of(String t) {
		return of(t, null);
	}

	/**
	 * The sections of a normalised text; with the text it was normalised from, a numeral followed by white
	 * space in the original ("三 依申请公开政府信息情况", as old reports number their parts) also starts a heading.
	 */
	static Sections of(String t, NormalizedText normalized) {
		List<Integer> starts = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= t.length()) {
			int lineEnd = t.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = t.length();
			}
			String title = headingTitle(t, lineStart, lineEnd, normalized);
			if (title != null) {
				starts.add(lineStart);
				titles.add(title);
			}
			lineStart = lineEnd + 1;
		}
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int end = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
			sections.add(new Section(titles.get(i), starts.get(i), end));
		}
		return new Sections(sections);
	}

	List<Section> all() {
		return sections;
	}

	/** The sections whose heading matches a claim's best, in text order; empty when none matches. */
	List<Section> matching(String claimHeading) {
		String wanted = key(stripNumber(NormalizedText.normalize(claimHeading)));
		List<Section> best = new ArrayList<>();
		if (wanted.isEmpty()) {
			return best;
		}
		Map<Integer, Integer> wantedBigrams = bigrams(wanted);
		double bestScore = THRESHOLD;
		for (Section section : sections) {
			double score = score(key(section.title()), wanted, wantedBigrams);
			if (score > bestScore + 1e-9) {
				best.clear();
				bestScore = score;
			}
			if (score >= bestScore - 1e-9) {
				best.add(section);
			}
		}
		return best;
	}

	static double score(String heading, String wanted) {
		return score(heading, wanted, bigrams(wanted));
	}

	private static double score(String heading, String wanted, Map<Integer, Integer> wantedBigrams) {
		if (heading.contains(wanted)) {
			return 1;
		}
		return Math.max(dice(heading, wanted, wantedBigrams), meaning(heading, wanted));
	}

	/**
	 * Words every heading of these reports shares, left aside when headings are compared by meaning: what is
	 * left of "五、因政府信息公开申请行政复议、提起行政诉讼的情况" is 申请行政复议行政诉讼.
	 */
	static final List<String> COMMON_WORDS = List.of("政府信息公开", "政府信息", "工作", "情况", "提起", "有关", "方面", "的", "因", "及", "和", "与");

	/**
	 * How well a heading's meaning words are found in the wanted heading's (the share of the heading's
	 * bigrams there, times 0.85), for headings of at least three bigrams of meaning: an old report's
	 * "六、行政复议、诉讼情况" for "五、因政府信息公开申请行政复议、提起行政诉讼的情况".
	 */
	static double meaning(String heading, String wanted) {
		String h = withoutCommonWords(heading);
		String w = withoutCommonWords(wanted);
		if (h.length() < 4 || w.length() < 2) {
			return 0;
		}
		if (w.contains(h) || h.contains(w)) {
			return 0.95;
		}
		Map<Integer, Integer> left = bigrams(w);
		int common = 0;
		for (int i = 0; i + 1 < h.length(); i++) {
			Integer count = left.get(bigram(h, i));
			if (count != null && count > 0) {
				common++;
				left.put(bigram(h, i), count - 1);
			}
		}
		return 0.85 * common / (h.length() - 1);
	}

	private static String withoutCommonWords(String s) {
		String out = s;
		for (String word : COMMON_WORDS) {
			out = out.replace(word, "");
		}
		return out;
	}

	private static double dice(String heading, String wanted, Map<Integer, Integer> wantedBigrams) {
		int total = Math.max(wanted.length() - 1, 0) + Math.max(heading.length() - 1, 0);
		if (total == 0) {
			return 0;
		}
		Map<Integer, Integer> left = new HashMap<>(wantedBigrams);
		int common = 0;
		for (int i = 0; i + 1 < heading.length(); i++) {
			Integer count = left.get(bigram(heading, i));
			if (count != null && count > 0) {
				common++;
				left.put(bigram(heading, i), count - 1);
			}
		}
		return 2.0 * common / total;
	}

	private static Map<Integer, Integer> bigrams(String s) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			counts.merge(bigram(s, i), 1, Integer::sum);
		}
		return counts;
	}

	private static int bigram(String s, int i) {
		return s.charAt(i) << 16 | s.charAt(i + 1);
	}

	/** The title of a heading line, or null when the line is no heading. */
	private static String headingTitle(String t, int start, int end, NormalizedText normalized) {
		if (end - start > MAX_HEADING) {
			return null;
		}
		int i = start;
		while (i < end && i - start < 3 && NormalizedText.CHINESE_NUMERALS.indexOf(t.charAt(i)) >= 0) {
			i++;
		}
		if (i == start || i >= end) {
			return null;
		}
		if (t.charAt(i) != '、') {
			if (normalized == null || !spaceBefore(normalized, i)) {
				return null;
			}
			i--; // the title starts right after the numerals
		}
		for (int j = i; j < end - 1; j++) {
			if (t.charAt(j) == '。') {
				return null;
			}
		}
		String title = t.substring(i + 1, end);
		return key(title).isEmpty() ? null : title;
	}

	/** True when white space stood before a character of the normalised text in the original (dropped). */
	private static boolean spaceBefore(NormalizedText normalized, int i) {
		int here = normalized.originalOffset(i);
		int before = normalized.originalOffset(i - 1);
		for (int k = before + 1; k < here; k++) {
			if (Character.isWhitespace(normalized.original.charAt(k)) || Character.isSpaceChar(normalized.original.charAt(k))) {
				return true;
			}
		}
		return false;
	}

	/** "二、主动公开…" without its number. */
	private static String stripNumber(String heading) {
		int i = 0;
		while (i < heading.length() && i < 3 && NormalizedText.CHINESE_NUMERALS.indexOf(heading.charAt(i)) >= 0) {
			i++;
		}
		return i > 0 && i < heading.length() && heading.charAt(i) == '、' ? heading.substring(i + 1) : heading;
	}

	/** Letters and digits only: what headings are compared on. */
	private static String key(String s) {
		StringBuilder key = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (Character.isLetterOrDigit(s.charAt(i))) {
				key.append(s.charAt(i));
			}
		}
		return key.toString();
	}
}
