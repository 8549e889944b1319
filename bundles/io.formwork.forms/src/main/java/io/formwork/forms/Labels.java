package io.formwork.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Printed labels compared the way a reader compares them: numbering, punctuation, widths and spacing left
 * aside, small wording differences tolerated.
 *
 * <p>{@link #key} reduces a label to its words: full-width forms become half-width, a leading number is
 * dropped ({@code 一、}, {@code （一）}, {@code (1)}, {@code 1.}, {@code 1、}, {@code ①}), and so
 * is everything that is neither a letter nor a digit (spaces, {@code &nbsp;}, quotes, brackets, commas…).
 * {@link #similarity} is 1 for equal keys, 0.9 when one key contains the other (a publisher that leaves out
 * "（区分处理的，只计这一情形，不计其他情形）"), else the Dice coefficient of their character bigrams (规范性文件
 * against 行政规范性文件 is containment; 本年新收政府信息公开申请数量 against 本年新收政府信息公开申请 too;
 * 结果纠正 against 结果纠错 is 0.67). A label with a year or a note inserted (本年（2022年）新制发件数 against 本年制发件数,
 * at most {@value #MAX_INSERTIONS} runs inserted, the shorter of at least three characters) is 0.75 and more.
 */
public final class Labels {

	/** Below this similarity two labels are different labels. */
	public static final double THRESHOLD = 0.6;

	private static final String NUMERALS = "一二三四五六七八九十百零〇";
	private static final Pattern LEADING_NUMBER = Pattern.compile(
			"^(?:[（(][" + NUMERALS + "\\d]{1,3}[）)][、.．]?"
					+ "|[" + NUMERALS + "]{1,3}[、.．]"
					+ "|\\d{1,3}(?:[、．]|\\.(?!\\d))"
					+ "|[\\u2460-\\u2473\\u2474-\\u2487\\u2776-\\u277F])\\s*");
	private static final Pattern NBSP_ENTITY = Pattern.compile("&nbsp;?", Pattern.CASE_INSENSITIVE);

	private Labels() {
	}

	/** Full-width ASCII to half-width, no-break and ideographic spaces to spaces, runs of white space to one. */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String s = text.indexOf('&') >= 0 ? NBSP_ENTITY.matcher(text).replaceAll(" ") : text;
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
				space = true;
				continue;
			}
			if (space && out.length() > 0) {
				out.append(' ');
			}
			space = false;
			out.append(c);
		}
		return out.toString();
	}

	/** A label as printed, for messages: &nbsp; and runs of white space as one space, nothing else changed. */
	public static String printed(String text) {
		if (text == null) {
			return "";
		}
		String s = text.indexOf('&') >= 0 ? NBSP_ENTITY.matcher(text).replaceAll(" ") : text;
		return s.replaceAll("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+", " ").strip();
	}

	/** The words of a label: no leading number, letters and digits only. */
	public static String key(String label) {
		String s = clean(label);
		s = LEADING_NUMBER.matcher(s).replaceFirst("");
		StringBuilder key = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}

	/** How alike two labels are, from 0 to 1 (see the class comment). */
	public static double similarity(String a, String b) {
		return keySimilarity(key(a), key(b));
	}

	/** {@link #similarity} of two keys. */
	public static double keySimilarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b)) {
			return 1;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		if (shorter.length() >= 2 && longer.contains(shorter)) {
			// a shortened label; the more of the longer one it keeps, the closer
			return 0.8 + 0.1 * shorter.length() / longer.length();
		}
		if (shorter.length() >= 3 && insertions(shorter, longer) <= MAX_INSERTIONS) {
			// the longer one is the shorter with a year or a note inserted (本年（2022年）新制发件数)
			return 0.75 + 0.1 * shorter.length() / longer.length();
		}
		return dice(a, b);
	}

	/** At most this many inserted runs make a label another's variant ({@link #insertions}). */
	static final int MAX_INSERTIONS = 2;

	/**
	 * How many runs of characters must be inserted into {@code shorter} to make {@code longer} (matching it
	 * greedily from the left), or {@link Integer#MAX_VALUE} when it is not a subsequence of it.
	 */
	static int insertions(String shorter, String longer) {
		int i = 0;
		int runs = 0;
		boolean inRun = false;
		for (int j = 0; j < longer.length(); j++) {
			if (i < shorter.length() && longer.charAt(j) == shorter.charAt(i)) {
				i++;
				inRun = false;
			} else if (!inRun) {
				inRun = true;
				runs++;
			}
		}
		return i == shorter.length() ? runs : Integer.MAX_VALUE;
	}

	private static double dice(String a, String b) {
		if (a.length() < 2 || b.length() < 2) {
			return 0;
		}
		Map<Integer, Integer> left = new HashMap<>();
		for (int i = 0; i + 1 < a.length(); i++) {
			left.merge(a.charAt(i) << 16 | a.charAt(i + 1), 1, Integer::sum);
		}
		int common = 0;
		for (int i = 0; i + 1 < b.length(); i++) {
			int bigram = b.charAt(i) << 16 | b.charAt(i + 1);
			Integer count = left.get(bigram);
			if (count != null && count > 0) {
				common++;
				left.put(bigram, count - 1);
			}
		}
		return 2.0 * common / (a.length() - 1 + b.length() - 1);
	}
}
