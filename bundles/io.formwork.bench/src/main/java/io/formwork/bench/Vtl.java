package io.formwork.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import fr.insee.vtl.model.Dataset;
import fr.insee.vtl.model.InMemoryDataset;
import fr.insee.vtl.model.Structured;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.compiled.Statuses;

/**
 * Rules R1–R5 of the 2021 format in VTL, run by Trevas's in-memory engine: the peer a statistics office would
 * pick. Trevas's in-memory engine implements neither {@code check_datapoint} nor {@code check_hierarchy} nor
 * {@code check}, so the rules are plain {@code calc} expressions over datasets shaped for them, many filings
 * to a dataset:
 * <ul>
 * <li>{@code t3_col}, one data point per (filing, column of table 3), the 25 rows as measures ({@code r_…}): R1,
 * R2;</li>
 * <li>{@code t3_row}, one per (filing, row of table 3), the 7 columns as measures ({@code c_…}): R3;</li>
 * <li>{@code t4}, one per (filing, group of table 4), the 5 outcomes as measures ({@code o_…}): R4;</li>
 * <li>{@code cells}, one per (filing, table cell), the figure as measure {@code v}: R5.</li>
 * </ul>
 * A blank or unreported figure is VTL's null, which makes the comparison null: not assessable, as in Formwork.
 * Counts are {@code Long}s (exact); the fee, the only decimal, is a {@code Double} in {@code cells}, where only
 * its sign matters.
 */
public final class Vtl {

	static final String FILING = "id_filing";

	/** The rules, one VTL statement each. */
	public static final String SCRIPT = String.join("\n",
			"R1 := t3_col [calc bool_var := r_received + r_carried_in = r_handled + r_carried_over];",
			"R2 := t3_col [calc bool_var := r_handled = " + String.join(" + ", outcomes()) + "];",
			"R3 := t3_row [calc bool_var := c_total = c_natural + c_business + c_research + c_charity + c_legal_service + c_other];",
			"R4 := t4 [calc bool_var := o_upheld + o_corrected + o_other + o_pending = o_total];",
			"R5 := cells [calc bool_var := v >= 0];");

	static final List<Structured.Component> T3_COL = new ArrayList<>();
	static final List<Structured.Component> T3_ROW = new ArrayList<>();
	static final List<Structured.Component> T4 = new ArrayList<>();
	static final List<Structured.Component> CELLS = List.of(identifier(FILING), identifier("id_cell"),
			new Structured.Component("v", Double.class, Dataset.Role.MEASURE, true));

	static {
		T3_COL.add(identifier(FILING));
		T3_COL.add(identifier("id_col"));
		for (String row : Form2021.T3_ROWS) {
			T3_COL.add(measure("r_" + row));
		}
		T3_ROW.add(identifier(FILING));
		T3_ROW.add(identifier("id_row"));
		for (String column : Form2021.T3_COLUMNS) {
			T3_ROW.add(measure("c_" + column));
		}
		T4.add(identifier(FILING));
		T4.add(identifier("id_group"));
		for (String outcome : Form2021.T4_OUTCOMES) {
			T4.add(measure("o_" + outcome));
		}
	}

	/** Trevas's script engine, with its bindings: one per thread. */
	private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("vtl");

	public Vtl() {
		if (engine == null) {
			throw new IllegalStateException("no VTL script engine (Trevas) on the class path");
		}
	}

	static List<String> outcomes() {
		List<String> names = new ArrayList<>();
		for (int row = Form2021.FIRST_OUTCOME; row <= Form2021.LAST_OUTCOME; row++) {
			names.add("r_" + Form2021.T3_ROWS[row]);
		}
		return names;
	}

	private static Structured.Component identifier(String name) {
		return new Structured.Component(name, String.class, Dataset.Role.IDENTIFIER, false);
	}

	private static Structured.Component measure(String name) {
		return new Structured.Component(name, Long.class, Dataset.Role.MEASURE, true);
	}

	/** The four datasets of a batch of filings, by name; filing i is identified as "i". */
	public record Data(int filings, Map<String, Dataset> datasets) {
	}

	/** The datasets of filings read by Formwork's readers (figures by address, in the template's units). */
	public static Data datasets(List<Filing> filings) {
		List<Object[]> figures = new ArrayList<>(filings.size());
		for (Filing filing : filings) {
			Object[] v = new Object[Form2021.CELLS];
			for (Fact fact : filing.facts().values()) {
				int cell = Form2021.indexOf(address(fact.address()));
				if (cell >= 0 && !fact.value().isBlank()) {
					BigDecimal number = fact.value().number();
					v[cell] = cell == Form2021.FEE ? (Object) number.doubleValue() : (Object) number.longValueExact();
				}
			}
			figures.add(v);
		}
		return fromFigures(figures);
	}

	private static String address(CellAddress address) {
		return address.toString();
	}

	/** The datasets of filings given as one figure per cell (Long, Double for the fee, null when blank). */
	static Data fromFigures(List<Object[]> figures) {
		List<List<Object>> t3col = new ArrayList<>();
		List<List<Object>> t3row = new ArrayList<>();
		List<List<Object>> t4 = new ArrayList<>();
		List<List<Object>> cells = new ArrayList<>();
		List<String> addresses = Form2021.addresses();
		for (int f = 0; f < figures.size(); f++) {
			Object[] v = figures.get(f);
			String id = Integer.toString(f);
			for (int c = 0; c < Form2021.T3_COLUMNS.length; c++) {
				Object[] point = new Object[2 + Form2021.T3_ROWS.length];
				point[0] = id;
				point[1] = Form2021.T3_COLUMNS[c];
				for (int row = 0; row < Form2021.T3_ROWS.length; row++) {
					point[2 + row] = v[Form2021.t3(row, c)];
				}
				t3col.add(Arrays.asList(point));
			}
			for (int row = 0; row < Form2021.T3_ROWS.length; row++) {
				Object[] point = new Object[2 + Form2021.T3_COLUMNS.length];
				point[0] = id;
				point[1] = Form2021.T3_ROWS[row];
				for (int c = 0; c < Form2021.T3_COLUMNS.length; c++) {
					point[2 + c] = v[Form2021.t3(row, c)];
				}
				t3row.add(Arrays.asList(point));
			}
			for (int g = 0; g < Form2021.T4_GROUPS.length; g++) {
				Object[] point = new Object[2 + Form2021.T4_OUTCOMES.length];
				point[0] = id;
				point[1] = Form2021.T4_GROUPS[g];
				for (int o = 0; o < Form2021.T4_OUTCOMES.length; o++) {
					point[2 + o] = v[Form2021.t4(g, o)];
				}
				t4.add(Arrays.asList(point));
			}
			for (int cell = 0; cell < Form2021.TABLE_CELLS; cell++) {
				Object x = v[cell];
				cells.add(Arrays.asList(id, addresses.get(cell), x == null ? null : ((Number) x).doubleValue()));
			}
		}
		Map<String, Dataset> datasets = new HashMap<>();
		datasets.put("t3_col", new InMemoryDataset(t3col, T3_COL));
		datasets.put("t3_row", new InMemoryDataset(t3row, T3_ROW));
		datasets.put("t4", new InMemoryDataset(t4, T4));
		datasets.put("cells", new InMemoryDataset(cells, CELLS));
		return new Data(figures.size(), datasets);
	}

	/**
	 * Runs the rules on a batch; {@code statuses[f][i]} is the status of instance i (in the template's order,
	 * as {@link HandWritten}) for filing f.
	 */
	public byte[][] check(Data data) {
		Bindings bindings = engine.getBindings(ScriptContext.ENGINE_SCOPE);
		bindings.clear();
		bindings.putAll(data.datasets());
		try {
			engine.eval(SCRIPT);
		} catch (ScriptException e) {
			throw new IllegalStateException("VTL: " + e.getMessage(), e);
		}
		byte[][] statuses = new byte[data.filings()][HandWritten.INSTANCES];
		read((Dataset) bindings.get("R1"), "id_col", HandWritten.R1, COLUMNS, statuses);
		read((Dataset) bindings.get("R2"), "id_col", HandWritten.R2, COLUMNS, statuses);
		read((Dataset) bindings.get("R3"), "id_row", HandWritten.R3, ROWS, statuses);
		read((Dataset) bindings.get("R4"), "id_group", HandWritten.R4, GROUPS, statuses);
		read((Dataset) bindings.get("R5"), "id_cell", HandWritten.R5, ADDRESSES, statuses);
		return statuses;
	}

	static final Map<String, Integer> COLUMNS = positions(Arrays.asList(Form2021.T3_COLUMNS));
	static final Map<String, Integer> ROWS = positions(Arrays.asList(Form2021.T3_ROWS));
	static final Map<String, Integer> GROUPS = positions(Arrays.asList(Form2021.T4_GROUPS));
	static final Map<String, Integer> ADDRESSES = positions(Form2021.addresses());

	private static Map<String, Integer> positions(List<String> names) {
		Map<String, Integer> map = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			map.put(names.get(i), i);
		}
		return map;
	}

	private static void read(Dataset result, String key, int first, Map<String, Integer> positions,
			byte[][] statuses) {
		for (Structured.DataPoint point : result.getDataPoints()) {
			int filing = Integer.parseInt((String) point.get(FILING));
			int instance = first + positions.get((String) point.get(key));
			Object holds = point.get("bool_var");
			statuses[filing][instance] = holds == null ? Statuses.NOT_ASSESSABLE
					: (Boolean) holds ? Statuses.PASS : Statuses.FAIL;
		}
	}
}
