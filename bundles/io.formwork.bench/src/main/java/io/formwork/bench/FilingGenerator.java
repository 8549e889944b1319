package io.formwork.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates filings of the 2021 format as JSON (io.formwork.filing's FORMATS.md), seeded and reproducible: the
 * same seed gives the same filing {@code i} byte for byte, whatever the number asked for.
 * <p>
 * A filing is made consistent first, the way a reporting body fills the form: requests received and carried in
 * per kind of applicant (most from natural persons, fewer from businesses, rarely from the others), some carried
 * over, the rest handled and spread over the 21 outcomes (granted most often, then "not held"), the total column
 * the sum of the others; review and litigation cases spread over their outcomes; table 2 and the narrative's
 * figures beside them. Bodies range from a township office (a handful of requests) to a province (thousands).
 * Then a share of filings gets errors and another share blanks:
 * <ul>
 * <li>errors (one, sometimes two): a figure mistyped, a total or a "handled" figure that does not add up, a
 * carried-over figure off, a table-4 total off, a figure with a minus sign;</li>
 * <li>blanks: zeros of the legal-person columns left empty (null), a few figures left empty, a few not
 * reported at all, or table 4 left out.</li>
 * </ul>
 */
public final class FilingGenerator {

	/** One generated filing: its name (a file name) and its JSON text. */
	public record Generated(String name, String json, boolean withErrors, boolean withBlanks) {
		public byte[] bytes() {
			return json.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The default shares: one filing in ten with errors, one in ten with blanks. */
	public static final double ERRORS = 0.10;
	public static final double BLANKS = 0.10;

	/** How often each outcome of table 3 is given, in row order (granted … oh_other). */
	private static final double[] OUTCOME_WEIGHTS = { 0.40, 0.10, 0.002, 0.005, 0.003, 0.01, 0.02, 0.02, 0.01, 0.02,
			0.20, 0.03, 0.02, 0.03, 0.02, 0.005, 0.005, 0.01, 0.03, 0.001, 0.02 };
	/** How requests come by kind of applicant (natural, business, research, charity, legal service, other). */
	private static final double[] APPLICANT_WEIGHTS = { 0.86, 0.07, 0.005, 0.005, 0.03, 0.03 };
	/** Outcomes of review and litigation (upheld, corrected, other, pending). */
	private static final double[] CASE_WEIGHTS = { 0.6, 0.1, 0.15, 0.15 };

	private static final String[] PLACES = { "东城", "西湖", "南山", "北辰", "青山", "白云", "金水", "长安", "新华", "和平",
			"江北", "城关", "高新", "临江", "清河", "石门", "桃源", "永安", "凤凰", "龙泉" };
	private static final String[] LEVELS = { "省", "市", "区", "县", "镇" };
	private static final String[] OFFICES = { "人民政府办公室", "发展和改革委员会", "教育局", "公安局", "自然资源局",
			"生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局" };

	private final long seed;
	private final double errors;
	private final double blanks;

	public FilingGenerator(long seed, double errors, double blanks) {
		if (errors < 0 || errors > 1 || blanks < 0 || blanks > 1) {
			throw new IllegalArgumentException("shares are between 0 and 1");
		}
		this.seed = seed;
		this.errors = errors;
		this.blanks = blanks;
	}

	public FilingGenerator(long seed) {
		this(seed, ERRORS, BLANKS);
	}

	/** Filings 0 … n-1. */
	public List<Generated> generate(int n) {
		List<Generated> filings = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			filings.add(filing(i));
		}
		return filings;
	}

	/** Writes filings 0 … n-1 into a folder as {@code filing-00000.json} …; returns the files in order. */
	public List<Path> write(int n, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>(n);
		for (Generated filing : generate(n)) {
			Path file = folder.resolve(filing.name());
			Files.writeString(file, filing.json(), StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	/** Filing number {@code i}. */
	public Generated filing(int i) {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
		// figures, scaled (the fee ×10⁴); null = blank, NOT_REPORTED = left out of the filing
		Long[] v = new Long[Form2021.CELLS];
		int[] feeDecimals = { 2 };
		consistent(random, v, feeDecimals);
		boolean withErrors = random.nextDouble() < errors;
		boolean withBlanks = random.nextDouble() < blanks;
		if (withErrors) {
			int count = random.nextDouble() < 0.2 ? 2 : 1;
			for (int k = 0; k < count; k++) {
				error(random, v);
			}
		}
		boolean[] reported = new boolean[Form2021.CELLS];
		Arrays.fill(reported, true);
		if (withBlanks) {
			blanks(random, v, reported);
		}
		String body = PLACES[random.nextInt(PLACES.length)] + LEVELS[random.nextInt(LEVELS.length)]
				+ OFFICES[random.nextInt(OFFICES.length)];
		String name = String.format("filing-%05d.json", i);
		return new Generated(name, json(body, v, reported, feeDecimals[0]), withErrors, withBlanks);
	}

	// ------------------------------------------------------------------ a consistent filing

	private static void consistent(SplittableRandom random, Long[] v, int[] feeDecimals) {
		// size of the body: log-uniform, from a handful of requests a year to several thousand
		double size = Math.exp(random.nextDouble(0, Math.log(6000)));
		int received = (int) Math.round(size);

		// table 2
		v[0] = (long) random.nextInt(0, 6);
		v[1] = (long) random.nextInt(0, 3);
		v[2] = (long) random.nextInt(5, 90);
		v[3] = (long) random.nextInt(0, 40);
		v[4] = (long) random.nextInt(0, 15);
		v[5] = (long) random.nextInt(20, 400);
		v[6] = logUniform(random, 100_000);
		v[7] = logUniform(random, 30_000);
		v[8] = logUniform(random, 2_000);
		feeDecimals[0] = random.nextDouble() < 0.3 ? 4 : 2;
		long fee = logUniform(random, 5_000_0000L); // in 万元 ×10⁴, up to 5000 万元
		if (feeDecimals[0] == 2) {
			fee = fee / 100 * 100;
		}
		v[Form2021.FEE] = fee;

		// table 3, column by column (the total column is their sum)
		int[] byApplicant = multinomial(random, received, APPLICANT_WEIGHTS);
		long[] totals = new long[Form2021.T3_ROWS.length];
		for (int c = 0; c < Form2021.TOTAL_COLUMN; c++) {
			int r = byApplicant[c];
			int carriedIn = (int) Math.round(r * random.nextDouble(0, 0.08));
			int available = r + carriedIn;
			int carriedOver = (int) Math.round(available * random.nextDouble(0, 0.1));
			int handled = available - carriedOver;
			int[] outcomes = multinomial(random, handled, OUTCOME_WEIGHTS);
			long[] column = new long[Form2021.T3_ROWS.length];
			column[Form2021.RECEIVED] = r;
			column[Form2021.CARRIED_IN] = carriedIn;
			for (int o = 0; o < outcomes.length; o++) {
				column[Form2021.FIRST_OUTCOME + o] = outcomes[o];
			}
			column[Form2021.HANDLED] = handled;
			column[Form2021.CARRIED_OVER] = carriedOver;
			for (int row = 0; row < column.length; row++) {
				v[Form2021.t3(row, c)] = column[row];
				totals[row] += column[row];
			}
		}
		for (int row = 0; row < totals.length; row++) {
			v[Form2021.t3(row, Form2021.TOTAL_COLUMN)] = totals[row];
		}

		// table 4: review, litigation without review, litigation after review
		int[] caseCounts = { (int) logUniform(random, 1 + received / 20), (int) logUniform(random, 1 + received / 40),
				(int) logUniform(random, 1 + received / 100) };
		for (int g = 0; g < Form2021.T4_GROUPS.length; g++) {
			int[] outcomes = multinomial(random, caseCounts[g], CASE_WEIGHTS);
			for (int o = 0; o < outcomes.length; o++) {
				v[Form2021.t4(g, o)] = (long) outcomes[o];
			}
			v[Form2021.t4(g, 4)] = (long) caseCounts[g];
		}

		// the narrative's figures: as the tables say, now and then not
		long stated = totals[Form2021.RECEIVED];
		v[Form2021.STATED_REQUESTS] = random.nextDouble() < 0.9 ? stated : stated + random.nextInt(1, 20);
		v[Form2021.STATED_REVIEWS] = (long) caseCounts[0];
		v[Form2021.STATED_FEE] = random.nextDouble() < 0.8 ? 0L : (long) random.nextInt(1, 5000);
	}

	/** 0 … max, log-uniform (most figures small, some large), as whole numbers. */
	private static long logUniform(SplittableRandom random, long max) {
		return Math.round(Math.exp(random.nextDouble(0, Math.log(max + 1.0)))) - 1;
	}

	/** n items spread over categories with the given weights. */
	private static int[] multinomial(SplittableRandom random, int n, double[] weights) {
		int[] counts = new int[weights.length];
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		int left = n;
		double weightLeft = total;
		for (int k = 0; k < weights.length - 1 && left > 0; k++) {
			double p = Math.min(1, weights[k] / weightLeft);
			int x = binomial(random, left, p);
			counts[k] = x;
			left -= x;
			weightLeft -= weights[k];
		}
		counts[weights.length - 1] += left;
		return counts;
	}

	/** A binomial draw: exact for small n, a rounded normal approximation for large n. */
	private static int binomial(SplittableRandom random, int n, double p) {
		if (n < 50) {
			int x = 0;
			for (int i = 0; i < n; i++) {
				if (random.nextDouble() < p) {
					x++;
				}
			}
			return x;
		}
		double mean = n * p;
		double sd = Math.sqrt(n * p * (1 - p));
		double u = 1 - random.nextDouble();
		double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
		return (int) Math.max(0, Math.min(n, Math.round(mean + sd * gaussian)));
	}

	// ------------------------------------------------------------------ errors and blanks

	private static void error(SplittableRandom random, Long[] v) {
		int column = random.nextInt(Form2021.TOTAL_COLUMN);
		long delta = random.nextInt(1, 10) * (random.nextBoolean() ? 1 : -1);
		switch (random.nextInt(6)) {
		case 0 -> { // a mistyped outcome
			int row = random.nextInt(Form2021.FIRST_OUTCOME, Form2021.LAST_OUTCOME + 1);
			add(v, Form2021.t3(row, column), delta);
		}
		case 1 -> { // a total that does not add up
			int row = random.nextInt(Form2021.T3_ROWS.length);
			add(v, Form2021.t3(row, Form2021.TOTAL_COLUMN), delta);
		}
		case 2 -> add(v, Form2021.t3(Form2021.HANDLED, column), delta); // handled off
		case 3 -> add(v, Form2021.t3(Form2021.CARRIED_OVER, column), delta); // carried over off
		case 4 -> add(v, Form2021.t4(random.nextInt(Form2021.T4_GROUPS.length), 4), delta); // table 4 total off
		default -> { // a minus sign: in table 2, or a figure of table 3 written as negative
			int cell = random.nextBoolean() ? random.nextInt(Form2021.T2.length)
					: Form2021.t3(random.nextInt(Form2021.T3_ROWS.length), column);
			v[cell] = v[cell] == 0 ? -random.nextInt(1, 5) : -v[cell];
		}
		}
	}

	private static void add(Long[] v, int cell, long delta) {
		v[cell] = v[cell] + delta;
	}

	private static void blanks(SplittableRandom random, Long[] v, boolean[] reported) {
		switch (random.nextInt(4)) {
		case 0 -> { // zeros of the legal-person columns left empty
			for (int row = 0; row < Form2021.T3_ROWS.length; row++) {
				for (int c = 1; c < Form2021.TOTAL_COLUMN; c++) {
					int cell = Form2021.t3(row, c);
					if (v[cell] == 0) {
						v[cell] = null;
					}
				}
			}
		}
		case 1 -> { // a few figures left empty
			int count = random.nextInt(1, 6);
			for (int k = 0; k < count; k++) {
				v[random.nextInt(Form2021.TABLE_CELLS)] = null;
			}
		}
		case 2 -> { // a few figures not reported at all
			int count = random.nextInt(1, 6);
			for (int k = 0; k < count; k++) {
				reported[random.nextInt(Form2021.TABLE_CELLS)] = false;
			}
		}
		default -> { // table 4 left out
			for (int cell = Form2021.T4_BASE; cell < Form2021.CLAIM_BASE; cell++) {
				reported[cell] = false;
			}
		}
		}
	}

	// ------------------------------------------------------------------ JSON

	private static String json(String body, Long[] v, boolean[] reported, int feeDecimals) {
		StringBuilder json = new StringBuilder(12_000);
		json.append("{\n  \"template\": \"gid_2021\",\n  \"year\": 2021,\n  \"body\": \"").append(body)
				.append("\",\n  \"facts\": [");
		List<String> addresses = Form2021.addresses();
		boolean first = true;
		for (int cell = 0; cell < Form2021.CELLS; cell++) {
			if (!reported[cell]) {
				continue;
			}
			json.append(first ? "\n" : ",\n").append("    {\"cell\": \"").append(addresses.get(cell))
					.append("\", \"value\": ");
			Long value = v[cell];
			if (value == null) {
				json.append("null");
			} else if (cell == Form2021.FEE) {
				json.append(fee(value, feeDecimals));
			} else {
				json.append(value.longValue());
			}
			if (cell == Form2021.FEE) {
				json.append(", \"unit\": \"万元\"");
			}
			json.append('}');
			first = false;
		}
		json.append("\n  ]\n}\n");
		return json.toString();
	}

	/** A fee in 万元 from its ×10⁴ form, with 2 or 4 decimals. */
	private static String fee(long scaled, int decimals) {
		String sign = scaled < 0 ? "-" : "";
		long abs = Math.abs(scaled);
		String fraction = String.format("%04d", abs % Form2021.FEE_SCALE);
		return sign + abs / Form2021.FEE_SCALE + "." + (decimals == 2 ? fraction.substring(0, 2) : fraction);
	}
}
