package io.formwork.runtime.text;

/**
 * Text made safe for the three languages Formwork writes: HTML (reports and template documentation), JSON
 * strings (schemas, typed filings' JSON) and Java string literals (generated code). One place, so that the
 * reports, the generators and the runtime escape alike.
 */
public final class Escape {

	private Escape() {
	}

	/** Text for HTML content or a quoted attribute value; {@code null} is empty. */
	public static String html(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A JSON string literal, quotes included: quote, backslash and control characters escaped, and the line and
	 * paragraph separators too, which JavaScript does not allow raw in a string.
	 */
	public static String jsonString(String text) {
		return literal(text, false);
	}

	/**
	 * A Java string literal, quotes included, in ASCII: everything outside printable ASCII is a {@code \\uXXXX}
	 * escape, so that generated sources compile whatever encoding the compiler is told.
	 */
	public static String javaString(String text) {
		return literal(text, true);
	}

	private static String literal(String text, boolean asciiOnly) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029' || asciiOnly && c > 0x7e) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
