package io.formwork.runtime.engine;

/**
 * A filing bound to the slots of one {@link Engine} ({@link Engine#bind}): its figures by slot with their
 * scaled-{@code long} forms, and the same with the template's calculated cells filled, so that
 * {@link Engine#check(BoundFiling, BoundFiling, byte[])} reads arrays only. Binding takes one hash lookup per
 * fact; a bound filing can be checked any number of times, by any number of threads (it is not changed).
 * Facts for cells the template lacks, or in units that cannot be converted, are left out as the engine's
 * {@code check} leaves them out; {@link Engine#validate} reports them.
 */
public final class BoundFiling {

	final Program program;
	/** The figures as the filing states them (what a rule reads from the previous period). */
	final Figures stated;
	/** With the calculated cells the filing does not state filled (what a rule reads from this period). */
	final Figures completed;

	BoundFiling(Program program, Figures stated, Figures completed) {
		this.program = program;
		this.stated = stated;
		this.completed = completed;
	}
}
