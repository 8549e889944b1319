package io.formwork.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A number as printed in the normalised text, before any multiplier or unit: {@code 96000}, {@code 71.74},
 * {@code 5.3} (of 5.3万), {@code 96,000} or {@code 96 000} with thousands separators.
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
		return figures;
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
