package io.formwork.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Limits on a template's or a filing's text, checked in one linear pass before it is parsed, so that no input
 * can overflow the parser's or the checks' stack or make them take quadratic time:
 * <ul>
 * <li>brackets {@code (} and {@code [} nested at most {@value #MAX_DEPTH} deep;</li>
 * <li>at most {@value #MAX_OPERATORS} operators in one expression (a longer sum is written with
 * {@code sum([a] to [b])});</li>
 * <li>numbers of at most {@value #MAX_DIGITS} digits before and after the point (as JSON and CSV filings).</li>
 * </ul>
 * Each breach is a problem at its place; the text of a too deep or too long expression is blanked (line breaks
 * kept, so every other location stays) before parsing, and the rest of the file is parsed as usual.
 */
public final class SourceLimits {

	public static final int MAX_DEPTH = 100;
	public static final int MAX_OPERATORS = 500;
	public static final int MAX_DIGITS = 100;

	public static final String TOO_DEEP = "formwork.tooDeep";
	public static final String TOO_LONG = "formwork.tooLong";
	public static final String NUMBER_TOO_LONG = "formwork.numberTooLong";
	public static final String ENCODING = "formwork.encoding";
	public static final String TOO_LARGE = "formwork.tooLarge";

	/** Words that end an expression (statements and clauses around it): the operator count starts again. */
	private static final Set<String> BOUNDARIES = Set.of("assert", "when", "message", "row", "column", "heading",
			"group", "check", "tolerance", "claim", "indicator", "table", "section", "narrative", "template", "catalog",
			"unit", "dimension", "member", "en", "revise", "insert", "remove", "rename", "relabel", "retype",
			"replace", "columns", "rows", "note", "phrase", "for", "blank", "deactivate", "activate", "filing", "year",
			"body", "import", "type", "decimals", "definition", "values");

	/** A problem found: where (offset, length) and the message in Chinese and English. */
	public record Problem(String code, int offset, int length, String message) {
	}

	/** The text to parse (blanked where a limit was passed) and the problems. */
	public record Result(String text, List<Problem> problems) {
	}

	private SourceLimits() {
	}

	public static Result check(String text) {
		List<Problem> problems = new ArrayList<>();
		char[] out = null;
		int n = text.length();
		int depth = 0;
		int deepStart = -1; // offset of the bracket that went past the limit, while inside it
		int operators = 0;
		int runStart = -1;
		boolean runFlagged = false;
		List<int[]> blanks = new ArrayList<>();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (c == '"' || c == '\'') {
				endRun(blanks, runFlagged, i);
				int end = i + 1;
				while (end < n && text.charAt(end) != c) {
					end += text.charAt(end) == '\\' ? 2 : 1;
				}
				i = Math.min(n, end + 1);
				runStart = -1;
				operators = 0;
				runFlagged = false;
				continue;
			}
			if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
				while (i < n && text.charAt(i) != '\n') {
					i++;
				}
				continue;
			}
			if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
				continue;
			}
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (isWordStart(c)) {
				int end = i + 1;
				while (end < n && isWordPart(text.charAt(end))) {
					end++;
				}
				String word = text.substring(i, end);
				if (BOUNDARIES.contains(word)) {
					endRun(blanks, runFlagged, i);
					runStart = -1;
					operators = 0;
					runFlagged = false;
				} else {
					if (runStart < 0) {
						runStart = i;
					}
					if (word.equals("and") || word.equals("or")) {
						operators++;
					}
				}
				i = end;
			} else if (c >= '0' && c <= '9') {
				int end = i;
				while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
					end++;
				}
				int whole = end - i;
				int fraction = 0;
				if (end + 1 < n && text.charAt(end) == '.' && text.charAt(end + 1) >= '0' && text.charAt(end + 1) <= '9') {
					int f = end + 1;
					while (f < n && text.charAt(f) >= '0' && text.charAt(f) <= '9') {
						f++;
					}
					fraction = f - end - 1;
					end = f;
				}
				if (whole > MAX_DIGITS || fraction > MAX_DIGITS) {
					problems.add(new Problem(NUMBER_TOO_LONG, i, end - i,
							"数字位数过多（小数点前后各最多 " + MAX_DIGITS + " 位，此处 " + Math.max(whole, fraction) + " 位）。 A number has too many digits (at most "
									+ MAX_DIGITS + " before and after the point; here " + Math.max(whole, fraction) + ")."));
				}
				if (runStart < 0) {
					runStart = i;
				}
				i = end;
			} else {
				if (runStart < 0 && c != '{' && c != '}') {
					runStart = i;
				}
				if (c == '(' || c == '[') {
					depth++;
					if (depth == MAX_DEPTH + 1 && deepStart < 0) {
						deepStart = i;
						problems.add(new Problem(TOO_DEEP, i, 1, "括号嵌套过深（最多 " + MAX_DEPTH + " 层）。 Brackets are nested too deeply (at most "
								+ MAX_DEPTH + " levels)."));
					}
				} else if (c == ')' || c == ']') {
					if (depth == MAX_DEPTH + 1 && deepStart >= 0) {
						blanks.add(new int[] { deepStart, i });
						deepStart = -1;
					}
					depth = Math.max(0, depth - 1);
				} else if (c == '{' || c == '}') {
					endRun(blanks, runFlagged, i);
					runStart = -1;
					operators = 0;
					runFlagged = false;
				} else if (c == '+' || c == '-' || c == '*' || c == '/' || c == '=' || c == '<' || c == '>') {
					if (!(c == '>' && i > 0 && text.charAt(i - 1) == '<') && !(c == '=' && i > 0
							&& (text.charAt(i - 1) == '<' || text.charAt(i - 1) == '>'))) {
						operators++;
					}
				}
				i++;
			}
			if (operators > MAX_OPERATORS && !runFlagged) {
				runFlagged = true;
				problems.add(new Problem(TOO_LONG, runStart, 1, "表达式过长（最多 " + MAX_OPERATORS
						+ " 个运算符；长的求和请写作 sum([a] to [b])）。 The expression is too long (at most " + MAX_OPERATORS
						+ " operators; write a long sum as sum([a] to [b]))."));
				blanks.add(new int[] { runStart, n - 1 });
			}
		}
		endRun(blanks, runFlagged, n);
		if (deepStart >= 0) {
			blanks.add(new int[] { deepStart, n - 1 });
		}
		if (!blanks.isEmpty()) {
			out = text.toCharArray();
			for (int[] blank : blanks) {
				for (int k = blank[0]; k <= Math.min(blank[1], n - 1); k++) {
					if (out[k] != '\n' && out[k] != '\r') {
						out[k] = ' ';
					}
				}
			}
		}
		return new Result(out == null ? text : new String(out), problems);
	}

	/** A flagged run ends just before {@code at}: its blank stops there. */
	private static void endRun(List<int[]> blanks, boolean flagged, int at) {
		if (flagged) {
			blanks.get(blanks.size() - 1)[1] = at - 1;
		}
	}

	private static boolean isWordStart(char c) {
		return c == '_' || c == '^' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u3400' && c <= '\u9FFF';
	}

	private static boolean isWordPart(char c) {
		return isWordStart(c) || c >= '0' && c <= '9';
	}

	/** Whether an issue code is one of these limits'. */
	public static boolean isLimit(String code) {
		return code != null && (code.equals(TOO_DEEP) || code.equals(TOO_LONG) || code.equals(NUMBER_TOO_LONG)
				|| code.equals(ENCODING) || code.equals(TOO_LARGE));
	}
}
