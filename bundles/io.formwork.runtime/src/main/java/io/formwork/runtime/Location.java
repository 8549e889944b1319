package io.formwork.runtime;

import java.util.Objects;

/**
 * Where something is: a file, a line and column (1-based; 0 when unknown), and for spreadsheets or printed
 * tables a cell description such as {@code 表3!C12} or {@code 表三 一、本年新收 / 自然人}.
 * <p>
 * A figure read from a narrative also carries the {@code quote} it was read from (its sentence, shortened as
 * the narrative reader shortens it; null elsewhere), which a rule's message shows as {@code {sentence}}. The
 * quote is what was read there, not part of where: two locations are equal when they are the same place.
 */
public record Location(String file, int line, int column, String cell, String quote) {

	public Location(String file, int line, int column, String cell) {
		this(file, line, column, cell, null);
	}

	/** This place with the text read there (a narrative figure's sentence); this location when the quote is null. */
	public Location quoting(String text) {
		return text == null || text.equals(quote) ? this : new Location(file, line, column, cell, text);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Location that && line == that.line && column == that.column
				&& Objects.equals(file, that.file) && Objects.equals(cell, that.cell);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, line, column, cell);
	}

	public static Location of(String file, int line, int column) {
		return new Location(file, line, column, null);
	}

	public static Location ofCell(String file, String cell) {
		return new Location(file, 0, 0, cell);
	}

	public static Location unknown(String file) {
		return new Location(file, 0, 0, null);
	}

	/** file:line:column, file (cell), or the file alone. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file == null ? "" : file);
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		if (cell != null) {
			text.append(text.isEmpty() ? "" : " ").append('(').append(cell).append(')');
		}
		return text.toString();
	}
}
