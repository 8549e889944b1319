package io.formwork.lang.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The door-agreement corpus, as the language server's DoorAgreementTest builds it (same files, same seed): the
 * example templates, the example filings (textual, JSON, CSV), the province's filings of 2020 and 2021, and
 * filings mutated from the examples (a figure changed, zeroed, blanked or made negative).
 */
final class Corpus {

	static final int MUTATED_PER_SEED = 60;

	private Corpus() {
	}

	/** Writes the corpus into a folder; {@code examples} is the repository's examples/ folder. */
	static void write(Path examples, Path dir) throws IOException {
		try (var forms = Files.list(examples.resolve("gov-info-disclosure"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
				Files.copy(form, dir.resolve(form.getFileName()));
			}
		}
		Path filings = Files.createDirectories(dir.resolve("filings"));
		try (var list = Files.list(examples.resolve("gov-info-disclosure/filings"))) {
			for (Path filing : list.filter(f -> f.toString().matches(".*\\.(filing|json|csv)$")).toList()) {
				Files.copy(filing, filings.resolve(filing.getFileName()));
			}
		}
		for (String year : List.of("2020", "2021")) {
			Path to = Files.createDirectories(dir.resolve("province").resolve(year));
			try (var list = Files.list(examples.resolve("province").resolve(year))) {
				for (Path filing : list.toList()) {
					Files.copy(filing, to.resolve(filing.getFileName()));
				}
			}
		}
		Path mutated = Files.createDirectories(dir.resolve("mutated"));
		Random random = new Random(20261207L);
		for (String seed : List.of("example-city-2021.filing", "example-county-2019.filing", "example-city-2021.json",
				"example-county-2019.csv", "example-city-2021-error.filing")) {
			String text = Files.readString(examples.resolve("gov-info-disclosure/filings").resolve(seed));
			String extension = seed.substring(seed.lastIndexOf('.'));
			for (int i = 0; i < MUTATED_PER_SEED; i++) {
				Files.writeString(mutated.resolve(seed.replace(extension, "") + "-m" + i + extension),
						mutate(text, extension, random), StandardCharsets.UTF_8);
			}
		}
	}

	private static String mutate(String text, String extension, Random random) {
		Pattern figure = switch (extension) {
		case ".filing" -> Pattern.compile("(?<=[a-z_] )(\\d+(?:\\.\\d+)?)(?=[,\\n])");
		case ".json" -> Pattern.compile("(?<=\"value\": )(\\d+(?:\\.\\d+)?)");
		default -> Pattern.compile("(?<=\",)(\\d+(?:\\.\\d+)?)(?=\\r?\\n)");
		};
		Matcher m = figure.matcher(text);
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		if (spans.isEmpty()) {
			throw new IllegalStateException("no figure to mutate in " + extension);
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		String old = text.substring(span[0], span[1]);
		String replacement = switch (random.nextInt(extension.equals(".filing") ? 5 : 3)) {
		case 0 -> String.valueOf(Math.max(0, (long) Double.parseDouble(old) + 1 + random.nextInt(3)));
		case 1 -> String.valueOf(random.nextInt(100000));
		case 2 -> "0";
		case 3 -> "blank";
		default -> "-" + old;
		};
		return text.substring(0, span[0]) + replacement + text.substring(span[1]);
	}
}
