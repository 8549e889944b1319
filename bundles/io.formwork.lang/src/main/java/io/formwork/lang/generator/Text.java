package io.formwork.lang.generator;

import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What the generators compose their templates with. Each construct of an output is one method returning its
 * text: a text block with holes, filled by {@link #fill}. A block of lines goes into a template as a hole on a
 * line of its own ending in a line continuation, {@code %s\}, the block bringing its own line ends, so an empty
 * block leaves no line behind. Templates are written at the nesting they have in their own construct; the caller
 * places them deeper with {@link #indent}.
 */
final class Text {

	private Text() {
	}

	/**
	 * The template with its holes filled: {@code %s} takes the next value, {@code %2$s} the second, {@code %%} is a
	 * percent sign; a value is written as {@link String#valueOf(Object)} writes it. Like {@link String#formatted}
	 * with {@code %s} alone, but reading no locale (where {@code %d} would write the default locale's digits) and
	 * making no {@link java.util.Formatter} per call; any other {@code %} is refused.
	 */
	static String fill(String template, Object... values) {
		StringBuilder out = new StringBuilder(template.length() + 64 * values.length);
		int next = 0;
		int from = 0;
		int at;
		while ((at = template.indexOf('%', from)) >= 0) {
			out.append(template, from, at);
			int end = at + 1;
			while (end < template.length() && Character.isDigit(template.charAt(end))) {
				end++;
			}
			if (end < template.length() && template.charAt(end) == '%' && end == at + 1) {
				out.append('%');
			} else if (end < template.length() && template.charAt(end) == 's' && end == at + 1) {
				out.append(values[next++]);
			} else if (end > at + 1 && end + 1 < template.length() && template.charAt(end) == '$'
					&& template.charAt(end + 1) == 's') {
				out.append(values[Integer.parseInt(template, at + 1, end, 10) - 1]);
				end++;
			} else {
				throw new IllegalArgumentException("not a hole of a template: "
						+ template.substring(at, Math.min(template.length(), at + 4)));
			}
			from = end + 1;
		}
		return out.append(template, from, template.length()).toString();
	}

	/** The text with every line that is not empty indented by {@code tabs} more tabs. */
	static String indent(String text, int tabs) {
		return indent(text, "\t".repeat(tabs));
	}

	/** The text with every line that is not empty starting with {@code prefix} (spaces, say) more. */
	static String indent(String text, String prefix) {
		if (prefix.isEmpty() || text.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + (text.length() >> 3) + 16);
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end + 1;
			if (text.charAt(start) != '\n') {
				out.append(prefix);
			}
			out.append(text, start, end);
			start = end;
		}
		return out.toString();
	}

	/** The texts of the items, one after the other. */
	static <T> String each(Iterable<T> items, Function<? super T, String> text) {
		StringBuilder out = new StringBuilder();
		for (T item : items) {
			out.append(text.apply(item));
		}
		return out.toString();
	}

	/** The texts of {@code from} to {@code to} (exclusive), one after the other. */
	static String each(int from, int to, IntFunction<String> text) {
		StringBuilder out = new StringBuilder();
		for (int i = from; i < to; i++) {
			out.append(text.apply(i));
		}
		return out.toString();
	}

	/** The text when the condition holds, else nothing: an optional piece of a template. */
	static String when(boolean condition, String text) {
		return condition ? text : "";
	}
}
