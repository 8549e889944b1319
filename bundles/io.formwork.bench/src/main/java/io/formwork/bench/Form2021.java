package io.formwork.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of the 2021 format (template gid_2021 in examples/gov-info-disclosure) as hand-written code knows
 * them: what the filing generator fills and what the hand-written validator and the VTL datasets index. The
 * numbering is the template's (tables 2, 3, 4, then the claims); {@code Form2021Test} checks it against the
 * generated layout, so that a change of the template shows here.
 */
public final class Form2021 {

	/** Table 2's cells, in template order, as {table, row, column}. */
	static final String[][] T2 = {
			{ "t2_1", "regulations", "issued" }, { "t2_1", "regulations", "repealed" },
			{ "t2_1", "regulations", "in_force" }, { "t2_1", "normative", "issued" },
			{ "t2_1", "normative", "repealed" }, { "t2_1", "normative", "in_force" },
			{ "t2_5", "licensing", "decisions" }, { "t2_6", "penalty", "decisions" },
			{ "t2_6", "coercion", "decisions" }, { "t2_8", "fees", "fee_amount" } };

	/** The cell of table 2 counted in 万元 with four decimals (to the yuan): its scaled form is ×10⁴. */
	public static final int FEE = 9;
	public static final int FEE_SCALE = 10_000;

	/** Table 3's rows, top to bottom (headings left out): received, carried in, 21 outcomes, handled, carried over. */
	public static final String[] T3_ROWS = { "received", "carried_in", "granted", "partly_granted",
			"denied_state_secret", "denied_prohibited", "denied_security", "denied_third_party", "denied_internal",
			"denied_process", "denied_enforcement", "denied_inquiry", "unable_not_held", "unable_needs_creation",
			"unable_unclear", "np_complaint", "np_repeated", "np_publication", "np_excessive", "np_confirmation",
			"oh_no_correction", "oh_fee_unpaid", "oh_other", "handled", "carried_over" };

	/** Table 3's columns: natural persons, the five kinds of legal person (the group {@code legal}), the total. */
	public static final String[] T3_COLUMNS = { "natural", "business", "research", "charity", "legal_service", "other",
			"total" };

	public static final int RECEIVED = 0;
	public static final int CARRIED_IN = 1;
	/** The outcomes, rows {@code FIRST_OUTCOME} to {@code LAST_OUTCOME} (R2's {@code sum([granted] to [oh_other])}). */
	public static final int FIRST_OUTCOME = 2;
	public static final int LAST_OUTCOME = 22;
	public static final int HANDLED = 23;
	public static final int CARRIED_OVER = 24;
	public static final int TOTAL_COLUMN = 6;

	/** Table 4's column groups and the outcome members each repeats. */
	public static final String[] T4_GROUPS = { "review", "direct", "after_review" };
	public static final String[] T4_OUTCOMES = { "upheld", "corrected", "other", "pending", "total" };

	/** The narrative claims (not read by R1–R5). */
	static final String[] CLAIMS = { "stated_requests", "stated_carried_in", "stated_granted", "stated_granted_share",
			"stated_partly_granted", "stated_partly_share", "stated_granted_or_partly", "stated_denied", "stated_unable",
			"stated_not_processed", "stated_other_handling", "stated_handled", "stated_carried_over", "stated_reviews",
			"stated_litigation", "stated_all_upheld", "stated_none_corrected", "stated_processing_fee" };

	public static final int T3_BASE = T2.length;
	public static final int T4_BASE = T3_BASE + T3_ROWS.length * T3_COLUMNS.length;
	public static final int CLAIM_BASE = T4_BASE + T4_GROUPS.length * T4_OUTCOMES.length;
	/** Every cell and claim. */
	public static final int CELLS = CLAIM_BASE + CLAIMS.length;
	/** The cells of the tables: R5 ({@code for each cell}) has one instance per table cell. */
	public static final int TABLE_CELLS = CLAIM_BASE;
	/** The claims the generator states (requests received, review cases, the processing fee); the others stay blank. */
	public static final int STATED_REQUESTS = claim("stated_requests");
	public static final int STATED_REVIEWS = claim("stated_reviews");
	public static final int STATED_FEE = claim("stated_processing_fee");

	private static int claim(String name) {
		int at = Arrays.asList(CLAIMS).indexOf(name);
		if (at < 0) {
			throw new IllegalStateException("no claim " + name);
		}
		return CLAIM_BASE + at;
	}

	private static final List<String> ADDRESSES;
	private static final Map<String, Integer> INDEX = new HashMap<>();

	static {
		List<String> addresses = new ArrayList<>(CELLS);
		for (String[] cell : T2) {
			addresses.add(cell[0] + "[" + cell[1] + ", " + cell[2] + "]");
		}
		for (String row : T3_ROWS) {
			for (String column : T3_COLUMNS) {
				addresses.add("t3[" + row + ", " + column + "]");
			}
		}
		for (String group : T4_GROUPS) {
			for (String outcome : T4_OUTCOMES) {
				addresses.add("t4[cases, " + group + "." + outcome + "]");
			}
		}
		Collections.addAll(addresses, CLAIMS);
		ADDRESSES = List.copyOf(addresses);
		for (int i = 0; i < ADDRESSES.size(); i++) {
			INDEX.put(ADDRESSES.get(i), i);
		}
	}

	private Form2021() {
	}

	/** The cell of table 3 at a row and column (indexes into {@link #T3_ROWS} and {@link #T3_COLUMNS}). */
	public static int t3(int row, int column) {
		return T3_BASE + row * T3_COLUMNS.length + column;
	}

	/** The cell of table 4 for a group and outcome (indexes into {@link #T4_GROUPS} and {@link #T4_OUTCOMES}). */
	public static int t4(int group, int outcome) {
		return T4_BASE + group * T4_OUTCOMES.length + outcome;
	}

	/** Every address as filings write it ({@code t3[received, natural]}), in cell order. */
	public static List<String> addresses() {
		return ADDRESSES;
	}

	/** The cell at an address written exactly as {@link #addresses()} has it, or -1. */
	public static int indexOf(String address) {
		Integer index = INDEX.get(address);
		return index == null ? -1 : index;
	}
}
