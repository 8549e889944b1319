package io.formwork.filing.report;

/**
 * Text from a filing made safe for a line-oriented report: control characters (newline, carriage return, tab,
 * ESC and the rest of C0 and C1, DEL), line and paragraph separators and the bidirectional overrides are written
 * as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u001B}), so that a body or a cell's text can neither
 * start a forged report line nor colour or reorder the terminal's text.
 */
public final class Printable {

	private Printable() {
	}

	public static String of(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && !unsafe(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!unsafe(c)) {
				out.append(c);
			} else if (c == '\n') {
				out.append("\\n");
			} else if (c == '\r') {
				out.append("\\r");
			} else if (c == '\t') {
				out.append("\\t");
			} else {
				out.append(String.format("\\u%04X", (int) c));
			}
		}
		return out.toString();
	}

	static boolean unsafe(char c) {
		return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
				|| c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
	}
}
