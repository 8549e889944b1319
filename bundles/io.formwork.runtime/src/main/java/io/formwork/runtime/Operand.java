package io.formwork.runtime;

/** One figure a rule read: its address, its value (blank if the filing left it empty) and where it was read. */
public record Operand(CellAddress address, Value value, Location location) {
}
