package io.formwork.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.Filing;

/**
 * The one rule that pairs a filing of a set (a CLI folder, the Maven filing folder, an Eclipse project, a language
 * server's workspace) with its previous period: the same body's filing of the previous year, the body and year being
 * those the filings state, and of several files of one body and year the first in the set's order.
 * {@link Pipeline#validateSet} pairs by it; doors that validate one filing of a set at a time (the Eclipse builder,
 * the language server) ask it with {@link #of}.
 */
public final class SetPriors {

	private final Map<String, Path> byBodyYear = new HashMap<>();

	SetPriors() {
	}

	/**
	 * Reads each file of the set for the body and year it states (a JSON filing the fast way, without building it),
	 * unreadable files left out.
	 */
	public static SetPriors of(Pipeline pipeline, List<Path> files) {
		SetPriors priors = new SetPriors();
		for (Path file : files) {
			try {
				Pipeline.Stated stated = pipeline.stated(file);
				priors.add(file, stated.body(), stated.year());
			} catch (RuntimeException e) {
				// a file that cannot be read is no one's previous period
			}
		}
		return priors;
	}

	/** A file of the set with the body and year it states, added in the set's order (null: it states none). */
	void add(Path file, String body, Integer year) {
		if (body != null && year != null) {
			byBodyYear.putIfAbsent(key(body, year), file);
		}
	}

	/** The file of the same body and the previous year, or null (never the filing's own file). */
	public Path priorOf(Path file, Filing filing) {
		return priorOf(file, filing.body(), filing.year());
	}

	/** The file of the given body and the year before the given one, or null (never {@code file} itself). */
	public Path priorOf(Path file, String body, Integer year) {
		if (body == null || year == null) {
			return null;
		}
		Path before = byBodyYear.get(key(body, year - 1));
		return before == null || before.equals(file) ? null : before;
	}

	private static String key(String body, int year) {
		return body + "\u0000" + year;
	}
}
