package io.formwork.runtime.engine;

import java.util.Arrays;

import io.formwork.runtime.Location;
import io.formwork.runtime.Value;
import io.formwork.runtime.compiled.Scaled;
import io.formwork.runtime.compiled.TypedFiling;

/**
 * The figures of one filing by slot: each value as bound (null: not reported), where it was read, and its
 * scaled-{@code long} form at the slot's scale with its state ({@link ScaledCheck#EXACT}, {@link ScaledCheck#BLANK}: blank
 * or not reported, its scaled form 0; {@link ScaledCheck#INEXACT}: no scaled form at that scale).
 * <p>
 * Figures read from a {@link TypedFiling} ({@link #Figures(int[], TypedFiling)}) keep its states and scaled forms
 * only; their values and locations are taken from it when first asked for ({@link #values()},
 * {@link #locations()}: an instance evaluated exactly, a calculated cell), so that a typed filing read lazily
 * (as {@code JsonFilingReader.readInto} fills one) is checked without a value object per figure.
 */
final class Figures {

	private final Value[] values;
	private final Location[] locations;
	final long[] unscaled;
	final byte[] state;
	private final int[] scales;
	/** The typed filing whose values and locations are still to be copied, or null. */
	private TypedFiling source;

	/** With {@code scaled} false, only the values and locations are kept (what findings need). */
	Figures(int[] scales, boolean scaled) {
		int slots = scales.length;
		this.scales = scales;
		values = new Value[slots];
		locations = new Location[slots];
		unscaled = scaled ? new long[slots] : null;
		state = scaled ? new byte[slots] : null;
		if (scaled) {
			Arrays.fill(state, ScaledCheck.BLANK);
		}
	}

	/**
	 * The figures of a typed filing: states and scaled forms now ({@code sameScales}: its scaled forms are at these
	 * scales), values and locations when first asked for. The filing's cells are the first slots (the cells of the
	 * plan, before the slots of its other operands).
	 */
	Figures(int[] scales, TypedFiling filing, boolean sameScales) {
		this(scales, true);
		int cells = filing.layout().size();
		for (int slot = 0; slot < cells; slot++) {
			if (filing.blank(slot)) {
				continue;
			}
			long scaled = sameScales && filing.exact(slot) ? filing.unscaled(slot)
					: Scaled.unscaled(filing.number(slot), scales[slot]);
			state[slot] = scaled == Long.MIN_VALUE ? ScaledCheck.INEXACT : ScaledCheck.EXACT;
			unscaled[slot] = scaled == Long.MIN_VALUE ? 0 : scaled;
		}
		source = filing;
	}

	private Figures(Figures other) {
		scales = other.scales;
		values = other.values().clone();
		locations = other.locations().clone();
		unscaled = other.unscaled == null ? null : other.unscaled.clone();
		state = other.state == null ? null : other.state.clone();
	}

	Figures copy() {
		return new Figures(this);
	}

	/** The value of each slot (null: not reported). */
	Value[] values() {
		if (source != null) {
			materialize();
		}
		return values;
	}

	/** Where each slot's figure was read (null: nowhere). */
	Location[] locations() {
		if (source != null) {
			materialize();
		}
		return locations;
	}

	private void materialize() {
		TypedFiling filing = source;
		source = null;
		int cells = filing.layout().size();
		for (int slot = 0; slot < cells; slot++) {
			if (values[slot] == null) {
				values[slot] = filing.value(slot);
				locations[slot] = filing.location(slot);
			}
		}
	}

	void set(int slot, Value value, Location location) {
		if (source != null) {
			materialize();
		}
		values[slot] = value;
		locations[slot] = location;
		if (state == null) {
			return;
		}
		if (value == null || value.isBlank()) {
			state[slot] = ScaledCheck.BLANK;
			unscaled[slot] = 0;
			return;
		}
		long scaled = Scaled.unscaled(value.number(), scales[slot]);
		state[slot] = scaled == Long.MIN_VALUE ? ScaledCheck.INEXACT : ScaledCheck.EXACT;
		unscaled[slot] = scaled == Long.MIN_VALUE ? 0 : scaled;
	}

	/** Sets a figure whose scaled form is known already (exact, at this slot's scale). */
	void set(int slot, Value value, Location location, long scaled) {
		if (source != null) {
			materialize();
		}
		values[slot] = value;
		locations[slot] = location;
		state[slot] = ScaledCheck.EXACT;
		unscaled[slot] = scaled;
	}
}
