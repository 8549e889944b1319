package io.formwork.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.ValidationResult;

/**
 * Each problem code of the one catalog, produced by a real input through the pipeline (the fixtures of
 * {@code problems/}, each named after its code), with its catalog text in both languages; the codes that only sets,
 * mappings and Word/Excel forms produce are named with the test that produces them.
 */
class ProblemCodesTest {

	static final Path PROBLEMS = Path.of("src/test/resources/problems").toAbsolutePath();

	/** Codes produced by inputs other than a single filing, and the test that produces each. */
	static final Map<String, String> ELSEWHERE = Map.ofEntries(
			Map.entry(ProblemCodes.PRIOR_UNREADABLE, "ProblemCodesTest.aMissingPreviousPeriodHasItsOwnCode"),
			Map.entry(ProblemCodes.TABLE_NOT_FOUND, "io.formwork.forms.DocumentReadersTest"),
			Map.entry(ProblemCodes.UNMATCHED_TABLE, "io.formwork.forms.HostileInputTest"),
			Map.entry(ProblemCodes.UNMATCHED_LABEL, "io.formwork.forms.DocumentReadersTest"),
			Map.entry(ProblemCodes.MISSING_LABEL, "io.formwork.forms.DocumentReadersTest"),
			Map.entry(ProblemCodes.FORMULA, "io.formwork.forms.HostileInputTest"),
			Map.entry(ProblemCodes.NOT_REPORTED, "ProblemCodesTest.aFigureInACellTheTemplateDoesNotCollectIsNotReadAndSaidSo"),
			Map.entry(ProblemCodes.TOO_LARGE, "io.formwork.forms.HostileInputTest"),
			Map.entry(ProblemCodes.SET_FILING, "io.formwork.cli.SetProblemCodesTest"),
			Map.entry(ProblemCodes.BAD_SET, "io.formwork.cli.SetProblemCodesTest"),
			Map.entry(ProblemCodes.BAD_HIERARCHY, "io.formwork.cli.SetProblemCodesTest"),
			Map.entry(ProblemCodes.BAD_MAPPING, "io.formwork.cli.MigrateCommandTest"),
			Map.entry(ProblemCodes.MEANING_CHANGED, "io.formwork.runtime.migration.MigratorTest"),
			Map.entry(ProblemCodes.NOT_CARRIED, "io.formwork.runtime.migration.MigratorTest"),
			Map.entry(ProblemCodes.BAD_MAPPING_RULE, "io.formwork.runtime.migration.MigratorTest"));

	static Pipeline pipeline;

	@BeforeAll
	static void load() throws Exception {
		pipeline = new Pipeline(Templates.load(List.of(TemplatesTest.EXAMPLES), null));
	}

	static Stream<Path> fixtures() throws IOException {
		try (Stream<Path> files = Files.list(PROBLEMS)) {
			return files.filter(f -> !f.getFileName().toString().contains(".prior.")).sorted().toList().stream();
		}
	}

	/** {@code filing.notANumber.json} → {@code filing.notANumber}. */
	static String codeOf(Path fixture) {
		String name = fixture.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void eachFixtureProducesTheProblemItIsNamedAfterWithTheCatalogsText(Path fixture) throws Exception {
		String code = codeOf(fixture);
		Pipeline.Read prior = code.equals(ProblemCodes.PRIOR_PERIOD) ? pipeline.prior(fixture) : null;
		ValidationResult result = pipeline.validate(fixture, prior);
		assertThat(result.problems()).extracting(Problem::code).contains(code);
		ProblemCodes.Code entry = ProblemCodes.get(code);
		assertThat(entry).as("in the catalog").isNotNull();
		assertThat(entry.text(Language.ZH)).isNotBlank().isNotEqualTo(entry.text(Language.EN));
		assertThat(entry.text(Language.EN)).isNotBlank();
		Problem problem = result.problems().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
		assertThat(problem.zh()).isNotBlank();
		assertThat(problem.en()).isNotBlank();
		assertThat(problem.location()).isNotNull();
		assertThat(problem.location().toString()).contains(fixture.getFileName().toString());
	}

	@Test
	void aMissingPreviousPeriodHasItsOwnCode() {
		assertThatThrownBy(() -> pipeline.prior(PROBLEMS.resolve("nosuch.json"))).isInstanceOf(Pipeline.PriorError.class)
				.satisfies(e -> {
					Problem problem = ((Pipeline.PriorError) e).problem();
					assertThat(problem.code()).isEqualTo(ProblemCodes.PRIOR_UNREADABLE);
					assertThat(problem.zh()).contains("上期填报");
					assertThat(ProblemCodes.describe(problem.code(), Language.EN)).contains("previous period");
				});
	}

	@Test
	void aFigureInACellTheTemplateDoesNotCollectIsNotReadAndSaidSo() throws Exception {
		Path folder = Path.of("src/test/resources/not-reported").toAbsolutePath();
		Pipeline own = new Pipeline(Templates.load(List.of(folder), null));
		Path page = folder.resolve("report-2021.html");
		ValidationResult result = own.validate(page, null);
		assertThat(result.filing().template()).isEqualTo("nr_2021");
		List<Problem> notReported = result.problems().stream().filter(p -> p.code().equals(ProblemCodes.NOT_REPORTED))
				.toList();
		assertThat(notReported).hasSize(1);
		Problem problem = notReported.get(0);
		assertThat(problem.severity()).isEqualTo(io.formwork.runtime.Severity.WARNING);
		assertThat(problem.location().file()).isEqualTo(page.toString());
		assertThat(problem.location().line()).isEqualTo(9);
		assertThat(problem.zh()).isEqualTo("t1[transferred, count] 不属于模板收集的数据，所填「3」未读取");
		assertThat(problem.en()).isEqualTo("t1[transferred, count] is not collected by the template; '3' is not read");
		assertThat(ProblemCodes.describe(ProblemCodes.NOT_REPORTED, Language.ZH)).isEqualTo("模板不收集该单元格的数值");
		assertThat(ProblemCodes.describe(ProblemCodes.NOT_REPORTED, Language.EN)).isEqualTo("The template does not collect this cell");
		assertThat(result.filing().facts().keySet().toString()).doesNotContain("transferred");
	}

	@Test
	void everyCodeOfTheCatalogIsProducedByAFixtureOrNamedWithTheTestThatProducesIt() throws IOException {
		Set<String> covered = new TreeSet<>(ELSEWHERE.keySet());
		fixtures().map(ProblemCodesTest::codeOf).forEach(covered::add);
		assertThat(covered).containsExactlyInAnyOrderElementsOf(
				ProblemCodes.all().stream().map(ProblemCodes.Code::code).toList());
	}

	@Test
	void theReadersNamesAreTheCatalogsCodes() {
		assertThat(io.formwork.forms.FormProblems.TABLE_NOT_FOUND).isEqualTo(ProblemCodes.TABLE_NOT_FOUND);
		assertThat(io.formwork.forms.FormProblems.UNMATCHED_TABLE).isEqualTo(ProblemCodes.UNMATCHED_TABLE);
		assertThat(io.formwork.forms.FormProblems.UNMATCHED_LABEL).isEqualTo(ProblemCodes.UNMATCHED_LABEL);
		assertThat(io.formwork.forms.FormProblems.MISSING_LABEL).isEqualTo(ProblemCodes.MISSING_LABEL);
		assertThat(io.formwork.forms.FormProblems.FORMULA).isEqualTo(ProblemCodes.FORMULA);
		assertThat(io.formwork.forms.FormProblems.NOT_REPORTED).isEqualTo(ProblemCodes.NOT_REPORTED);
		assertThat(io.formwork.forms.FormProblems.TOO_LARGE).isEqualTo(ProblemCodes.TOO_LARGE);
		assertThat(io.formwork.narrative.NarrativeExtractor.AMBIGUOUS).isEqualTo(ProblemCodes.AMBIGUOUS);
		assertThat(io.formwork.narrative.NarrativeExtractor.SECTION_NOT_FOUND).isEqualTo(ProblemCodes.SECTION_NOT_FOUND);
	}
}
