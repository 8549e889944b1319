package io.formwork.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.Filing;

/**
 * The previous periods of a set of filings (a CLI folder, the Maven filing folder, an Eclipse project, a language
 * server's workspace): for a filing, the same body's filing of the previous year, the first such file in the set's
 * order, as {@link Pipeline#validateSet} pairs them. For doors that validate one filing of a set at a time (the
 * Eclipse builder, the language server).
 */
public final class SetPriors {

	private final Map<String, Path> byBodyYear = new HashMap<>();

	private SetPriors() {
	}

	/** Reads each file of the set once for its body and year (unreadable files are left out). */
	public static SetPriors of(Pipeline pipeline, List<Path> files) {
		SetPriors priors = new SetPriors();
		for (Path file : files) {
			try {
				Filing filing = pipeline.read(file).filing();
				if (filing.body() != null && filing.year() != null) {
					priors.byBodyYear.putIfAbsent(key(filing.body(), filing.year()), file);
				}
			} catch (RuntimeException e) {
				// a file that cannot be read is no one's previous period
			}
		}
		return priors;
	}

	/** The file of the same body and the previous year, or null (never the filing's own file). */
	public Path priorOf(Path file, Filing filing) {
		if (filing.body() == null || filing.year() == null) {
			return null;
		}
		Path before = byBodyYear.get(key(filing.body(), filing.year() - 1));
		return before == null || before.equals(file) ? null : before;
	}

	private static String key(String body, int year) {
		return body + "\u0000" + year;
	}
}
