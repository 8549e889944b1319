package io.formwork.pipeline.doors;

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
 * The door-agreement corpus, written by this one generator for every door's agreement test: the example templates,
 * the example filings (textual, JSON, CSV), the province's filings of 2020 and 2021 (same bodies: R6 reads the
 * previous year), published pages ({@link #PAGES}: HTML and Word, named with their year), and
 * {@value #MUTATED_PER_SEED} filings mutated from each of five examples with a fixed seed (a figure changed, zeroed,
 * blanked or made negative). The same examples give the same bytes.
 *
 * <p>Plain Maven tests call {@link #write} (the pipeline's test jar); builds that cannot use a test jar (the Tycho UI
 * tests, the Maven plugin check) run this file with the JDK's source launcher, which needs nothing but the JDK:
 * {@code java DoorCorpus.java <examples folder> <output folder>}. Keep it free of any import beyond the JDK.
 */
public final class DoorCorpus {

	public static final int MUTATED_PER_SEED = 60;

	/** The examples mutated, each {@link #MUTATED_PER_SEED} times. */
	public static final List<String> SEEDS = List.of("example-city-2021.filing", "example-county-2019.filing",
			"example-city-2021.json", "example-county-2019.csv", "example-city-2021-error.filing");

	/**
	 * Published pages of the readers' corpus (the forms tests' {@code pages/}, beside {@code planted.txt}): Word
	 * exports and HTML pages with inconsistencies planted in their narrative and tables 3 and 4, and a tidy one.
	 */
	public static final List<String> PAGES = List.of("word-error-narrative.docx", "word-error-review.docx",
			"word-tidy.docx", "error-narrative.html", "error-review.html");

	private DoorCorpus() {
	}

	/**
	 * The readers' page corpus: the folder {@code pages} holding {@code planted.txt} under the forms tests' bundle
	 * of the repository whose examples folder is given (found, not named, so that it moves with the bundle's layout).
	 */
	static Path pagesFolder(Path examples) throws IOException {
		Path bundle = examples.toAbsolutePath().normalize().resolveSibling("bundles").resolve("io.formwork.forms.tests");
		try (var walk = Files.walk(bundle)) {
			return walk.filter(p -> p.getFileName().toString().equals("planted.txt")
					&& p.getParent().getFileName().toString().equals("pages") && !bundle.relativize(p).startsWith("target"))
					.map(Path::getParent).sorted().findFirst()
					.orElseThrow(() -> new IOException("no pages/planted.txt under " + bundle));
		}
	}

	/** {@code java DoorCorpus.java EXAMPLES OUT}: writes the corpus into OUT (made when missing, emptied first). */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java DoorCorpus.java <examples folder> <output folder>");
			System.exit(2);
		}
		Path out = Path.of(args[1]);
		delete(out);
		Files.createDirectories(out);
		write(Path.of(args[0]), out);
		System.out.println("door-agreement corpus written to " + out);
	}

	/** Writes the corpus into an empty folder; {@code examples} is the repository's examples/ folder. */
	public static Path write(Path examples, Path dir) throws IOException {
		try (var forms = Files.list(examples.resolve("gov-info-disclosure"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
				Files.copy(form, dir.resolve(form.getFileName()));
			}
		}
		Path filings = Files.createDirectories(dir.resolve("filings"));
		try (var list = Files.list(examples.resolve("gov-info-disclosure/filings"))) {
			for (Path filing : list.filter(f -> f.toString().matches(".*\\.(filing|json|csv)$")).sorted().toList()) {
				Files.copy(filing, filings.resolve(filing.getFileName()));
			}
		}
		for (String year : List.of("2020", "2021")) {
			Path to = Files.createDirectories(dir.resolve("province").resolve(year));
			try (var list = Files.list(examples.resolve("province").resolve(year))) {
				for (Path filing : list.sorted().toList()) {
					Files.copy(filing, to.resolve(filing.getFileName()));
				}
			}
		}
		Path pages = pagesFolder(examples);
		Path pagesOut = Files.createDirectories(dir.resolve("pages"));
		for (String page : PAGES) {
			// the year in the name: a Word page states none that is read before its template is chosen
			int dot = page.lastIndexOf('.');
			Files.copy(pages.resolve(page), pagesOut.resolve(page.substring(0, dot) + "-2021" + page.substring(dot)));
		}
		Path mutated = Files.createDirectories(dir.resolve("mutated"));
		Random random = new Random(20261207L);
		for (String seed : SEEDS) {
			String text = Files.readString(examples.resolve("gov-info-disclosure/filings").resolve(seed), StandardCharsets.UTF_8);
			String extension = seed.substring(seed.lastIndexOf('.'));
			for (int i = 0; i < MUTATED_PER_SEED; i++) {
				Files.writeString(mutated.resolve(seed.replace(extension, "") + "-m" + i + extension),
						mutate(text, extension, random), StandardCharsets.UTF_8);
			}
		}
		return dir;
	}

	/** The text with one figure changed: a small or large change, a zero, or (in .filing) blank or negative. */
	static String mutate(String text, String extension, Random random) {
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

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
