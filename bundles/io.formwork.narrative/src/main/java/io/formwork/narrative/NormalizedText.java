package io.formwork.narrative;

import io.formwork.runtime.Location;
import java.util.Arrays;

/**
 * A text in the form phrases are matched against, with a map from every normalised character back to the
 * original one, so that locations always refer to the text as published.
 *
 * <p>Normalisation:
 * <ul>
 * <li>full-width ASCII (digits, letters, punctuation, brackets: {@code ５３}, {@code （区）}, {@code ，}, {@code ％})
 * becomes half-width; curly quotes become straight ones;</li>
 * <li>line breaks ({@code \n}, {@code \r\n}, {@code \r}) stay, as {@code \n};</li>
 * <li>every other white space (spaces, tabs, the ideographic space, no-break spaces, zero-width spaces and
 * control characters) is dropped, except one space between two digits ({@code 96 000}), which the figure
 * reader may take as a thousands separator;</li>
 * <li>a list marker at a line start, one to three digits or Chinese numerals followed by {@code .} and no
 * digit ({@code 1.政府网站}, {@code 一.概述}), is written with {@code 、} like {@code 1、} and {@code 一、}.</li>
 * </ul>
 */
final class NormalizedText {

	static final String CHINESE_NUMERALS = "一二三四五六七八九十";

	final String original;
	final String text;
	private final int[] origin;
	private final int[] lineStarts;

	private NormalizedText(String original, String text, int[] origin) {
		this.original = original;
		this.text = text;
		this.origin = origin;
		this.lineStarts = lineStarts(original);
	}

	static NormalizedText of(String original) {
		int n = original.length();
		StringBuilder out = new StringBuilder(n);
		int[] origin = new int[n + 1];
		boolean numeralsOnly = true;
		int numerals = 0;
		int i = 0;
		while (i < n) {
			char c = original.charAt(i);
			if (c == '\r' && i + 1 < n && original.charAt(i + 1) == '\n') {
				i++;
				continue;
			}
			if (c == '\n' || c == '\r') {
				origin[out.length()] = i;
				out.append('\n');
				numeralsOnly = true;
				numerals = 0;
				i++;
				continue;
			}
			char m = map(c);
			if (isSpace(m)) {
				int j = i;
				while (j < n && isSpace(map(original.charAt(j)))) {
					j++;
				}
				if (out.length() > 0 && isDigit(out.charAt(out.length() - 1)) && j < n
						&& isDigit(map(original.charAt(j)))) {
					origin[out.length()] = i;
					out.append(' ');
				}
				i = j;
				continue;
			}
			if (m == '.' && numeralsOnly && numerals > 0 && numerals <= 3 && !(i + 1 < n && isDigit(map(original.charAt(i + 1))))) {
				m = '、';
			}
			if (numeralsOnly) {
				if (isDigit(m) || CHINESE_NUMERALS.indexOf(m) >= 0) {
					numerals++;
				} else {
					numeralsOnly = false;
				}
			}
			origin[out.length()] = i;
			out.append(m);
			i++;
		}
		origin[out.length()] = n;
		return new NormalizedText(original, out.toString(), Arrays.copyOf(origin, out.length() + 1));
	}

	/** The normal form of a phrase or heading (no map kept). */
	static String normalize(String s) {
		return of(s).text;
	}

	static char map(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		switch (c) {
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
			return '"';
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
			return '\'';
		case '\uFE6A':
			return '%';
		default:
			return c;
		}
	}

	static boolean isSpace(char c) {
		return c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
				|| c == '\uFEFF' || Character.getType(c) == Character.CONTROL);
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The index in the original text of normalised character {@code i} ({@code i} may be the text's length). */
	int originalOffset(int i) {
		return origin[i];
	}

	Location location(String file, int normalizedIndex, String cell) {
		int offset = origin[normalizedIndex];
		int line = line(offset);
		return new Location(file, line, offset - lineStarts[line - 1] + 1, cell);
	}

	/** 1-based line of an offset of the original text. */
	private int line(int offset) {
		int found = Arrays.binarySearch(lineStarts, offset);
		return found >= 0 ? found + 1 : -found - 1;
	}

	private static int[] lineStarts(String s) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean end = c == '\n' || c == '\r' && !(i + 1 < s.length() && s.charAt(i + 1) == '\n');
			if (end) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/**
	 * The sentence of the original text around an offset, trimmed: from after the previous 。！？!? or line break
	 * to the next one (included), at most {@code limit} characters on either side ("…" marks a cut).
	 */
	String sentence(int normalizedIndex, int limit) {
		int offset = origin[normalizedIndex];
		int start = offset;
		while (start > 0 && offset - start < limit && !endsSentence(original.charAt(start - 1))) {
			start--;
		}
		boolean cutBefore = start > 0 && !endsSentence(original.charAt(start - 1));
		int end = offset;
		while (end < original.length() && end - offset < limit && !isLineBreak(original.charAt(end))) {
			end++;
			if (endsSentence(original.charAt(end - 1))) {
				break;
			}
		}
		boolean cutAfter = end < original.length() && !endsSentence(original.charAt(end - 1))
				&& !isLineBreak(original.charAt(end));
		String sentence = trim(original.substring(start, end));
		return (cutBefore ? "…" : "") + sentence + (cutAfter ? "…" : "");
	}

	/**
	 * The sentence around an offset as a message quotes it ({@code {sentence}}): whole when it has at most
	 * {@code max} characters (after trimming); else the clause holding the figure (clauses end at ，；：,;:)
	 * with as many whole neighbouring clauses as fit in {@code max}, the preceding one tried first; a clause
	 * longer than {@code max} alone is cut to {@code max} characters centred on the figure. "…" marks each cut.
	 */
	String quote(int normalizedIndex, int max) {
		int offset = Math.min(origin[normalizedIndex], original.length());
		int start = offset;
		while (start > 0 && offset - start < max * 4 && !endsSentence(original.charAt(start - 1))) {
			start--;
		}
		boolean cutBefore = start > 0 && !endsSentence(original.charAt(start - 1));
		int end = offset;
		while (end < original.length() && end - offset < max * 4 && !isLineBreak(original.charAt(end))) {
			end++;
			if (endsSentence(original.charAt(end - 1))) {
				break;
			}
		}
		boolean cutAfter = end < original.length() && !endsSentence(original.charAt(end - 1))
				&& !isLineBreak(original.charAt(end));
		while (start < end && isSpace(original.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(original.charAt(end - 1))) {
			end--;
		}
		offset = Math.max(start, Math.min(offset, end));
		int from = start;
		int to = end;
		if (to - from > max) {
			from = clauseStart(offset, start);
			to = clauseEnd(offset, end);
			boolean grown = true;
			while (grown) {
				grown = false;
				if (from > start) {
					int before = clauseStart(from - 1, start);
					if (to - before <= max) {
						from = before;
						grown = true;
					}
				}
				if (to < end) {
					int after = clauseEnd(to, end);
					if (after - from <= max) {
						to = after;
						grown = true;
					}
				}
			}
			if (to - from > max) {
				from = Math.max(start, Math.min(offset - max / 2, end - max));
				to = Math.min(end, from + max);
			}
		}
		String quoted = trim(original.substring(from, to));
		boolean cutHere = to < end;
		if (cutHere) {
			while (!quoted.isEmpty() && isClauseEnd(quoted.charAt(quoted.length() - 1))) {
				quoted = quoted.substring(0, quoted.length() - 1);
			}
		}
		return (cutBefore || from > start ? "…" : "") + quoted + (cutAfter || cutHere ? "…" : "");
	}

	/** Where the clause holding {@code at} begins: after the clause end before it, or {@code start}. */
	private int clauseStart(int at, int start) {
		int i = at;
		while (i > start && !isClauseEnd(original.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** Where the clause from {@code at} ends: after its clause end (included), or {@code end}. */
	private int clauseEnd(int at, int end) {
		int i = at;
		while (i < end) {
			if (isClauseEnd(original.charAt(i++))) {
				break;
			}
		}
		return i;
	}

	private static boolean isClauseEnd(char c) {
		return c == '，' || c == '；' || c == '：' || c == ',' || c == ';' || c == ':';
	}

	private static boolean endsSentence(char c) {
		return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || isLineBreak(c);
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r';
	}

	private static String trim(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}
}
