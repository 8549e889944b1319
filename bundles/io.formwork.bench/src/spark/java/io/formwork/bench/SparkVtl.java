package io.formwork.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import fr.insee.vtl.model.Dataset;
import fr.insee.vtl.spark.SparkDataset;
import io.formwork.runtime.Filing;
import io.formwork.runtime.compiled.Statuses;

/**
 * Rules R1–R5 of the 2021 format run by Trevas on Spark in local mode, in two ways: the plain {@code calc}
 * expressions of {@link Vtl#SCRIPT} (what Trevas's in-memory engine runs), and VTL's own validation operator,
 * {@code check_datapoint}, with one datapoint ruleset a dataset ({@link #RULESETS}), which Trevas implements only
 * on Spark. The datasets are those of {@link Vtl} (one data point per filing and column, row, group or cell),
 * turned into Spark data frames. The results are read back with Spark ({@code select} of the filing, the key,
 * the rule and {@code bool_var}, {@code collectAsList}): a null {@code bool_var} is not assessable.
 */
public final class SparkVtl {

	/** How the rules are written. */
	public enum Mode {
		/** R1–R5 as {@code calc} expressions ({@link Vtl#SCRIPT}). */
		PLAIN,
		/** R1–R5 as datapoint rulesets checked with {@code check_datapoint(…, … all)} ({@link SparkVtl#RULESETS}). */
		CHECK_DATAPOINT
	}

	/**
	 * The rules as datapoint rulesets, one a dataset, and their checks; the rule names are Formwork's ids. Trevas's
	 * {@code check_datapoint} gives {@code bool_var} true when a rule's expression is null (a blank operand), where
	 * Formwork, the hand-written validator and Trevas's own {@code calc} give not assessable; so each rule has a
	 * companion, {@code Rn_known}, false when an operand is blank ({@code isnull} of their sum), which makes the
	 * instance not assessable.
	 */
	public static final String RULESETS = String.join("\n",
			"define datapoint ruleset dpr_t3_col (variable r_received, r_carried_in, r_handled, r_carried_over, "
					+ String.join(", ", Vtl.outcomes()) + ") is",
			"  R1 : r_received + r_carried_in = r_handled + r_carried_over errorcode \"R1\";",
			"  R1_known : not isnull(r_received + r_carried_in + r_handled + r_carried_over) errorcode \"R1 blank\";",
			"  R2 : r_handled = " + String.join(" + ", Vtl.outcomes()) + " errorcode \"R2\";",
			"  R2_known : not isnull(r_handled + " + String.join(" + ", Vtl.outcomes()) + ") errorcode \"R2 blank\"",
			"end datapoint ruleset;",
			"define datapoint ruleset dpr_t3_row (variable c_total, c_natural, c_business, c_research, c_charity, c_legal_service, c_other) is",
			"  R3 : c_total = c_natural + c_business + c_research + c_charity + c_legal_service + c_other errorcode \"R3\";",
			"  R3_known : not isnull(c_total + c_natural + c_business + c_research + c_charity + c_legal_service + c_other) errorcode \"R3 blank\"",
			"end datapoint ruleset;",
			"define datapoint ruleset dpr_t4 (variable o_upheld, o_corrected, o_other, o_pending, o_total) is",
			"  R4 : o_upheld + o_corrected + o_other + o_pending = o_total errorcode \"R4\";",
			"  R4_known : not isnull(o_upheld + o_corrected + o_other + o_pending + o_total) errorcode \"R4 blank\"",
			"end datapoint ruleset;",
			"define datapoint ruleset dpr_cells (variable v) is",
			"  R5 : v >= 0 errorcode \"R5\";",
			"  R5_known : not isnull(v) errorcode \"R5 blank\"",
			"end datapoint ruleset;",
			"C_t3_col := check_datapoint(t3_col, dpr_t3_col all);",
			"C_t3_row := check_datapoint(t3_row, dpr_t3_row all);",
			"C_t4 := check_datapoint(t4, dpr_t4 all);",
			"C_cells := check_datapoint(cells, dpr_cells all);");

	private static final String KNOWN = "_known";

	private static final Map<String, Integer> FIRST = Map.of("R1", HandWritten.R1, "R2", HandWritten.R2, "R3",
			HandWritten.R3, "R4", HandWritten.R4, "R5", HandWritten.R5);

	private final SparkSession spark;
	private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("vtl");

	/** Trevas's script engine set to run on this Spark session; one per thread. */
	public SparkVtl(SparkSession spark) {
		if (engine == null) {
			throw new IllegalStateException("no VTL script engine (Trevas) on the class path");
		}
		this.spark = spark;
		engine.put("$vtl.engine.processing_engine_names", "spark");
		engine.put("$vtl.spark.session", spark);
	}

	/**
	 * A Spark session in local mode on this many cores, quiet (errors only, no web UI), with as
	 * many shuffle partitions as cores (Spark's default of 200 is meant for clusters).
	 */
	public static SparkSession session(int cores) {
		SparkSession spark = SparkSession.builder().appName("formwork-bench").master("local[" + cores + "]")
				.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
				.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
				.config("spark.sql.shuffle.partitions", Integer.toString(cores)).getOrCreate();
		spark.sparkContext().setLogLevel("ERROR");
		return spark;
	}

	/** The datasets of {@link Vtl#datasets} as Spark data frames; {@code cache}: kept in Spark's memory, computed now. */
	public static Vtl.Data datasets(SparkSession spark, List<Filing> filings, boolean cache) {
		Vtl.Data memory = Vtl.datasets(filings);
		Map<String, Dataset> datasets = new HashMap<>();
		memory.datasets().forEach((name, dataset) -> {
			SparkDataset frame = new SparkDataset(dataset, Map.of(), spark);
			if (cache) {
				frame.getSparkDataset().cache().count();
			}
			datasets.put(name, frame);
		});
		return new Vtl.Data(memory.filings(), datasets);
	}

	/** Drops the data frames of {@link #datasets} from Spark's cache. */
	public static void uncache(Vtl.Data data) {
		data.datasets().values().forEach(d -> ((SparkDataset) d).getSparkDataset().unpersist(true));
	}

	/**
	 * Runs the rules on a batch the one way or the other; {@code statuses[f][i]} is the status of instance i (in
	 * the template's order, as {@link HandWritten}) for filing f.
	 */
	public byte[][] check(Vtl.Data data, Mode mode) {
		Bindings bindings = engine.getBindings(ScriptContext.ENGINE_SCOPE);
		for (String name : new ArrayList<>(bindings.keySet())) {
			if (!name.startsWith("$vtl.")) {
				bindings.remove(name);
			}
		}
		bindings.putAll(data.datasets());
		try {
			engine.eval(mode == Mode.PLAIN ? Vtl.SCRIPT : RULESETS);
		} catch (ScriptException e) {
			throw new IllegalStateException("VTL: " + e.getMessage(), e);
		}
		byte[][] statuses = new byte[data.filings()][HandWritten.INSTANCES];
		boolean[][] blank = new boolean[data.filings()][HandWritten.INSTANCES];
		if (mode == Mode.PLAIN) {
			read(bindings.get("R1"), "id_col", null, "R1", Vtl.COLUMNS, statuses, blank);
			read(bindings.get("R2"), "id_col", null, "R2", Vtl.COLUMNS, statuses, blank);
			read(bindings.get("R3"), "id_row", null, "R3", Vtl.ROWS, statuses, blank);
			read(bindings.get("R4"), "id_group", null, "R4", Vtl.GROUPS, statuses, blank);
			read(bindings.get("R5"), "id_cell", null, "R5", Vtl.ADDRESSES, statuses, blank);
		} else {
			read(bindings.get("C_t3_col"), "id_col", "ruleid", null, Vtl.COLUMNS, statuses, blank);
			read(bindings.get("C_t3_row"), "id_row", "ruleid", null, Vtl.ROWS, statuses, blank);
			read(bindings.get("C_t4"), "id_group", "ruleid", null, Vtl.GROUPS, statuses, blank);
			read(bindings.get("C_cells"), "id_cell", "ruleid", null, Vtl.ADDRESSES, statuses, blank);
			for (int f = 0; f < statuses.length; f++) {
				for (int i = 0; i < HandWritten.INSTANCES; i++) {
					if (blank[f][i]) {
						statuses[f][i] = Statuses.NOT_ASSESSABLE;
					}
				}
			}
		}
		return statuses;
	}

	/**
	 * Collects (filing, key, rule, bool_var) of a result, the rule from its column or the one given; a false
	 * {@code Rn_known} marks the instance blank.
	 */
	private static void read(Object result, String key, String ruleColumn, String rule, Map<String, Integer> positions,
			byte[][] statuses, boolean[][] blank) {
		org.apache.spark.sql.Dataset<Row> frame = ((SparkDataset) result).getSparkDataset();
		List<Row> rows = ruleColumn == null ? frame.select(Vtl.FILING, key, "bool_var").collectAsList()
				: frame.select(Vtl.FILING, key, "bool_var", ruleColumn).collectAsList();
		for (Row row : rows) {
			int filing = Integer.parseInt(row.getString(0));
			String id = ruleColumn == null ? rule : row.getString(3);
			if (id.endsWith(KNOWN)) {
				int instance = FIRST.get(id.substring(0, id.length() - KNOWN.length())) + positions.get(row.getString(1));
				blank[filing][instance] = !row.isNullAt(2) && !row.getBoolean(2);
				continue;
			}
			int instance = FIRST.get(id) + positions.get(row.getString(1));
			statuses[filing][instance] = row.isNullAt(2) ? Statuses.NOT_ASSESSABLE
					: row.getBoolean(2) ? Statuses.PASS : Statuses.FAIL;
		}
	}
}
