package io.formwork.runtime;

/**
 * Where something is: a file, a line and column (1-based; 0 when unknown), and for spreadsheets or printed
 * tables a cell description such as {@code 表3!C12} or {@code 表三 一、本年新收 / 自然人}.
 */
public record Location(String file, int line, int column, String cell) {

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
