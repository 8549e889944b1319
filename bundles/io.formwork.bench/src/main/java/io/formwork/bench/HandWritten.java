package io.formwork.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.formwork.runtime.compiled.Statuses;

/**
 * The practical limit: rules R1–R5 of the 2021 format written by hand over an {@code int} per cell (the fee
 * ×10⁴), with {@link #BLANK} for a blank or unreported figure, and a JSON reader that goes straight from the
 * text to that array (Jackson's streaming parser, a hash lookup per address, digits to {@code int}). What a
 * programmer would write for this one form and nothing else: no locations, no messages, no units, no template.
 * <p>
 * Statuses are in the order of the template's rule instances: R1 and R2 per column of table 3, R3 per row, R4
 * per group of table 4, R5 per table cell.
 */
public final class HandWritten {

	/** A blank or unreported figure. */
	public static final int BLANK = Integer.MIN_VALUE;

	public static final int R1 = 0;
	public static final int R2 = R1 + Form2021.T3_COLUMNS.length;
	public static final int R3 = R2 + Form2021.T3_COLUMNS.length;
	public static final int R4 = R3 + Form2021.T3_ROWS.length;
	public static final int R5 = R4 + Form2021.T4_GROUPS.length;
	/** The number of rule instances. */
	public static final int INSTANCES = R5 + Form2021.TABLE_CELLS;

	private static final JsonFactory JSON = JsonFactory.builder().build();
	private static final Map<String, Integer> SQUEEZED = new HashMap<>();

	static {
		for (int i = 0; i < Form2021.CELLS; i++) {
			SQUEEZED.put(squeeze(Form2021.addresses().get(i)), i);
		}
	}

	private HandWritten() {
	}

	/** The rule an instance belongs to. */
	public static String ruleId(int instance) {
		return instance < R2 ? "R1" : instance < R3 ? "R2" : instance < R4 ? "R3" : instance < R5 ? "R4" : "R5";
	}

	/** The column, row, group or cell an instance is for, named as the template names it. */
	public static String instance(int instance) {
		if (instance < R2) {
			return Form2021.T3_COLUMNS[instance - R1];
		}
		if (instance < R3) {
			return Form2021.T3_COLUMNS[instance - R2];
		}
		if (instance < R4) {
			return Form2021.T3_ROWS[instance - R3];
		}
		if (instance < R5) {
			return Form2021.T4_GROUPS[instance - R4];
		}
		return Form2021.addresses().get(instance - R5);
	}

	/**
	 * Checks a filing; {@code s[i]} gets the status of instance i ({@link Statuses}).
	 *
	 * @return the number of failed instances
	 */
	public static int check(int[] v, byte[] s) {
		int failed = 0;
		final int cols = Form2021.T3_COLUMNS.length;
		for (int c = 0; c < cols; c++) {
			int received = v[Form2021.t3(Form2021.RECEIVED, c)];
			int carriedIn = v[Form2021.t3(Form2021.CARRIED_IN, c)];
			int handled = v[Form2021.t3(Form2021.HANDLED, c)];
			int carriedOver = v[Form2021.t3(Form2021.CARRIED_OVER, c)];
			// R1: received + carried in = handled + carried over
			byte st;
			if (received == BLANK || carriedIn == BLANK || handled == BLANK || carriedOver == BLANK) {
				st = Statuses.NOT_ASSESSABLE;
			} else {
				st = (long) received + carriedIn == (long) handled + carriedOver ? Statuses.PASS : Statuses.FAIL;
			}
			s[R1 + c] = st;
			// R2: handled = sum of the outcomes
			long sum = 0;
			boolean blank = handled == BLANK;
			for (int row = Form2021.FIRST_OUTCOME; row <= Form2021.LAST_OUTCOME; row++) {
				int x = v[Form2021.t3(row, c)];
				blank |= x == BLANK;
				sum += x;
			}
			s[R2 + c] = blank ? Statuses.NOT_ASSESSABLE : sum == handled ? Statuses.PASS : Statuses.FAIL;
		}
		// R3: total = natural + the legal persons, per row
		for (int row = 0; row < Form2021.T3_ROWS.length; row++) {
			int base = Form2021.t3(row, 0);
			long sum = 0;
			boolean blank = false;
			for (int c = 0; c < Form2021.TOTAL_COLUMN; c++) {
				int x = v[base + c];
				blank |= x == BLANK;
				sum += x;
			}
			int total = v[base + Form2021.TOTAL_COLUMN];
			s[R3 + row] = blank || total == BLANK ? Statuses.NOT_ASSESSABLE
					: sum == total ? Statuses.PASS : Statuses.FAIL;
		}
		// R4: upheld + corrected + other + pending = total, per group of table 4
		for (int g = 0; g < Form2021.T4_GROUPS.length; g++) {
			int base = Form2021.t4(g, 0);
			int a = v[base];
			int b = v[base + 1];
			int c = v[base + 2];
			int d = v[base + 3];
			int total = v[base + 4];
			s[R4 + g] = a == BLANK || b == BLANK || c == BLANK || d == BLANK || total == BLANK
					? Statuses.NOT_ASSESSABLE
					: (long) a + b + c + d == total ? Statuses.PASS : Statuses.FAIL;
		}
		// R5: not negative, every table cell
		for (int cell = 0; cell < Form2021.TABLE_CELLS; cell++) {
			int x = v[cell];
			s[R5 + cell] = x == BLANK ? Statuses.NOT_ASSESSABLE : x >= 0 ? Statuses.PASS : Statuses.FAIL;
		}
		for (int i = 0; i < INSTANCES; i++) {
			failed += s[i] == Statuses.FAIL ? 1 : 0;
		}
		return failed;
	}

	/**
	 * Reads a filing in JSON into one {@code int} per cell ({@link #BLANK} when blank or not reported).
	 *
	 * @throws IllegalArgumentException for anything this reader does not expect (it is no general reader)
	 */
	public static int[] read(byte[] json) {
		int[] v = new int[Form2021.CELLS];
		Arrays.fill(v, BLANK);
		try (JsonParser parser = JSON.createParser(json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("not a filing");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				JsonToken token = parser.nextToken();
				if ("facts".equals(key) && token == JsonToken.START_ARRAY) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						fact(parser, v);
					}
				} else {
					parser.skipChildren();
				}
			}
		} catch (IOException e) {
			throw new IllegalArgumentException(e);
		}
		return v;
	}

	private static void fact(JsonParser parser, int[] v) throws IOException {
		int cell = -1;
		int whole = BLANK;
		String decimal = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			JsonToken token = parser.nextToken();
			switch (key) {
			case "cell" -> {
				String address = parser.getText();
				cell = Form2021.indexOf(address);
				if (cell < 0) {
					Integer squeezed = SQUEEZED.get(squeeze(address));
					if (squeezed == null) {
						throw new IllegalArgumentException("unknown cell " + address);
					}
					cell = squeezed;
				}
			}
			case "value" -> {
				if (token == JsonToken.VALUE_NUMBER_INT) {
					whole = parser.getIntValue();
				} else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
					decimal = parser.getText();
				} else if (token != JsonToken.VALUE_NULL) {
					throw new IllegalArgumentException("value " + parser.getText());
				}
			}
			default -> parser.skipChildren();
			}
		}
		if (cell == Form2021.FEE) {
			v[cell] = decimal != null ? scaled(decimal)
					: whole == BLANK ? BLANK : Math.multiplyExact(whole, Form2021.FEE_SCALE);
		} else if (cell >= 0) {
			if (decimal != null) {
				throw new IllegalArgumentException("a count with decimals: " + decimal);
			}
			v[cell] = whole;
		}
	}

	/** A decimal in 万元 (up to four decimals) ×10⁴. */
	static int scaled(String text) {
		int point = text.indexOf('.');
		String whole = point < 0 ? text : text.substring(0, point);
		String fraction = point < 0 ? "" : text.substring(point + 1);
		if (fraction.length() > 4) {
			throw new IllegalArgumentException("more than four decimals: " + text);
		}
		boolean negative = whole.startsWith("-");
		long x = Math.abs(Long.parseLong(whole)) * Form2021.FEE_SCALE
				+ (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000").substring(0, 4)));
		return Math.toIntExact(negative ? -x : x);
	}

	private static String squeeze(String address) {
		return address.replace(" ", "");
	}
}
