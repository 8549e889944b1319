package io.formwork.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable address of a reported figure: table, row and column codes (a column inside a group is
 * {@code group.member}, e.g. {@code review.upheld}), or, for a figure a narrative states, the claim's name.
 * Labels never address anything.
 */
public record CellAddress(String table, String row, String column) {

	public CellAddress {
		Objects.requireNonNull(row, "row");
	}

	public static CellAddress cell(String table, String row, String column) {
		return new CellAddress(Objects.requireNonNull(table, "table"), row, Objects.requireNonNull(column, "column"));
	}

	public static CellAddress claim(String name) {
		return new CellAddress(null, name, null);
	}

	public boolean isClaim() {
		return table == null;
	}

	/** A claim's name: a letter or underscore, then letters, digits and underscores. */
	private static final Pattern CLAIM_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

	/**
	 * Parses {@code t3[received, natural]} (spaces optional) or a bare claim name.
	 *
	 * @throws IllegalArgumentException with a message saying what is wrong
	 */
	public static CellAddress parse(String text) {
		String s = text.strip();
		int open = s.indexOf('[');
		if (open < 0) {
			if (s.isEmpty() || !CLAIM_NAME.matcher(s).matches()) {
				throw new IllegalArgumentException("not a cell address or claim name: '" + text + "'");
			}
			return claim(s);
		}
		if (!s.endsWith("]") || open == 0) {
			throw new IllegalArgumentException("a cell address reads table[row, column]: '" + text + "'");
		}
		// exactly one comma between the brackets (indexOf rather than split: addresses are parsed once per fact)
		int comma = s.indexOf(',', open + 1);
		String row = comma < 0 ? "" : s.substring(open + 1, comma);
		String column = comma < 0 ? "" : s.substring(comma + 1, s.length() - 1);
		if (comma < 0 || s.indexOf(',', comma + 1) >= 0 || row.isBlank() || column.isBlank()) {
			throw new IllegalArgumentException("a cell address reads table[row, column]: '" + text + "'");
		}
		return cell(s.substring(0, open).strip(), row.strip(), column.strip());
	}

	/**
	 * Mixes the codes' hashes: a record's default hash, 31·(31·h(table) + h(row)) + h(column), collides in bulk
	 * for codes that differ in their digits ({@code t12[r0345, c07]}), and large filings then fill hash maps
	 * with long chains.
	 */
	@Override
	public int hashCode() {
		int hash = mix(Objects.hashCode(table));
		hash = mix(hash ^ row.hashCode());
		return mix(hash ^ Objects.hashCode(column));
	}

	private static int mix(int x) {
		int h = x * 0x9E3779B1;
		return h ^ (h >>> 16);
	}

	@Override
	public String toString() {
		return isClaim() ? row : table + "[" + row + ", " + column + "]";
	}
}
