package io.formwork.runtime.compiled;

import io.formwork.runtime.Status;

/**
 * The status of a rule instance as the generated validators' fast path reports it, one byte per instance:
 * {@link #NONE} when its condition does not apply (the engine gives no finding then), else the
 * {@link Status} it would have.
 */
public final class Statuses {

	public static final byte NONE = 0;
	public static final byte PASS = 1;
	public static final byte FAIL = 2;
	public static final byte NOT_ASSESSABLE = 3;

	private Statuses() {
	}

	/** The status, or null for {@link #NONE}. */
	public static Status of(byte status) {
		return switch (status) {
		case PASS -> Status.PASS;
		case FAIL -> Status.FAIL;
		case NOT_ASSESSABLE -> Status.NOT_ASSESSABLE;
		case NONE -> null;
		default -> throw new IllegalArgumentException("not a status: " + status);
		};
	}

	public static byte of(Status status) {
		if (status == null) {
			return NONE;
		}
		return switch (status) {
		case PASS -> PASS;
		case FAIL -> FAIL;
		case NOT_ASSESSABLE -> NOT_ASSESSABLE;
		};
	}
}
