package io.formwork.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.filing.set.SetManifest;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Severity;
import io.formwork.runtime.ValidationResult;

/**
 * The set validation every door runs ({@link FilingSet}) on examples/province (two years across the 2020→2021 change
 * of format, a hierarchy; see its README) and on small sets made from it: previous periods paired by the one rule
 * ({@link SetPriors}, what {@link Pipeline#validateSet} follows), and a located notice where the manifest implies
 * another previous period than the filings state.
 */
class FilingSetTest {

	static final Path PROVINCE = TemplatesTest.EXAMPLES.resolveSibling("province");
	static final Path TEMPLATES = TemplatesTest.EXAMPLES;

	static FilingSet open(Path folder, List<Path> templates) throws FilingSet.SetError {
		return FilingSet.open(FilingSet.manifest(folder), templates, Pipeline.Options.DEFAULT);
	}

	/** The province's set in a folder of its own: its filings, the manifest naming the templates by absolute path. */
	static Path copy(Path dir, boolean hierarchy) throws IOException {
		Path set = dir.resolve("province");
		try (Stream<Path> files = Files.walk(PROVINCE)) {
			for (Path file : files.toList()) {
				Path target = set.resolve(PROVINCE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else if (hierarchy || !file.getFileName().toString().equals(SetManifest.HIERARCHY)) {
					Files.copy(file, target);
				}
			}
		}
		String manifest = Files.readString(set.resolve(SetManifest.MANIFEST), StandardCharsets.UTF_8)
				.replace("\"../gov-info-disclosure/", "\"" + TEMPLATES + "/");
		if (!hierarchy) {
			manifest = manifest.replace(",\n  \"hierarchy\": \"bodies.json\"", "");
		}
		Files.writeString(set.resolve(SetManifest.MANIFEST), manifest, StandardCharsets.UTF_8);
		return set;
	}

	/** Each result as a user reads it, by file (relative to the set). */
	static Map<String, List<String>> shown(Path set, List<ValidationResult> results) {
		Map<String, List<String>> byFile = new TreeMap<>();
		for (ValidationResult result : results) {
			byFile.put(set.relativize(Path.of(result.filing().source())).toString(), PipelineTest.shown(result));
		}
		return byFile;
	}

	@Test
	void theProvincesFilingsArePairedWithTheSameBodysFilingOfTheYearBefore() throws Exception {
		FilingSet.Outcome outcome = open(PROVINCE, List.of()).validate(null, file -> { });
		assertThat(outcome.results()).hasSize(20);
		assertThat(outcome.unreadable()).isFalse();
		List<String> r6 = outcome.results().stream().flatMap(r -> PipelineTest.shown(r).stream()).filter(l -> l.startsWith("R6 ")
				&& l.contains(" FAIL WARNING ")).toList();
		assertThat(r6).hasSize(6).anyMatch(l -> l.contains("carried in this year (4) differs from last year's carried over (2)"));
		assertThat(outcome.results()).allMatch(r -> r.problems().stream().noneMatch(p -> FilingSet.SET_PROBLEM.equals(p.code())));
		assertThat(outcome.results().stream().flatMap(r -> r.findings().stream()).filter(f -> "AGG".equals(f.ruleId())))
				.isNotEmpty();
	}

	@Test
	void theSetPairsAsThePipelinesSetValidationDoesOnTheSameFiles(@TempDir Path dir) throws Exception {
		Path set = copy(dir, false);
		List<ValidationResult> bySet = open(set, List.of()).validate(null, file -> { }).results();
		Templates templates = Templates.load(List.of(TEMPLATES), null);
		Pipeline pipeline = new Pipeline(templates, FilingFormats.standard(), Pipeline.Options.DEFAULT.threads(1));
		List<Path> files = pipeline.filings(set, List.of()).stream().filter(f -> f.toString().endsWith(".filing")).toList();
		List<ValidationResult> byPipeline = new ArrayList<>();
		pipeline.validateSet(files, byPipeline::add);
		assertThat(files).hasSize(20);
		assertThat(shown(set, bySet)).isEqualTo(shown(set, byPipeline));
	}

	@Test
	void aManifestThatListsAnotherBodysFilingAsTheYearBeforeIsALocatedNoticeAndTheFilingsStatementDecides(@TempDir Path dir)
			throws Exception {
		Path set = copy(dir, false);
		// the manifest says one body "x" filed 2020/xizhou.filing and 2021/xizhou-shimen.filing; the filings state 西州市
		// and 西州市石门县. The one rule pairs 2021/xizhou-shimen with 西州市石门县's 2020 filing, listed as body "y".
		Files.writeString(set.resolve(SetManifest.MANIFEST), """
				{
				  "templates": ["%s/gov-info-disclosure-2019.form", "%s/gov-info-disclosure-2021-province.form"],
				  "filings": [
				    { "body": "x", "year": 2020, "file": "2020/xizhou.filing" },
				    { "body": "y", "year": 2020, "file": "2020/xizhou-shimen.filing" },
				    { "body": "x", "year": 2021, "file": "2021/xizhou-shimen.filing" }
				  ]
				}
				""".formatted(TEMPLATES, TEMPLATES), StandardCharsets.UTF_8);
		List<ValidationResult> results = open(set, List.of()).validate(null, file -> { }).results();
		ValidationResult shimen2021 = results.stream().filter(r -> r.filing().source().endsWith("2021/xizhou-shimen.filing"))
				.findFirst().orElseThrow();
		List<Problem> notices = shimen2021.problems().stream().filter(p -> FilingSet.SET_PROBLEM.equals(p.code())).toList();
		assertThat(notices).hasSize(1);
		Problem notice = notices.get(0);
		assertThat(notice.severity()).isEqualTo(Severity.WARNING);
		assertThat(notice.location().toString()).isEqualTo(set.resolve(SetManifest.MANIFEST) + ":6:5");
		assertThat(notice.en()).contains("This filing states 西州市石门县, 2021", set.resolve("2020/xizhou-shimen.filing").toString(),
				"but the manifest lists " + set.resolve("2020/xizhou.filing") + " (stating 西州市, 2020) as x's filing of the year before");
		assertThat(notice.zh()).contains("按填报声明的单位和年度配对的上期是 " + set.resolve("2020/xizhou-shimen.filing"),
				"以填报声明的为准");
		// the previous period is the one the filings state: R6 finds Shimen's own break (4 carried in, 2 carried over)
		assertThat(PipelineTest.shown(shimen2021)).anyMatch(l -> l.startsWith("R6 ")
				&& l.contains("carried in this year (4) differs from last year's carried over (2)"));
		// the 2020 filings have no year before: nothing to say of them
		assertThat(results.stream().filter(r -> r.filing().source().contains("2020/")).flatMap(r -> r.problems().stream()))
				.noneMatch(p -> FilingSet.SET_PROBLEM.equals(p.code()));
	}

	@Test
	void aFilingThatStatesNoBodyIsPairedByTheBodyItsEntrysOtherFilingsState(@TempDir Path dir) throws Exception {
		Path set = Files.createDirectories(dir.resolve("set"));
		String json = Files.readString(TEMPLATES.resolve("filings/example-city-2021.json"), StandardCharsets.UTF_8);
		Files.createDirectories(set.resolve("2020"));
		Files.createDirectories(set.resolve("2021"));
		Files.writeString(set.resolve("2020/city.json"), json.replace("\"year\": 2021", "\"year\": 2020"), StandardCharsets.UTF_8);
		String nameless = json.replaceFirst("\\s*\"body\": \"[^\"]*\",", "");
		assertThat(nameless).doesNotContain("\"body\"");
		Files.writeString(set.resolve("2021/city.json"), nameless, StandardCharsets.UTF_8);
		List<ValidationResult> results = open(set, List.of(TEMPLATES)).validate(null, file -> { }).results();
		assertThat(results).hasSize(2);
		ValidationResult alone = new Pipeline(Templates.load(List.of(TEMPLATES), null)).validate(set.resolve("2021/city.json"),
				null);
		// the 2021 filing had its previous period (the folder's city, which states 示例市人民政府办公室): fewer not assessable
		assertThat(results.get(1).filing().source()).endsWith("2021/city.json");
		assertThat(results.get(1).notAssessable()).isLessThan(alone.notAssessable());
		assertThat(results.get(1).problems()).noneMatch(p -> FilingSet.SET_PROBLEM.equals(p.code()));
	}

	@Test
	void aFilingListedForAnotherYearThanItStatesIsAnErrorAtItsEntry(@TempDir Path dir) throws Exception {
		Path set = Files.createDirectories(dir.resolve("set"));
		Files.writeString(set.resolve(SetManifest.MANIFEST), """
				{
				  "filings": [
				    { "body": "city", "year": 2020, "file": "%s/filings/example-city-2021.json" }
				  ]
				}
				""".formatted(TEMPLATES), StandardCharsets.UTF_8);
		FilingSet.Outcome outcome = open(set, List.of(TEMPLATES)).validate(null, file -> { });
		assertThat(outcome.results()).hasSize(1);
		assertThat(outcome.results().get(0).problems()).anyMatch(p -> p.code().equals(ProblemCodes.SET_FILING)
				&& p.severity() == Severity.ERROR && p.location().toString().equals(set.resolve(SetManifest.MANIFEST) + ":3:5")
				&& p.en().equals("The filing says it is for 2021 but is listed for 2020"));
	}

	@Test
	void aSetWithoutATemplateOrWithABadManifestCannotBeOpened(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("2021"));
		assertThatThrownBy(() -> open(dir, List.of())).isInstanceOf(FilingSet.SetError.class).hasMessageContaining("no template");
		Files.writeString(dir.resolve(SetManifest.MANIFEST), "{ \"filings\": [ { \"body\": \"a\" } ] }", StandardCharsets.UTF_8);
		FilingSet.SetError error = null;
		try {
			open(dir, List.of(TEMPLATES));
		} catch (FilingSet.SetError e) {
			error = e;
		}
		assertThat(error).isNotNull();
		assertThat(error.problems()).extracting(Problem::code).containsExactly(ProblemCodes.BAD_SET);
	}
}
