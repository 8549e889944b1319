package io.formwork.filing;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/** What both readers do with one fact once its parts are read: check address, value and unit, then add it. */
final class Facts {

	private Facts() {
	}

	/**
	 * Adds a fact, or reports what is wrong with it (every wrong part, not only the first).
	 *
	 * @param value the value as text: a JSON number's text, a string to normalise, or null for blank
	 * @param exact whether {@code value} is a JSON number (exact text, no normalisation, no unit)
	 * @param unit  the unit given beside the value, or null
	 */
	static void add(Filing filing, String cell, Location cellAt, String value, boolean exact, Location valueAt,
			String unit) {
		CellAddress address = address(filing, cell, cellAt);
		Numbers.Parsed parsed = exact ? Numbers.exact(value) : Numbers.parse(value);
		if (!parsed.ok()) {
			filing.problem(Problem.error(ProblemCodes.NOT_A_NUMBER, valueAt, parsed.errorZh(), parsed.errorEn()));
			return;
		}
		String stated = unit == null || unit.isBlank() ? null : unit.strip();
		if (stated != null && parsed.unit() != null && !stated.equals(parsed.unit())) {
			filing.problem(Problem.error(ProblemCodes.BAD_FACT, valueAt,
					"数值后写的单位「" + parsed.unit() + "」与所填单位「" + stated + "」不一致",
					"The value is followed by the unit '" + parsed.unit() + "' but the unit given is '" + stated + "'"));
			return;
		}
		if (address != null) {
			filing.add(new Fact(address, parsed.value(), stated != null ? stated : parsed.unit(), valueAt, null));
		}
	}

	/** The address, or null (reported) when it is malformed; null without a report when there is none. */
	private static CellAddress address(Filing filing, String cell, Location at) {
		if (cell == null) {
			return null;
		}
		try {
			return CellAddress.parse(cell);
		} catch (IllegalArgumentException malformed) {
			filing.problem(Problem.error(ProblemCodes.BAD_ADDRESS, at,
					"单元格地址「" + cell + "」格式错误：应写作 表[行, 列]（如 t3[received, natural]）或声明名称",
					"Malformed cell address '" + cell + "': write table[row, column], e.g. t3[received, natural], or a claim name"));
			return null;
		}
	}
}
