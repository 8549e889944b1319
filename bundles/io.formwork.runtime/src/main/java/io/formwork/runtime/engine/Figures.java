package io.formwork.runtime.engine;

import io.formwork.runtime.Location;
import io.formwork.runtime.Value;
import io.formwork.runtime.compiled.Scaled;

/**
 * The figures of one filing by slot: each value as bound (null: not reported), where it was read, and its
 * scaled-{@code long} form at the slot's scale with its state ({@link Fast#EXACT}, {@link Fast#BLANK}: blank
 * or not reported, its scaled form 0; {@link Fast#INEXACT}: no scaled form at that scale).
 */
final class Figures {

	final Value[] values;
	final Location[] locations;
	final long[] unscaled;
	final byte[] state;
	private final int[] scales;

	/** With {@code scaled} false, only the values and locations are kept (what findings need). */
	Figures(int[] scales, boolean scaled) {
		int slots = scales.length;
		this.scales = scales;
		values = new Value[slots];
		locations = new Location[slots];
		unscaled = scaled ? new long[slots] : null;
		state = scaled ? new byte[slots] : null;
		if (scaled) {
			java.util.Arrays.fill(state, Fast.BLANK);
		}
	}

	private Figures(Figures other) {
		scales = other.scales;
		values = other.values.clone();
		locations = other.locations.clone();
		unscaled = other.unscaled == null ? null : other.unscaled.clone();
		state = other.state == null ? null : other.state.clone();
	}

	Figures copy() {
		return new Figures(this);
	}

	void set(int slot, Value value, Location location) {
		values[slot] = value;
		locations[slot] = location;
		if (state == null) {
			return;
		}
		if (value == null || value.isBlank()) {
			state[slot] = Fast.BLANK;
			unscaled[slot] = 0;
			return;
		}
		long scaled = Scaled.unscaled(value.number(), scales[slot]);
		state[slot] = scaled == Long.MIN_VALUE ? Fast.INEXACT : Fast.EXACT;
		unscaled[slot] = scaled == Long.MIN_VALUE ? 0 : scaled;
	}

	/** Sets a figure whose scaled form is known already (exact, at this slot's scale). */
	void set(int slot, Value value, Location location, long scaled) {
		values[slot] = value;
		locations[slot] = location;
		state[slot] = Fast.EXACT;
		unscaled[slot] = scaled;
	}
}
