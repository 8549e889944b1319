package io.formwork.lang.ui.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IMarker;

import io.formwork.lang.ui.Texts;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * Turns what validating a filing found into marker attributes: where (line and characters, or the workbook
 * cell), what (the rule's message in Chinese and English, naming table, row and column), and the explanation
 * (the rule as written, every operand's value and where it was read, both sides, their difference and the
 * tolerance) that the Formwork Explanation view shows for a selected marker.
 */
public final class FindingMarkers {

	private FindingMarkers() {
	}

	/** The attributes of one marker per input problem and per failed rule instance. */
	public static List<Map<String, Object>> of(ValidationResult result, String text) {
		return of(result, text, String::valueOf);
	}

	/**
	 * As {@link #of(ValidationResult, String)}, with locations in explanations shown by {@code shown} (the
	 * builder shows workspace paths instead of the file system's).
	 */
	public static List<Map<String, Object>> of(ValidationResult result, String text,
			Function<Location, String> shown) {
		LineIndex lines = new LineIndex(text);
		List<Map<String, Object>> markers = new ArrayList<>();
		for (Problem problem : result.problems()) {
			Map<String, Object> m = new HashMap<>();
			m.put(IMarker.MESSAGE, Texts.of(problem.zh(), problem.en()));
			m.put(IMarker.SEVERITY, severity(problem.severity()));
			m.put(ProblemMarkers.CODE, problem.code());
			place(m, problem.location(), lines);
			markers.add(m);
		}
		for (Finding finding : result.findings()) {
			if (finding.status() != Status.FAIL) {
				continue;
			}
			Map<String, Object> m = new HashMap<>();
			CellAddress cell = firstCell(finding);
			String where = cell == null ? "" : " — " + where(cell);
			m.put(IMarker.MESSAGE, "[" + finding.ruleId() + "] " + Texts.of(finding.messageZh(), finding.messageEn()) + where);
			m.put(IMarker.SEVERITY, severity(finding.severity()));
			m.put(ProblemMarkers.CODE, "rule." + finding.ruleId());
			m.put(ProblemMarkers.RULE, finding.ruleId());
			if (cell != null) {
				if (cell.table() != null) {
					m.put(ProblemMarkers.TABLE, cell.table());
					m.put(ProblemMarkers.COLUMN, cell.column());
				}
				m.put(ProblemMarkers.ROW, cell.row());
			}
			m.put(ProblemMarkers.EXPLANATION, explanation(finding, shown));
			place(m, finding.filingLocation(), lines);
			markers.add(m);
		}
		return markers;
	}

	private static CellAddress firstCell(Finding finding) {
		for (Operand operand : finding.operands()) {
			if (operand.location() != null) {
				return operand.address();
			}
		}
		return finding.operands().isEmpty() ? null : finding.operands().get(0).address();
	}

	/**
	 * "表 t3 行 received 列 total" or "table t3, row received, column total" (both, the English in brackets, when
	 * both languages are asked for), or the claim.
	 */
	static String where(CellAddress cell) {
		if (cell.isClaim()) {
			return both("叙述指标 " + cell.row(), "claim " + cell.row());
		}
		return both("表 " + cell.table() + " 行 " + cell.row() + " 列 " + cell.column(),
				"table " + cell.table() + ", row " + cell.row() + ", column " + cell.column());
	}

	private static String both(String zh, String en) {
		return Texts.of(zh, Texts.bilingual() ? "(" + en + ")" : en);
	}

	/** What `formwork explain` prints for one instance, in both languages. */
	public static String explanation(Finding finding, Function<Location, String> shown) {
		StringBuilder text = new StringBuilder();
		text.append(finding.ruleId());
		if (!finding.instance().isEmpty()) {
			text.append(" [").append(finding.instance()).append(']');
		}
		text.append(": ").append(finding.messageZh()).append('\n').append(finding.messageEn()).append('\n');
		if (finding.ruleLocation() != null) {
			text.append("规则位置 rule at: ").append(shown.apply(finding.ruleLocation())).append('\n');
		}
		text.append('\n');
		for (Operand operand : finding.operands()) {
			text.append("  ").append(operand.address()).append(" = ")
					.append(operand.value().isBlank() ? "（空白）(blank)" : operand.value().toString());
			if (operand.location() != null) {
				text.append("  @ ").append(shown.apply(operand.location()));
			}
			text.append('\n');
		}
		if (finding.left() != null && finding.right() != null) {
			text.append('\n').append("左边 left ").append(plain(finding.left())).append("，右边 right ")
					.append(plain(finding.right())).append("，差额 difference ").append(plain(finding.difference()))
					.append("，容差 tolerance ").append(finding.tolerance() == null ? "0" : plain(finding.tolerance()))
					.append('\n');
		}
		return text.toString();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	private static void place(Map<String, Object> marker, Location location, LineIndex lines) {
		if (location == null) {
			return;
		}
		if (location.cell() != null) {
			marker.put(ProblemMarkers.CELL, location.cell());
			marker.put(IMarker.LOCATION, location.cell());
		}
		if (location.line() > 0) {
			marker.put(IMarker.LINE_NUMBER, location.line());
			if (location.column() > 0) {
				marker.put(ProblemMarkers.LINE_COLUMN, location.column());
			}
			if (location.cell() == null) {
				marker.put(IMarker.LOCATION, "line " + location.line());
			}
			int start = lines.offset(location.line(), Math.max(1, location.column()));
			if (start >= 0) {
				marker.put(IMarker.CHAR_START, start);
				marker.put(IMarker.CHAR_END, lines.tokenEnd(start));
			}
		}
	}

	/** Line starts of a text, to turn line and column (1-based) into character offsets. */
	static final class LineIndex {
		private final String text;
		private final List<Integer> starts = new ArrayList<>();

		LineIndex(String text) {
			this.text = text == null ? "" : text;
			starts.add(0);
			for (int i = 0; i < this.text.length(); i++) {
				if (this.text.charAt(i) == '\n') {
					starts.add(i + 1);
				}
			}
		}

		int offset(int line, int column) {
			if (line < 1 || line > starts.size()) {
				return -1;
			}
			int offset = starts.get(line - 1) + column - 1;
			return offset <= text.length() ? offset : -1;
		}

		/** The end of the figure or word at an offset (at least one character when there is one). */
		int tokenEnd(int start) {
			int end = start;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",}]\"".indexOf(text.charAt(end)) < 0) {
				end++;
			}
			return end == start ? Math.min(start + 1, text.length()) : end;
		}
	}
}
