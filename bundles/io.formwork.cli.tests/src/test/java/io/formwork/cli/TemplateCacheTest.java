package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.TemplateCache;
import io.formwork.pipeline.Templates;

/**
 * The compiled-template cache behind {@code validate}: the same reports with it and without it, a bad entry
 * ignored, a changed template missing it, and a hit that starts no Xtext.
 */
class TemplateCacheTest {

	static final Path EXAMPLES = ValidateCommandTest.EXAMPLES;
	static final Path DIR = EXAMPLES.resolve(ValidateCommandTest.DIR);
	static final Path FILINGS = DIR.resolve("filings");

	@TempDir
	static Path cacheDir;
	private static String before;

	@BeforeAll
	static void ownCache() {
		before = System.getProperty("formwork.cacheDir");
		System.setProperty("formwork.cacheDir", cacheDir.toString());
	}

	@AfterAll
	static void restore() {
		if (before == null) {
			System.clearProperty("formwork.cacheDir");
		} else {
			System.setProperty("formwork.cacheDir", before);
		}
	}

	/** Every example filing in JSON or CSV. */
	static List<Path> compiledFormFilings() throws IOException {
		try (Stream<Path> files = Files.list(FILINGS)) {
			return files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv")).sorted().toList();
		}
	}

	/** Every such filing, alone and with every such filing as its previous period, against its template file and the folder. */
	static Stream<Arguments> runs() throws IOException {
		List<Arguments> runs = new ArrayList<>();
		for (Path filing : compiledFormFilings()) {
			String template = EXAMPLES.resolve(ValidateCommandTest.template(filing.getFileName().toString())).toString();
			runs.add(Arguments.of(template, filing, null));
			runs.add(Arguments.of(DIR.toString(), filing, null));
			for (Path prior : compiledFormFilings()) {
				if (!prior.equals(filing)) {
					runs.add(Arguments.of(template, filing, prior));
				}
			}
		}
		return runs.stream();
	}

	static CliRun validate(String template, Path filing, Path prior, String format, boolean cache) {
		List<String> args = new ArrayList<>(List.of("validate", "--lang", "en", "--format", format, "--template", template));
		if (!cache) {
			args.add("--no-template-cache");
		}
		if (prior != null) {
			args.addAll(List.of("--prior", prior.toString()));
		}
		args.add(filing.toString());
		return CliRun.of(args.toArray(String[]::new));
	}

	@ParameterizedTest
	@MethodSource("runs")
	void theCachedTemplatesGiveTheSameReportsByteForByte(String template, Path filing, Path prior) {
		for (String format : prior == null ? List.of("text", "json", "sarif") : List.of("text")) {
			CliRun loaded = validate(template, filing, prior, format, false);
			validate(template, filing, prior, format, true); // a miss the first time: it writes the entry
			assertThat(new TemplateCache(cacheDir.resolve("templates")).lookup(new TemplateCache(cacheDir.resolve("templates"))
					.key(Path.of(template)))).as("the entry is stored").isNotNull().matches(Templates::isStored);
			CliRun cached = validate(template, filing, prior, format, true);
			assertThat(cached.out()).as(format).isEqualTo(loaded.out());
			assertThat(cached.err()).isEqualTo(loaded.err());
			assertThat(cached.exit()).isEqualTo(loaded.exit());
		}
	}

	@Test
	void aCorruptTruncatedOrForeignEntryIsIgnoredAndWrittenAgain(@TempDir Path folder) throws Exception {
		Path template = DIR.resolve("gov-info-disclosure-2021.form");
		Path filing = FILINGS.resolve("example-city-2021-error.json");
		TemplateCache cache = new TemplateCache(folder);
		String expected = validate(template.toString(), filing, null, "text", false).out();
		assertThat(cache.store(cache.key(template), Templates.named(template))).isTrue();
		Path entry;
		try (Stream<Path> entries = Files.list(folder)) {
			entry = entries.findFirst().orElseThrow();
		}
		byte[] good = Files.readAllBytes(entry);
		assertThat(cache.lookup(cache.key(template))).isNotNull();
		List<byte[]> bad = new ArrayList<>();
		bad.add(java.util.Arrays.copyOf(good, good.length / 2)); // truncated
		bad.add(new byte[0]); // empty
		byte[] flipped = good.clone();
		for (int i = 200; i < flipped.length; i += 997) {
			flipped[i] ^= 0x5A; // corrupt all through
		}
		bad.add(flipped);
		byte[] foreign = good.clone();
		foreign[7] = 99; // another format's version
		bad.add(foreign);
		bad.add("not a cache entry at all\n".getBytes(StandardCharsets.UTF_8));
		for (byte[] content : bad) {
			Files.write(entry, content);
			assertThat(cache.lookup(cache.key(template))).isNull();
			System.setProperty("formwork.cacheDir", folder.getParent().toString());
			try {
				Files.move(folder, folder.resolveSibling("templates"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				CliRun run = validate(template.toString(), filing, null, "text", true);
				assertThat(run.out()).isEqualTo(expected);
				assertThat(run.err()).doesNotContain("Exception", "\tat ");
				assertThat(run.exit()).isEqualTo(1);
				assertThat(new TemplateCache(folder.resolveSibling("templates")).lookup(cache.key(template)))
						.as("written again").isNotNull();
			} finally {
				Files.move(folder.resolveSibling("templates"), folder);
				System.setProperty("formwork.cacheDir", cacheDir.toString());
			}
		}
	}

	@Test
	void aChangedTemplateOrCatalogMissesTheCache(@TempDir Path copy) throws Exception {
		try (Stream<Path> forms = Files.list(DIR)) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
				Files.copy(form, copy.resolve(form.getFileName()));
			}
		}
		Path template = copy.resolve("gov-info-disclosure-2021.form");
		TemplateCache cache = new TemplateCache(copy.resolve("cache"));
		assertThat(cache.store(cache.key(template), Templates.named(template))).isTrue();
		assertThat(cache.lookup(cache.key(template))).isNotNull();
		Files.writeString(template, Files.readString(template) + "\n// a comment\n");
		assertThat(cache.lookup(cache.key(template))).as("the template changed").isNull();
		assertThat(cache.store(cache.key(template), Templates.named(template))).isTrue();
		assertThat(cache.lookup(cache.key(template))).isNotNull();
		Path catalog = copy.resolve("gov-info-disclosure-catalog.form");
		Files.writeString(catalog, Files.readString(catalog) + "\n");
		assertThat(cache.lookup(cache.key(template))).as("a catalog beside it changed").isNull();
	}

	@Test
	void anUnwritableCacheFolderIsSilentlyFine(@TempDir Path dir) throws Exception {
		Path notAFolder = dir.resolve("file");
		Files.writeString(notAFolder, "x");
		Path template = DIR.resolve("gov-info-disclosure-2021.form");
		TemplateCache cache = new TemplateCache(notAFolder.resolve("templates"));
		assertThat(cache.store(cache.key(template), Templates.named(template))).isFalse();
		assertThat(cache.lookup(cache.key(template))).isNull();
		System.setProperty("formwork.cacheDir", notAFolder.toString());
		try {
			CliRun run = validate(template.toString(), FILINGS.resolve("example-city-2021.json"), null, "text", true);
			assertThat(run.exit()).as(run.err()).isZero();
			assertThat(run.err()).isEmpty();
		} finally {
			System.setProperty("formwork.cacheDir", cacheDir.toString());
		}
	}

	@Test
	void turnedOffNothingIsReadOrWritten(@TempDir Path dir) throws Exception {
		Path template = DIR.resolve("gov-info-disclosure-2019.form");
		Path filing = FILINGS.resolve("example-county-2019.json");
		System.setProperty("formwork.cacheDir", dir.toString());
		try {
			System.setProperty("formwork.cache", "0");
			assertThat(TemplateCache.standard()).isNull();
			assertThat(validate(template.toString(), filing, null, "text", true).exit()).isZero();
			assertThat(dir.resolve("templates")).doesNotExist();
			System.clearProperty("formwork.cache");
			assertThat(validate(template.toString(), filing, null, "text", false).exit()).isZero();
			assertThat(dir.resolve("templates")).as("--no-template-cache").doesNotExist();
			assertThat(validate(template.toString(), filing, null, "text", true).exit()).isZero();
			assertThat(dir.resolve("templates")).as("on by default").isNotEmptyDirectory();
		} finally {
			System.clearProperty("formwork.cache");
			System.setProperty("formwork.cacheDir", cacheDir.toString());
		}
	}

	@Test
	void aTextualFilingLoadsTheTemplatesAndStoresNothing(@TempDir Path dir) {
		System.setProperty("formwork.cacheDir", dir.toString());
		try {
			CliRun run = validate(DIR.resolve("gov-info-disclosure-2021.form").toString(), FILINGS.resolve("example-city-2021.filing"),
					null, "text", true);
			assertThat(run.exit()).as(run.err()).isZero();
			assertThat(dir.resolve("templates")).doesNotExist();
		} finally {
			System.setProperty("formwork.cacheDir", cacheDir.toString());
		}
	}

	@Test
	void onAMissEachTemplateIsCompiledOnceAndServesThePreviousPeriodOfAnotherFormatToo(@TempDir Path folder) throws Exception {
		Path template = DIR.resolve("gov-info-disclosure-2021.form");
		TemplateCache cache = new TemplateCache(folder);
		long start = CompiledTemplate.compilations();
		Templates templates = Templates.named(template);
		assertThat(CompiledTemplate.compilations() - start).as("loading compiles nothing").isZero();
		assertThat(cache.store(cache.key(template), templates)).isTrue();
		assertThat(CompiledTemplate.compilations() - start).as("storing compiles each template once")
				.isEqualTo(templates.ids().size());
		// the pipeline of the same run uses those: a 2021 filing with a previous period of the 2019 format compiles nothing
		Pipeline pipeline = new Pipeline(templates);
		Pipeline.Read prior = pipeline.prior(FILINGS.resolve("example-county-2019.json"));
		for (int i = 0; i < 3; i++) {
			pipeline.validate(FILINGS.resolve("example-city-2021.json"), prior);
			pipeline.validate(pipeline.read(FILINGS.resolve("example-city-2021.json")),
					pipeline.inTermsOf(pipeline.templates().compiled("gid_2021"), prior));
		}
		assertThat(CompiledTemplate.compilations() - start).isEqualTo(templates.ids().size());
	}

	@Test
	void aFilingWhoseFormatIsFoundByItsContentIsServedByTheCacheWithTheSameReport(@TempDir Path dir) throws Exception {
		Path filing = Files.copy(FILINGS.resolve("example-city-2021-error.json"), dir.resolve("city-2021-error.report"));
		String template = DIR.resolve("gov-info-disclosure-2021.form").toString();
		System.setProperty("formwork.cacheDir", dir.resolve("cache").toString());
		try {
			CliRun loaded = validate(template, filing, null, "text", false);
			assertThat(loaded.out()).contains("[R1]");
			assertThat(dir.resolve("cache/templates")).as("--no-template-cache").doesNotExist();
			CliRun miss = validate(template, filing, null, "text", true);
			assertThat(new TemplateCache(dir.resolve("cache/templates")).lookup(new TemplateCache(dir.resolve("cache/templates"))
					.key(Path.of(template)))).as("the entry is stored").isNotNull();
			CliRun hit = validate(template, filing, null, "text", true);
			for (CliRun run : List.of(miss, hit)) {
				assertThat(run.out()).isEqualTo(loaded.out());
				assertThat(run.err()).isEqualTo(loaded.err());
				assertThat(run.exit()).isEqualTo(loaded.exit());
			}
		} finally {
			System.setProperty("formwork.cacheDir", cacheDir.toString());
		}
	}

	@Test
	void aHitStartsNeitherXtextNorGuice(@TempDir Path cache) throws Exception {
		List<String> validate = List.of("validate", "--template", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				"--prior", FILINGS.resolve("example-city-2021.csv").toString(), FILINGS.resolve("example-city-2021-error.json").toString());
		String miss = java(cache, validate);
		assertThat(miss).contains("org.eclipse.xtext.");
		String hit = java(cache, validate);
		assertThat(hit).contains("io.formwork.pipeline.TemplateCache", "io.formwork.runtime.engine.Engine")
				.doesNotContain("org.eclipse.xtext.", "com.google.inject.");
	}

	/** Runs the command line in a JVM of its own with {@code -verbose:class}: what it printed, the classes loaded among it. */
	private static String java(Path cache, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Dformwork.cacheDir=" + cache, "-verbose:class", "-cp", System.getProperty("java.class.path"),
				Formwork.class.getName()));
		command.addAll(args);
		Path out = Files.createTempFile(cache.getParent(), "run", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		String printed = Files.readString(out);
		assertThat(process.exitValue()).as(printed).isEqualTo(1);
		return printed;
	}
}
