package io.formwork.filing;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through and knows the line and column (1-based, in UTF-16 units; {@code \n}, {@code \r}
 * and {@code \r\n} end a line) of any character it has not yet been told to forget. A retaining reader keeps
 * the characters from {@link #release(long)}'s offset on, so that a caller can look at the raw text of a
 * record (and go back to re-read it) after a parser further along has consumed it; a non-retaining one only
 * counts. Memory stays bounded by what is retained, never by the size of the input.
 */
final class PositionReader extends Reader {

	private static final int COMPACT_AT = 1 << 16;

	private final Reader in;
	private final boolean retain;
	/** retained characters; {@code window[0]} is at offset {@code windowStart} */
	private final StringBuilder window = new StringBuilder();
	private long windowStart;
	/** characters of the window before this index are released: {@code line}, {@code column} describe it */
	private int released;
	private int line = 1;
	private int column = 1;
	private boolean afterCarriageReturn;
	/** offset of the next character {@link #read} delivers */
	private long next;

	PositionReader(Reader in, boolean retain) {
		this.in = in;
		this.retain = retain;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		long end = windowStart + window.length();
		if (next < end) {
			int count = (int) Math.min(length, end - next);
			int from = (int) (next - windowStart);
			window.getChars(from, from + count, buffer, offset);
			next += count;
			return count;
		}
		int count = in.read(buffer, offset, length);
		if (count <= 0) {
			return count;
		}
		next += count;
		if (retain) {
			window.append(buffer, offset, count);
		} else {
			for (int i = offset; i < offset + count; i++) {
				advance(buffer[i]);
			}
			windowStart = next;
		}
		return count;
	}

	/** Offset of the next character to be read: the number of characters delivered so far. */
	long offset() {
		return next;
	}

	/** Reads again from an offset not yet released (retaining readers only). */
	void rewind(long offset) {
		check(offset);
		next = offset;
	}

	/** The character at an offset not released, or -1 when it has not been read yet. */
	int charAt(long offset) {
		if (offset > windowStart + window.length()) {
			return -1;
		}
		check(offset);
		long index = offset - windowStart;
		return index < window.length() ? window.charAt((int) index) : -1;
	}

	/** {line, column} of an offset that is not released; for a non-retaining reader, of the current offset. */
	int[] position(long offset) {
		if (!retain) {
			return new int[] { line, column };
		}
		check(offset);
		int l = line;
		int c = column;
		boolean cr = afterCarriageReturn;
		for (int i = released; i < offset - windowStart; i++) {
			char ch = window.charAt(i);
			if (ch == '\n' && cr) {
				cr = false;
			} else if (ch == '\n' || ch == '\r') {
				l++;
				c = 1;
				cr = ch == '\r';
			} else {
				c++;
				cr = false;
			}
		}
		return new int[] { l, c };
	}

	/** Forgets everything before an offset: positions and characters before it are no longer asked for. */
	void release(long offset) {
		check(offset);
		int upTo = (int) (offset - windowStart);
		for (int i = released; i < upTo; i++) {
			advance(window.charAt(i));
		}
		released = upTo;
		if (released >= COMPACT_AT && released * 2 >= window.length()) {
			window.delete(0, released);
			windowStart += released;
			released = 0;
		}
	}

	private void advance(char ch) {
		if (ch == '\n' && afterCarriageReturn) {
			afterCarriageReturn = false;
		} else if (ch == '\n' || ch == '\r') {
			line++;
			column = 1;
			afterCarriageReturn = ch == '\r';
		} else {
			column++;
			afterCarriageReturn = false;
		}
	}

	private void check(long offset) {
		if (!retain || offset < windowStart + released || offset > windowStart + window.length()) {
			throw new IllegalArgumentException("offset " + offset + " is not retained");
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
