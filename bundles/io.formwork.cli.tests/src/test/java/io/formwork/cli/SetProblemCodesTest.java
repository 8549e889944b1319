package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.Language;
import io.formwork.runtime.ProblemCodes;

/**
 * The problem codes of sets of filings ({@code set.badManifest}, {@code set.badHierarchy}, {@code set.filing}), each
 * raised by a real set ({@code src/test/resources/sets/}, README there) through {@code formwork validate --set}: the
 * code, the place in the manifest or hierarchy file, and the text in Chinese and in English.
 */
class SetProblemCodesTest {

	static final Path SETS = Path.of("src/test/resources/sets").toAbsolutePath();
	static final String TEMPLATES = ValidateCommandTest.EXAMPLES.resolve("examples/gov-info-disclosure").toString();

	@Test
	void aManifestEntryWithoutItsYearIsABadManifestAtTheEntry() {
		Path manifest = SETS.resolve("bad-manifest/formwork-set.json");
		CliRun en = CliRun.of("validate", "--lang", "en", "--template", TEMPLATES, "--set", SETS.resolve("bad-manifest").toString());
		CliRun zh = CliRun.of("validate", "--lang", "zh", "--template", TEMPLATES, "--set", SETS.resolve("bad-manifest").toString());
		assertThat(en.exit()).isEqualTo(2);
		assertThat(zh.exit()).isEqualTo(2);
		assertThat(en.err()).contains(manifest + ":4:5: error [" + ProblemCodes.BAD_SET
				+ "] Each filing needs \"body\", \"year\" (a number) and \"file\"");
		assertThat(zh.err()).contains(manifest + ":4:5: error [set.badManifest] 每份填报须有 body、year（数字）和 file");
		assertThat(en.out()).isEmpty();
		assertThat(ProblemCodes.describe(ProblemCodes.BAD_SET, Language.ZH)).isEqualTo("填报集清单有误");
		assertThat(ProblemCodes.describe(ProblemCodes.BAD_SET, Language.EN)).isEqualTo("The set manifest is malformed");
	}

	@Test
	void aBodyCodeGivenTwiceIsABadHierarchyAtItsSecondPlace() {
		Path bodies = SETS.resolve("bad-hierarchy/bodies.json");
		CliRun en = CliRun.of("validate", "--lang", "en", "--template", TEMPLATES, "--set", SETS.resolve("bad-hierarchy").toString());
		CliRun zh = CliRun.of("validate", "--lang", "zh", "--template", TEMPLATES, "--set", SETS.resolve("bad-hierarchy").toString());
		assertThat(en.exit()).isEqualTo(2);
		assertThat(en.err()).contains(bodies + ":4:7: error [" + ProblemCodes.BAD_HIERARCHY
				+ "] The body code example-city is used twice");
		assertThat(zh.err()).contains(bodies + ":4:7: error [set.badHierarchy] 单位代码 example-city 重复");
		assertThat(ProblemCodes.describe(ProblemCodes.BAD_HIERARCHY, Language.ZH)).isEqualTo("层级文件有误");
		assertThat(ProblemCodes.describe(ProblemCodes.BAD_HIERARCHY, Language.EN)).isEqualTo("The hierarchy file is malformed");
	}

	@Test
	void aFilingListedForAnotherYearThanItStatesDoesNotFitItsSet() {
		Path manifest = SETS.resolve("set-filing/formwork-set.json");
		CliRun en = CliRun.of("validate", "--lang", "en", "--template", TEMPLATES, "--set", SETS.resolve("set-filing").toString());
		CliRun zh = CliRun.of("validate", "--lang", "zh", "--template", TEMPLATES, "--set", SETS.resolve("set-filing").toString());
		assertThat(en.exit()).isEqualTo(1);
		assertThat(en.out()).contains(manifest + ":4:5: error [" + ProblemCodes.SET_FILING
				+ "] The filing says it is for 2021 but is listed for 2020");
		assertThat(zh.out()).contains(manifest + ":4:5: 错误 [set.filing] 填报声明的年度是 2021，而它列在 2020 年");
		assertThat(ProblemCodes.describe(ProblemCodes.SET_FILING, Language.ZH)).isEqualTo("填报与所在的填报集不符");
		assertThat(ProblemCodes.describe(ProblemCodes.SET_FILING, Language.EN)).isEqualTo("A filing does not fit its set");
	}
}
