package io.formwork.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A number as printed in the normalised text, before any multiplier or unit: {@code 96000}, {@code 71.74},
 * {@code 5.3} (of 5.3万), {@code 96,000} or {@code 96 000} with thousands separators, and numbers written in Chinese
 * numerals ({@code 七}, {@code 十二}, {@code 一百零五}, {@code 两千三百}; a multiplier 万 or 亿 after them is the
 * phrase's to read, as after digits).
 *
 * @param start index of its first digit in the normalised text
 * @param end index after its last digit
 * @param number the number as printed (its scale is the printed decimals)
 */
record Figure(int start, int end, BigDecimal number) {

	/** Longer digit strings are identifiers or garbage, not figures (and would make parsing slow). */
	static final int MAX_DIGITS = 30;

	/** Every figure of a normalised text, in order. Linear in the text's length. */
	static List<Figure> scan(NormalizedText normalized) {
		String t = normalized.text;
		List<Figure> figures = new ArrayList<>();
		int i = 0;
		while (i < t.length()) {
			if (!NormalizedText.isDigit(t.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			StringBuilder digits = new StringBuilder();
			int j = digitsFrom(t, i, digits);
			if (j - start <= 3) {
				j = thousands(normalized, j, digits);
			}
			boolean valid = digits.length() <= MAX_DIGITS;
			if (j + 1 < t.length() && t.charAt(j) == '.' && NormalizedText.isDigit(t.charAt(j + 1))) {
				digits.append('.');
				j = digitsFrom(t, j + 1, digits);
				valid &= digits.length() <= MAX_DIGITS + 1;
			}
			// 2018.12.31 and 1.2.3 are dotted sequences, not figures
			if (j + 1 < t.length() && t.charAt(j) == '.' && NormalizedText.isDigit(t.charAt(j + 1))) {
				valid = false;
				while (j < t.length() && (NormalizedText.isDigit(t.charAt(j))
						|| t.charAt(j) == '.' && j + 1 < t.length() && NormalizedText.isDigit(t.charAt(j + 1)))) {
					j++;
				}
			}
			if (valid) {
				figures.add(new Figure(start, j, new BigDecimal(digits.toString())));
			}
			i = j;
		}
		List<Figure> chinese = chinese(t);
		if (!chinese.isEmpty()) {
			figures.addAll(chinese);
			figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
		}
		return figures;
	}

	static final String CHINESE_DIGITS = "零〇一二两三四五六七八九";
	static final String CHINESE_UNITS = "十百千";

	/**
	 * Runs of Chinese numerals that read as one number (七, 十二, 二十, 一百零五, 两千三百): not right after a digit or
	 * a point (the 千 of 1千 is a multiplier), not a lone 百 or 千, at most 12 characters.
	 */
	private static List<Figure> chinese(String t) {
		List<Figure> figures = new ArrayList<>();
		int i = 0;
		while (i < t.length()) {
			char c = t.charAt(i);
			if (CHINESE_DIGITS.indexOf(c) < 0 && CHINESE_UNITS.indexOf(c) < 0) {
				i++;
				continue;
			}
			int j = i;
			while (j < t.length() && (CHINESE_DIGITS.indexOf(t.charAt(j)) >= 0 || CHINESE_UNITS.indexOf(t.charAt(j)) >= 0)) {
				j++;
			}
			boolean afterDigit = i > 0 && (NormalizedText.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
			if (!afterDigit && j - i <= 12) {
				BigDecimal value = chineseValue(t.substring(i, j));
				if (value != null) {
					figures.add(new Figure(i, j, value));
				}
			}
			i = j;
		}
		return figures;
	}

	/** The value of a run of Chinese numerals, or null when it is not one number. */
	static BigDecimal chineseValue(String s) {
		boolean units = false;
		for (int k = 0; k < s.length(); k++) {
			units |= CHINESE_UNITS.indexOf(s.charAt(k)) >= 0;
		}
		if (!units) {
			if (s.length() == 1) {
				return BigDecimal.valueOf(digit(s.charAt(0)));
			}
			return null; // 二〇二一 is a year spelled digit by digit, 一二 no number
		}
		long total = 0;
		long pending = -1;
		long lastUnit = Long.MAX_VALUE;
		for (int k = 0; k < s.length(); k++) {
			char c = s.charAt(k);
			int d = CHINESE_DIGITS.indexOf(c);
			if (d >= 0) {
				if (pending >= 0 && digit(c) != 0) {
					return null; // two digits in a row
				}
				pending = digit(c) == 0 ? -1 : digit(c);
				continue;
			}
			long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
			if (unit >= lastUnit) {
				return null;
			}
			if (pending < 0 && !(c == '十' && k == 0)) {
				return null; // a lone 百 or 千, or 百 after 零
			}
			total += (pending < 0 ? 1 : pending) * unit;
			pending = -1;
			lastUnit = unit;
		}
		if (pending >= 0) {
			total += pending;
		}
		return BigDecimal.valueOf(total);
	}

	private static int digit(char c) {
		return switch (c) {
		case '零', '〇' -> 0;
		case '一' -> 1;
		case '二', '两' -> 2;
		case '三' -> 3;
		case '四' -> 4;
		case '五' -> 5;
		case '六' -> 6;
		case '七' -> 7;
		case '八' -> 8;
		default -> 9;
		};
	}

	private static int digitsFrom(String t, int i, StringBuilder digits) {
		int j = i;
		while (j < t.length() && NormalizedText.isDigit(t.charAt(j))) {
			if (j - i <= MAX_DIGITS + 1) {
				digits.append(t.charAt(j));
			}
			j++;
		}
		return j;
	}

	/**
	 * Groups of exactly three digits after a half-width comma (as published: a full-width ， separates clauses)
	 * or a space: {@code 96,000}, {@code 1,234,567}, {@code 96 000}.
	 */
	private static int thousands(NormalizedText normalized, int j, StringBuilder digits) {
		String t = normalized.text;
		while (j + 3 < t.length() && isSeparator(normalized, j) && NormalizedText.isDigit(t.charAt(j + 1))
				&& NormalizedText.isDigit(t.charAt(j + 2)) && NormalizedText.isDigit(t.charAt(j + 3))
				&& !(j + 4 < t.length() && NormalizedText.isDigit(t.charAt(j + 4)))) {
			digits.append(t, j + 1, j + 4);
			j += 4;
		}
		return j;
	}

	private static boolean isSeparator(NormalizedText normalized, int i) {
		char c = normalized.text.charAt(i);
		return c == ' ' || c == ',' && normalized.original.charAt(normalized.originalOffset(i)) == ',';
	}

	/** Decimals as printed: 2 for 71.74, 0 for 96000. */
	int decimals() {
		return Math.max(number.scale(), 0);
	}
}
