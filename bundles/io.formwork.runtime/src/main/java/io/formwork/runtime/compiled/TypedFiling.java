package io.formwork.runtime.compiled;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Value;
import io.formwork.runtime.semantics.Semantics;
import io.formwork.runtime.text.Escape;

/**
 * The base of the filing classes generated from templates: every cell of the template by number, with its
 * value as stated (null when the filing does not report it; {@link Value#blank()} when it leaves it empty),
 * where it was read, and its scaled-{@code long} form for the generated validator's fast path. Converts from
 * and to the runtime's {@link Filing} the way the engine binds facts (units converted, unknown cells and
 * units reported as problems) and writes the JSON filing format.
 * <p>
 * A reader may also fill the cells directly ({@link FigureSlots}): a figure is then kept as its digits and scale, and
 * where it was read as a line and a column; its {@link Value} and {@link Location} are made only when asked for.
 */
public abstract class TypedFiling {

	private final Layout layout;
	private final Value[] values;
	private final Location[] locations;
	private final long[] unscaled;
	/** Bit i of word i/64: cell i holds a figure whose scaled form is exact. */
	private final long[] exact;
	/** {@link #ABSENT}, {@link #BLANK} or {@link #NUMBER}: what the cell holds, whether its value is made yet or not */
	private final byte[] kind;
	/** a figure filled by a reader and not made into a {@link Value} yet: its digits and scale as written */
	private final long[] stated;
	private final byte[] statedScale;
	/** where a filled figure was read, while its {@link Location} is not made yet (line 0: nothing to make) */
	private final int[] lines;
	private final int[] columns;
	private final List<Problem> problems = new ArrayList<>();
	private String source;
	private String template;
	private Integer year;
	private String body;

	protected TypedFiling(Layout layout) {
		this.layout = layout;
		int n = layout.size();
		this.values = new Value[n];
		this.locations = new Location[n];
		this.unscaled = new long[n];
		this.exact = new long[(n + 63) >>> 6];
		this.kind = new byte[n];
		this.stated = new long[n];
		this.statedScale = new byte[n];
		this.lines = new int[n];
		this.columns = new int[n];
	}

	static final byte ABSENT = 0;
	static final byte BLANK = 1;
	static final byte NUMBER = 2;

	public final Layout layout() {
		return layout;
	}

	// ------------------------------------------------------------------ figures

	/** The value of a cell: null when not reported, {@link Value#isBlank() blank} when left empty. */
	public final Value value(int cell) {
		Value value = values[cell];
		if (value == null && kind[cell] != ABSENT) {
			value = kind[cell] == BLANK ? Value.blank()
					: Value.of(BigDecimal.valueOf(stated[cell], statedScale[cell]));
			values[cell] = value;
		}
		return value;
	}

	/** The number in a cell, or null when it is blank or not reported. */
	public final BigDecimal number(int cell) {
		return kind[cell] == NUMBER ? value(cell).number() : null;
	}

	/** Where the cell's figure was read, or null. */
	public final Location location(int cell) {
		Location location = locations[cell];
		if (location == null && lines[cell] > 0) {
			location = Location.of(source, lines[cell], columns[cell]);
			locations[cell] = location;
		}
		return location;
	}

	/** True when the cell holds a figure whose scaled form ({@link #unscaled}) is exact. */
	public final boolean exact(int cell) {
		return (exact[cell >>> 6] & 1L << cell) != 0;
	}

	/**
	 * Cells 64·{@code word} to 64·{@code word} + 63 as bits (bit i for cell 64·word + i): set when the cell's scaled
	 * form is exact. Generated validators test the cells an instance reads a word at a time.
	 */
	public final long exactWord(int word) {
		return exact[word];
	}

	private void setExact(int cell, boolean on) {
		if (on) {
			exact[cell >>> 6] |= 1L << cell;
		} else {
			exact[cell >>> 6] &= ~(1L << cell);
		}
	}

	/** True when the cell is blank or not reported. */
	public final boolean blank(int cell) {
		return kind[cell] != NUMBER;
	}

	/** True when the cell's scaled form is exact, or the cell is blank (its scaled form is then 0). */
	public final boolean exactOrBlank(int cell) {
		return exact(cell) || blank(cell);
	}

	/** The figure times 10^{@link Layout#scale scale} (0 when blank); meaningful when {@link #exact} is true. */
	public final long unscaled(int cell) {
		return unscaled[cell];
	}

	/** The operand a rule reads from a cell: its value (blank when not reported) and where it was read. */
	public final Operand operand(int cell) {
		return operand(cell, false);
	}

	/** The operand a rule reads from a cell, {@code prior} when this is the previous period's filing. */
	public final Operand operand(int cell, boolean prior) {
		Value value = value(cell);
		return new Operand(layout.address(cell), value == null ? Value.blank() : value,
				location(cell), prior);
	}

	/** Sets (or, with a null value, removes) the figure of a cell. */
	protected final void set(int cell, Value value, Location location) {
		values[cell] = value;
		locations[cell] = value == null ? null : location;
		lines[cell] = 0;
		kind[cell] = value == null ? ABSENT : value.isBlank() ? BLANK : NUMBER;
		long scaled = value == null || value.isBlank() ? Long.MIN_VALUE
				: Scaled.unscaled(value.number(), layout.scale(cell));
		setExact(cell, scaled != Long.MIN_VALUE);
		unscaled[cell] = scaled != Long.MIN_VALUE ? scaled : 0;
	}

	/** Empties every cell, the metadata and the problems, and names the source of what will be filled. */
	final void clear(String source) {
		Arrays.fill(values, null);
		Arrays.fill(locations, null);
		Arrays.fill(unscaled, 0);
		Arrays.fill(exact, 0L);
		Arrays.fill(kind, ABSENT);
		Arrays.fill(lines, 0);
		problems.clear();
		this.source = source;
		template = null;
		year = null;
		body = null;
	}

	/** A figure as written ({@code digits}·10^-{@code scale}, at most 18 digits) read at a line and column. */
	final void fillNumber(int cell, long digits, int scale, int line, int column) {
		values[cell] = null;
		locations[cell] = null;
		kind[cell] = NUMBER;
		stated[cell] = digits;
		statedScale[cell] = (byte) scale;
		lines[cell] = line;
		columns[cell] = column;
		long scaled = Scaled.unscaled(digits, scale, layout.scale(cell));
		setExact(cell, scaled != Long.MIN_VALUE);
		unscaled[cell] = scaled != Long.MIN_VALUE ? scaled : 0;
	}

	/** A blank (a JSON null) read at a line and column. */
	final void fillBlank(int cell, int line, int column) {
		values[cell] = null;
		locations[cell] = null;
		kind[cell] = BLANK;
		lines[cell] = line;
		columns[cell] = column;
		setExact(cell, false);
		unscaled[cell] = 0;
	}

	final boolean filled(int cell) {
		return kind[cell] != ABSENT;
	}

	/** Binds a runtime filing into this one, emptied first (as a new filing's {@link #bind}). */
	final void fill(Filing filing) {
		clear(filing.source());
		bind(filing);
	}

	/** Copies every figure and the metadata of another filing of the same template into this one. */
	protected final void copyFrom(TypedFiling other) {
		if (other.layout != layout) {
			throw new IllegalArgumentException("not a filing of template " + layout.templateId());
		}
		System.arraycopy(other.values, 0, values, 0, values.length);
		System.arraycopy(other.locations, 0, locations, 0, locations.length);
		System.arraycopy(other.unscaled, 0, unscaled, 0, unscaled.length);
		System.arraycopy(other.exact, 0, exact, 0, exact.length);
		System.arraycopy(other.kind, 0, kind, 0, kind.length);
		System.arraycopy(other.stated, 0, stated, 0, stated.length);
		System.arraycopy(other.statedScale, 0, statedScale, 0, statedScale.length);
		System.arraycopy(other.lines, 0, lines, 0, lines.length);
		System.arraycopy(other.columns, 0, columns, 0, columns.length);
		problems.clear();
		problems.addAll(other.problems);
		source = other.source;
		template = other.template;
		year = other.year;
		body = other.body;
	}

	// ------------------------------------------------------------------ metadata

	/** The file (or other input) the figures were read from, or null. */
	public final String source() {
		return source;
	}

	/** The template the filing names, or null. */
	public final String template() {
		return template;
	}

	public final Integer year() {
		return year;
	}

	public final String body() {
		return body;
	}

	protected final void source(String source) {
		this.source = source;
	}

	protected final void template(String template) {
		this.template = template;
	}

	protected final void year(Integer year) {
		this.year = year;
	}

	protected final void body(String body) {
		this.body = body;
	}

	/** What binding facts to the template found: cells it does not have, units it cannot convert. */
	public final List<Problem> bindingProblems() {
		return Collections.unmodifiableList(problems);
	}

	// ------------------------------------------------------------------ from and to the runtime's filings

	/**
	 * Takes the facts of a filing as the engine binds them: a fact for a cell the template lacks, or stated in a
	 * unit that cannot be converted to the cell's, is left out and reported ({@link #bindingProblems()}); one
	 * stated in a convertible unit is converted (3.2816 万元 = 32816 元). The filing's own problems stay with it.
	 */
	protected final void bind(Filing filing) {
		source = filing.source();
		template = filing.template();
		year = filing.year();
		body = filing.body();
		for (Fact fact : filing.facts().values()) {
			int cell = layout.indexOf(fact.address());
			if (cell < 0) {
				problems.add(Semantics.unknownCell(layout.templateId(), fact));
				continue;
			}
			Value value = Semantics.bind(fact, layout.unit(cell), layout.conversions());
			if (value == null) {
				problems.add(Semantics.unitMismatch(fact, layout.unit(cell)));
				continue;
			}
			set(cell, value, fact.quotedLocation());
		}
	}

	/**
	 * The figures as a runtime filing: one fact per reported cell, in the template's order, stated in the
	 * cell's unit, located where it was read. Names the template (and year and body when known).
	 */
	public final Filing toFiling() {
		Filing filing = new Filing(source).template(template == null ? layout.templateId() : template).year(year)
				.body(body);
		for (int i = 0; i < values.length; i++) {
			if (kind[i] != ABSENT) {
				filing.add(new Fact(layout.address(i), value(i), layout.unit(i), location(i), null));
			}
		}
		return filing;
	}

	/**
	 * The figures in the JSON filing format (io.formwork.filing's FORMATS.md): template, year and body when
	 * known, one fact per reported cell with its unit, a blank as null. Figures are JSON numbers written with
	 * the decimals they were stated with, so that reading the text back gives the same values.
	 */
	public final String toJson() {
		StringBuilder json = new StringBuilder(64 + 48 * values.length);
		json.append("{\n  \"template\": ").append(quote(template == null ? layout.templateId() : template));
		if (year != null) {
			json.append(",\n  \"year\": ").append(year.intValue());
		}
		if (body != null) {
			json.append(",\n  \"body\": ").append(quote(body));
		}
		json.append(",\n  \"facts\": [");
		boolean first = true;
		for (int i = 0; i < values.length; i++) {
			Value value = value(i);
			if (value == null) {
				continue;
			}
			json.append(first ? "\n" : ",\n").append("    {\"cell\": ").append(quote(layout.address(i).toString()))
					.append(", \"value\": ");
			json.append(value.isBlank() ? "null" : value.number().toPlainString());
			if (layout.unit(i) != null && !value.isBlank()) {
				json.append(", \"unit\": ").append(quote(layout.unit(i)));
			}
			json.append('}');
			first = false;
		}
		json.append(first ? "]\n}\n" : "\n  ]\n}\n");
		return json.toString();
	}

	/** A JSON string literal. */
	static String quote(String text) {
		return Escape.jsonString(text);
	}

	/** Same template, metadata, figures (as {@link Value#equals}) and locations. */
	public final boolean sameAs(TypedFiling other) {
		return other != null && other.layout == layout && Objects.equals(source, other.source)
				&& Objects.equals(template, other.template) && Objects.equals(year, other.year)
				&& Objects.equals(body, other.body) && sameFigures(other);
	}

	private boolean sameFigures(TypedFiling other) {
		for (int i = 0; i < values.length; i++) {
			if (!Objects.equals(value(i), other.value(i))
					|| !Objects.equals(location(i), other.location(i))) {
				return false;
			}
		}
		return true;
	}

	/** The figures of the filing, one reported cell a line: {@code t3[received, natural] = 12}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(layout.templateId());
		if (year != null) {
			text.append(' ').append(year);
		}
		if (body != null) {
			text.append(' ').append(body);
		}
		for (int i = 0; i < values.length; i++) {
			if (kind[i] != ABSENT) {
				CellAddress address = layout.address(i);
				text.append('\n').append(address).append(" = ").append(value(i).isBlank() ? "blank" : value(i));
			}
		}
		return text.toString();
	}
}
