package io.formwork.filing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.formwork.runtime.Value;

/**
 * Figures as reports print them. {@link #parse(String)} accepts full-width digits and punctuation
 * ({@code １２，３４５．６}), thousands separators in groups of three ({@code 1,234}), surrounding spaces,
 * no-break spaces and {@code &nbsp;}, a leading sign and a trailing unit ({@code 251000元}, {@code 3.2816 万元},
 * {@code 71.74%}); the decimals printed are kept ({@code 12.50} has two). Empty text is blank.
 */
public final class Numbers {

	/** A number has at most this many digits before or after the point (no report prints more). */
	static final int MAX_DIGITS = 100;

	private static final Pattern NUMBER = Pattern
			.compile("([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(.*)", Pattern.DOTALL);
	private static final Pattern UNIT = Pattern.compile("[\\p{L}%‰°²³/·]+");
	private static final Pattern NBSP_ENTITY = Pattern.compile("&nbsp;?", Pattern.CASE_INSENSITIVE);

	private Numbers() {
	}

	/** A value and the unit stated after it (or null), or, when the text is not a number, why not. */
	public record Parsed(Value value, String unit, String errorZh, String errorEn) {

		public boolean ok() {
			return value != null;
		}

		static Parsed error(String zh, String en) {
			return new Parsed(null, null, zh, en);
		}
	}

	/** Parses a printed figure; null and empty or all-space text are blank. */
	public static Parsed parse(String text) {
		if (text == null) {
			return new Parsed(Value.blank(), null, null, null);
		}
		String s = normalise(text);
		if (s.isEmpty()) {
			return new Parsed(Value.blank(), null, null, null);
		}
		Matcher m = NUMBER.matcher(s);
		if (!m.matches()) {
			return Parsed.error("「" + text.strip() + "」不是数字", "'" + text.strip() + "' is not a number");
		}
		String rest = m.group(4);
		if (!rest.isEmpty() && !UNIT.matcher(rest).matches()) {
			if (rest.startsWith(",") || m.group(2).contains(",") && Character.isDigit(rest.charAt(0))) {
				return Parsed.error("「" + text.strip() + "」不是数字：千位分隔符应每三位一组",
						"'" + text.strip() + "' is not a number: thousands separators group three digits");
			}
			return Parsed.error("「" + text.strip() + "」不是数字：数字后有无法识别的文字「" + rest + "」",
					"'" + text.strip() + "' is not a number: '" + rest + "' follows the number");
		}
		String fraction = m.group(3) == null ? "" : m.group(3);
		Parsed exact = exact(m.group(1) + m.group(2).replace(",", "") + fraction);
		return exact.ok() ? new Parsed(exact.value(), rest.isEmpty() ? null : rest, null, null) : exact;
	}

	/** An exact number from its plain text (a JSON number's text, {@code 12.50}, {@code 1e3}). */
	public static Parsed exact(String text) {
		if (text.length() > 2 * MAX_DIGITS + 16) {
			return outOfRange(text.substring(0, 20) + "…");
		}
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		} catch (NumberFormatException e) {
			return Parsed.error("「" + text + "」不是数字", "'" + text + "' is not a number");
		}
		// in long: 1e2147483647 has scale -2147483647, and precision - scale overflows an int
		if (number.scale() > MAX_DIGITS || (long) number.precision() - number.scale() > MAX_DIGITS) {
			return outOfRange(text);
		}
		return new Parsed(Value.of(number), null, null, null);
	}

	private static Parsed outOfRange(String text) {
		return Parsed.error("「" + text + "」超出范围（小数点前后各最多 " + MAX_DIGITS + " 位）",
				"'" + text + "' is out of range (at most " + MAX_DIGITS + " digits before and after the point)");
	}

	/** Full-width forms to ASCII, unusual spaces and {@code &nbsp;} to spaces, minus signs to '-', stripped. */
	static String normalise(String text) {
		String s = text.indexOf('&') >= 0 ? NBSP_ENTITY.matcher(text).replaceAll(" ") : text;
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			} else if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009') {
				c = ' ';
			} else if (c == '\u2212') {
				c = '-';
			}
			out.append(c);
		}
		return out.toString().strip();
	}

}
