package io.formwork.runtime.compiled;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.plan.Plan;

/**
 * The cells of one template as generated code numbers them: cell i has an address, the unit the template
 * counts it in (or null), and the scale its figures take in scaled-{@code long} form. Built once per
 * generated class from constants.
 */
public final class Layout {

	private final String templateId;
	private final int year;
	private final CellAddress[] addresses;
	private final String[] units;
	private final int[] scales;
	private final Map<CellAddress, Integer> index;
	private final Map<String, Plan.UnitConversion> conversions;
	/** the UTF-8 bytes of each cell's canonical address text ({@link CellAddress#toString()}), or null */
	private final byte[][] texts;
	/** open addressing over {@link #hash} of {@link #texts}: cell + 1, 0 for an empty slot */
	private final int[] byText;
	/** the UTF-8 bytes of each cell's unit, or null */
	private final byte[][] unitTexts;

	/**
	 * @param cells one {table, row, column} triple per cell (table and column null for a narrative claim)
	 * @param units the unit of each cell, or null
	 * @param scales the scale of each cell's scaled form (0 … {@link Scaled#MAX_SCALE})
	 * @param conversions unit conversions as {unit, factor, base} triples (万元, 10000, 元)
	 */
	public Layout(String templateId, int year, String[][] cells, String[] units, int[] scales, String[][] conversions) {
		if (cells.length != units.length || cells.length != scales.length) {
			throw new IllegalArgumentException("one unit and one scale per cell");
		}
		this.templateId = templateId;
		this.year = year;
		this.addresses = new CellAddress[cells.length];
		this.index = new HashMap<>(cells.length * 2);
		for (int i = 0; i < cells.length; i++) {
			String[] cell = cells[i];
			addresses[i] = cell[0] == null ? CellAddress.claim(cell[1]) : CellAddress.cell(cell[0], cell[1], cell[2]);
			if (index.put(addresses[i], i) != null) {
				throw new IllegalArgumentException("cell " + addresses[i] + " twice");
			}
			if (scales[i] < 0 || scales[i] > Scaled.MAX_SCALE) {
				throw new IllegalArgumentException("scale " + scales[i] + " of " + addresses[i]);
			}
		}
		this.units = units.clone();
		this.scales = scales.clone();
		Map<String, Plan.UnitConversion> map = new LinkedHashMap<>();
		for (String[] c : conversions) {
			map.put(c[0], new Plan.UnitConversion(c[0], new BigDecimal(c[1]), c[2]));
		}
		this.conversions = Collections.unmodifiableMap(map);
		this.unitTexts = new byte[cells.length][];
		for (int i = 0; i < cells.length; i++) {
			unitTexts[i] = units[i] == null ? null : units[i].getBytes(StandardCharsets.UTF_8);
		}
		this.texts = new byte[cells.length][];
		this.byText = new int[Integer.highestOneBit(Math.max(cells.length, 1) * 4) * 2];
		for (int i = 0; i < cells.length; i++) {
			String text = addresses[i].toString();
			CellAddress back;
			try {
				back = CellAddress.parse(text);
			} catch (IllegalArgumentException e) {
				back = null;
			}
			if (!addresses[i].equals(back)) {
				continue; // a text that does not read back as the address: such a cell is always found the general way
			}
			texts[i] = text.getBytes(StandardCharsets.UTF_8);
			int mask = byText.length - 1;
			int slot = hash(texts[i], 0, texts[i].length) & mask;
			while (byText[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			byText[slot] = i + 1;
		}
	}

	/** The hash of a text's bytes that {@link #indexOf(byte[], int, int)} uses. */
	private static int hash(byte[] bytes, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + bytes[i];
		}
		return h ^ (h >>> 15);
	}

	/** True when the cell has a unit and {@code bytes[from, to)} is its name in UTF-8, exactly. */
	public boolean unitIs(int cell, byte[] bytes, int from, int to) {
		byte[] unit = unitTexts[cell];
		return unit != null && Arrays.equals(unit, 0, unit.length, bytes, from, to);
	}

	/**
	 * The number of the cell whose address is written exactly {@code bytes[from, to)} in UTF-8, as
	 * {@link CellAddress#toString()} writes it ({@code t3[received, natural]}), or -1. Any other spelling of an
	 * address (other spacing) gives -1 too: a reader then parses the text the general way.
	 */
	public int indexOf(byte[] bytes, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + bytes[i];
		}
		return indexOf(bytes, from, to, h);
	}

	/**
	 * As {@link #indexOf(byte[], int, int)}, given the hash a reader computed while it read the text:
	 * {@code h = 31 * h + b} over its bytes {@code b} (signed), from 0.
	 */
	public int indexOf(byte[] bytes, int from, int to, int h) {
		int mask = byText.length - 1;
		int slot = (h ^ (h >>> 15)) & mask;
		int cell;
		while ((cell = byText[slot]) != 0) {
			byte[] text = texts[cell - 1];
			if (Arrays.equals(text, 0, text.length, bytes, from, to)) {
				return cell - 1;
			}
			slot = (slot + 1) & mask;
		}
		return -1;
	}

	public String templateId() {
		return templateId;
	}

	/** The first year the template applies to. */
	public int year() {
		return year;
	}

	public int size() {
		return addresses.length;
	}

	public CellAddress address(int cell) {
		return addresses[cell];
	}

	public String unit(int cell) {
		return units[cell];
	}

	public int scale(int cell) {
		return scales[cell];
	}

	/** The number of the cell at an address, or -1 when the template has no such cell. */
	public int indexOf(CellAddress address) {
		Integer i = index.get(address);
		return i == null ? -1 : i;
	}

	public Map<String, Plan.UnitConversion> conversions() {
		return conversions;
	}
}
