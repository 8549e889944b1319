package io.formwork.narrative;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the fixture files under src/test/resources and writes extractions in the form of the .expected files. */
final class Fixtures {

	private Fixtures() {
	}

	static Path path(String relative) {
		return Path.of(System.getProperty("formwork.fixtures", "src/test/resources")).resolve(relative);
	}

	static Path example(String relative) {
		return Path.of(System.getProperty("formwork.examples", "../../examples")).resolve(relative);
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** name, unit (- for none), section heading, phrases…: tab-separated, one claim a line, # comments. */
	static List<ClaimSpec> claims(String relative) {
		List<ClaimSpec> claims = new ArrayList<>();
		for (String line : read(path(relative)).split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			claims.add(new ClaimSpec(fields[0], fields[1].equals("-") ? null : fields[1], fields[2],
					List.of(Arrays.copyOfRange(fields, 3, fields.length))));
		}
		return claims;
	}

	/**
	 * One line per fact (fact, claim, value as printed, decimals, exact or approximate,
	 * line:column, source sentence) then one per problem (problem, code, severity, line:column, zh, en).
	 */
	static List<String> describe(Extraction extraction) {
		List<String> lines = new ArrayList<>();
		for (Fact fact : extraction.facts()) {
			lines.add(String.join("\t", "fact", fact.address().toString(), fact.value().number().toPlainString(),
					String.valueOf(fact.value().decimals()), fact.value().isApproximate() ? "approximate" : "exact",
					fact.location().line() + ":" + fact.location().column(), fact.source()));
		}
		for (Problem problem : extraction.problems()) {
			lines.add(String.join("\t", "problem", problem.code(), problem.severity().en,
					problem.location().line() + ":" + problem.location().column(), problem.zh(), problem.en()));
		}
		return lines;
	}

	/**
	 * The lines of an .expected file (comments and blank lines left out); with -Dformwork.updateExpected=true it
	 * is first rewritten from the actual lines, to be reviewed in the diff.
	 */
	static List<String> expected(String relative, List<String> actual) {
		Path file = path(relative);
		if (Boolean.getBoolean("formwork.updateExpected")) {
			List<String> header = read(file).lines().takeWhile(line -> line.startsWith("#")).toList();
			try {
				Files.writeString(file, String.join("\n", header) + (header.isEmpty() ? "" : "\n")
						+ String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return read(file).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}
}
