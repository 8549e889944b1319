package io.formwork.filing;

import java.nio.charset.StandardCharsets;

import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.Layout;
import io.formwork.runtime.compiled.TypedFiling;

/**
 * The fast path of {@link JsonFilingReader#readInto}: a filing in the plain, well-formed shape every tool writes
 * — {@code template}, {@code year}, {@code body} and {@code facts}, each fact {@code {"cell": …, "value": …}}
 * (and a {@code unit} that is the cell's own) — read from its UTF-8 bytes straight into the cells of a
 * {@link TypedFiling}: an address is matched against the layout on its bytes ({@link Layout#indexOf(byte[], int,
 * int)}), a figure goes to its digits and scale, its place to a line and column; no string, {@code BigDecimal},
 * {@code Fact} or {@code Location} per fact.
 * <p>
 * It says no ({@link #read} returns false) to anything else, leaving the general reader to read the file and
 * report on it exactly as always: a string with an escape or a control character, bytes that are not strict
 * UTF-8 (or a byte order mark), an address written otherwise than the layout writes it or not in the layout, a
 * cell given twice, a unit that is not the cell's, a figure written as a string, with an exponent or more than 18
 * digits, a metadata value of the wrong kind, an unknown or repeated key, no {@code facts}, anything after the
 * object, and every syntax error. What it does take it reads as the general reader and the binding do: the same
 * values (scale as written) and the same locations (line, column in UTF-16 units, as Jackson counts lines).
 */
final class TypedJson {

	/** Not the plain shape: the general reader takes over. Thrown without a stack trace. */
	private static final class NotPlain extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotPlain() {
			super(null, null, false, false);
		}
	}

	private static final NotPlain NOT_PLAIN = new NotPlain();

	private static final int TEMPLATE = 1;
	private static final int YEAR = 2;
	private static final int BODY = 4;
	private static final int FACTS = 8;
	private static final int CELL = 1;
	private static final int VALUE = 2;
	private static final int UNIT = 4;

	private final byte[] b;
	private final int n;
	private final TypedFiling into;
	private final Layout layout;
	private int p;
	private int line = 1;
	private int lineStart;
	/** what the multi-byte characters read so far on this line take beyond their UTF-16 units */
	private int surplus;
	/** The number {@link #number()} read last: its digits, and how many of them are decimals. */
	private long digits;
	private int scale;
	/** Where {@link #unit()} found the unit of the fact being read (bytes), or -1. */
	private int unitStart;
	private int unitEnd;

	private TypedJson(byte[] bytes, TypedFiling into) {
		this.b = bytes;
		this.n = bytes.length;
		this.into = into;
		this.layout = into.layout();
	}

	/**
	 * Reads a filing in the plain shape into {@code into} (emptied first) and returns true, or returns false,
	 * leaving {@code into} in no particular state, when the bytes are anything else.
	 */
	static boolean read(byte[] bytes, String source, TypedFiling into) {
		FigureSlots.clear(into, source);
		try {
			new TypedJson(bytes, into).document();
			return true;
		} catch (NotPlain | ArrayIndexOutOfBoundsException e) {
			return false;
		}
	}

	private static NotPlain no() {
		return NOT_PLAIN;
	}

	private void document() {
		ws();
		expect('{');
		String template = null;
		Integer year = null;
		String body = null;
		int seen = 0;
		while (true) {
			ws();
			int key = metadataKey();
			if ((seen & key) != 0) {
				throw no();
			}
			seen |= key;
			ws();
			expect(':');
			ws();
			switch (key) {
			case TEMPLATE -> template = text();
			case YEAR -> year = year();
			case BODY -> body = text();
			default -> facts();
			}
			ws();
			int c = at();
			p++;
			if (c == '}') {
				break;
			}
			if (c != ',') {
				throw no();
			}
		}
		if ((seen & FACTS) == 0) {
			throw no();
		}
		ws();
		if (p != n) {
			throw no();
		}
		FigureSlots.metadata(into, template, year, body);
	}

	private int metadataKey() {
		int start = string();
		int length = p - 1 - start;
		if (length == 8 && same(start, "template")) {
			return TEMPLATE;
		}
		if (length == 4 && same(start, "year")) {
			return YEAR;
		}
		if (length == 4 && same(start, "body")) {
			return BODY;
		}
		if (length == 5 && same(start, "facts")) {
			return FACTS;
		}
		throw no();
	}

	/** A metadata string as the general reader takes it (stripped), null for JSON null; blank is not plain. */
	private String text() {
		if (at() == 'n') {
			literalNull();
			return null;
		}
		int start = string();
		String text = new String(b, start, p - 1 - start, StandardCharsets.UTF_8);
		if (text.isBlank()) {
			throw no();
		}
		return text.strip();
	}

	/** A four-digit year (1000 … 9999) written as a plain integer, or null. */
	private Integer year() {
		if (at() == 'n') {
			literalNull();
			return null;
		}
		int year = 0;
		for (int i = 0; i < 4; i++) {
			int c = at();
			if (c < (i == 0 ? '1' : '0') || c > '9') {
				throw no();
			}
			year = year * 10 + (c - '0');
			p++;
		}
		if (p < n && isNumberPart(b[p])) {
			throw no();
		}
		return year;
	}

	private void facts() {
		expect('[');
		ws();
		if (at() == ']') {
			p++;
			return;
		}
		while (true) {
			fact();
			ws();
			int c = at();
			p++;
			if (c == ']') {
				return;
			}
			if (c != ',') {
				throw no();
			}
			ws();
		}
	}

	/** One fact, {@code {"cell": …, "value": …, "unit": …}} in any order, stored into its slot. */
	private void fact() {
		expect('{');
		int seen = 0;
		int cell = -1;
		boolean blank = false;
		int valueLine = 0;
		int valueColumn = 0;
		unitStart = -1;
		unitEnd = -1;
		do {
			ws();
			int key = key();
			if ((seen & key) != 0) {
				throw no();
			}
			seen |= key;
			ws();
			expect(':');
			ws();
			if (key == CELL) {
				cell = cell();
				if (cell < 0) {
					throw no();
				}
			} else if (key == VALUE) {
				valueLine = line;
				valueColumn = p - lineStart - surplus + 1;
				blank = !number();
			} else {
				unit();
			}
		} while (nextMember());
		if ((seen & (CELL | VALUE)) != (CELL | VALUE) || FigureSlots.filled(into, cell)) {
			throw no();
		}
		// a unit stated beside a figure of a cell that has one is kept only when it is the cell's own ("" is none)
		if (unitEnd > unitStart && !blank && layout.unit(cell) != null && !ownUnit(cell, unitStart, unitEnd)) {
			throw no();
		}
		if (blank) {
			FigureSlots.blank(into, cell, valueLine, valueColumn);
		} else {
			FigureSlots.number(into, cell, digits, scale, valueLine, valueColumn);
		}
	}

	/** A fact's key: {@link #CELL}, {@link #VALUE} or {@link #UNIT}; any other is no fast read. */
	private int key() {
		int start = string();
		int length = p - 1 - start;
		if (length == 4 && same(start, "cell")) {
			return CELL;
		} else if (length == 5 && same(start, "value")) {
			return VALUE;
		} else if (length == 4 && same(start, "unit")) {
			return UNIT;
		}
		throw no();
	}

	/**
	 * A value: {@code null} (false) or a JSON number {@code -?(0|[1-9][0-9]*)(.[0-9]+)?} of at most 18 digits in
	 * all and no exponent, left in {@link #digits} and {@link #scale} (true).
	 */
	private boolean number() {
		int c = at();
		if (c == 'n') {
			literalNull();
			return false;
		}
		digits = 0;
		scale = 0;
		boolean negative = c == '-';
		if (negative) {
			p++;
			c = at();
		}
		int count = 0;
		if (c == '0') {
			p++;
			count = 1;
		} else if (c >= '1' && c <= '9') {
			while (p < n && (c = b[p]) >= '0' && c <= '9') {
				digits = digits * 10 + (c - '0');
				p++;
				if (++count > 18) {
					throw no();
				}
			}
		} else {
			throw no();
		}
		if (p < n && b[p] == '.') {
			p++;
			int first = p;
			while (p < n && (c = b[p]) >= '0' && c <= '9') {
				digits = digits * 10 + (c - '0');
				p++;
				scale++;
				if (++count > 18) {
					throw no();
				}
			}
			if (p == first) {
				throw no();
			}
		}
		if (p < n && isNumberPart(b[p])) {
			throw no(); // an exponent, a leading zero, "-" alone, …
		}
		if (negative) {
			digits = -digits;
		}
		return true;
	}

	/** A unit: {@code null}, or a string whose bytes are left between {@link #unitStart} and {@link #unitEnd}. */
	private void unit() {
		if (at() == 'n') {
			literalNull();
		} else {
			unitStart = string();
			unitEnd = p - 1;
		}
	}

	/** After a member: true after a comma, false at the closing brace. */
	private boolean nextMember() {
		ws();
		int c = at();
		p++;
		if (c == '}') {
			return false;
		}
		if (c != ',') {
			throw no();
		}
		return true;
	}

	/** The cell's unit, written exactly (the binding then keeps the figure as it is, as for no unit). */
	private boolean ownUnit(int cell, int from, int to) {
		String unit = layout.unit(cell);
		return layout.unitIs(cell, b, from, to) && unit.equals(unit.strip());
	}

	/** An address: a string read as {@link #string()} reads it, hashed on the way, looked up in the layout. */
	private int cell() {
		expect('"');
		int start = p;
		int h = 0;
		byte[] b = this.b;
		int n = this.n;
		// the index in a local: the field is written back only around a multi-byte character
		int i = start;
		while (true) {
			if (i >= n) {
				throw no();
			}
			int c = b[i];
			if (c == '"') {
				p = i + 1;
				return layout.indexOf(b, start, i, h);
			}
			if (c >= 0x20 && c != '\\') {
				h = 31 * h + c;
				i++;
			} else if (c < 0) {
				p = i;
				multiByte(c & 0xFF);
				for (; i < p; i++) {
					h = 31 * h + b[i];
				}
			} else {
				throw no();
			}
		}
	}

	/** A string without escapes or control characters, strict UTF-8; returns where its text starts (p is past it). */
	private int string() {
		expect('"');
		int start = p;
		byte[] b = this.b;
		int n = this.n;
		int i = start;
		while (true) {
			if (i >= n) {
				throw no();
			}
			int c = b[i];
			if (c == '"') {
				p = i + 1;
				return start;
			}
			if (c >= 0x20 && c != '\\') {
				i++;
			} else if (c < 0) {
				p = i;
				multiByte(c & 0xFF);
				i = p;
			} else {
				throw no(); // an escape or a control character
			}
		}
	}

	/** One multi-byte character, strict UTF-8 as {@link JsonFilingReader.Utf8} checks it. */
	private void multiByte(int c) {
		if (c < 0xC2) {
			throw no();
		}
		if (c < 0xE0) {
			if (p + 1 >= n || !continuation(b[p + 1])) {
				throw no();
			}
			p += 2;
			surplus += 1;
		} else if (c < 0xF0) {
			if (p + 2 >= n || !continuation(b[p + 1]) || !continuation(b[p + 2])) {
				throw no();
			}
			int c1 = b[p + 1] & 0xFF;
			if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0) {
				throw no();
			}
			p += 3;
			surplus += 2;
		} else if (c < 0xF5) {
			if (p + 3 >= n || !continuation(b[p + 1]) || !continuation(b[p + 2]) || !continuation(b[p + 3])) {
				throw no();
			}
			int c1 = b[p + 1] & 0xFF;
			if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90) {
				throw no();
			}
			p += 4;
			surplus += 2;
		} else {
			throw no();
		}
	}

	private static boolean continuation(byte c) {
		return (c & 0xC0) == 0x80;
	}

	/** A byte that would continue a number's token for Jackson (a digit, point, exponent, sign) or a name. */
	private static boolean isNumberPart(byte c) {
		return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'
				|| c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private void literalNull() {
		if (p + 4 > n || b[p] != 'n' || b[p + 1] != 'u' || b[p + 2] != 'l' || b[p + 3] != 'l') {
			throw no();
		}
		p += 4;
		if (p < n && isNumberPart(b[p])) {
			throw no();
		}
	}

	/** JSON's white space, lines counted as Jackson counts them (CR LF is one line break, a lone CR one too). */
	private void ws() {
		byte[] b = this.b;
		int n = this.n;
		int i = p;
		while (i < n) {
			int c = b[i];
			if (c == ' ' || c == '\t') {
				i++;
			} else if (c == '\n') {
				i++;
				newLine(i);
			} else if (c == '\r') {
				i++;
				if (i < n && b[i] == '\n') {
					i++;
				}
				newLine(i);
			} else {
				break;
			}
		}
		p = i;
	}

	private void newLine(int start) {
		line++;
		lineStart = start;
		surplus = 0;
	}

	private int at() {
		if (p >= n) {
			throw no();
		}
		return b[p];
	}

	private void expect(char c) {
		if (p >= n || b[p] != c) {
			throw no();
		}
		p++;
	}

	private boolean same(int start, String ascii) {
		for (int i = 0; i < ascii.length(); i++) {
			if (b[start + i] != ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
