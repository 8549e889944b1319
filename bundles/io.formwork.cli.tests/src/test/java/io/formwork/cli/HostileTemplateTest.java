package io.formwork.cli;

import static io.formwork.cli.Hostile.hashes;
import static io.formwork.cli.Hostile.run;
import static io.formwork.cli.Hostile.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * D5, D6, D7, D14 and D19 of issue 16, and duplicate template ids: templates that are empty, unparseable, deeply
 * nested, very long, wrongly encoded, or not files at all give a located error from every command, never a stack
 * trace, a hang or a wrong exit code.
 */
class HostileTemplateTest {

	@TempDir
	Path dir;
	Path mini;

	@BeforeEach
	void theMiniTemplate() {
		mini = Hostile.copy("mini", dir);
	}

	private String tpl() {
		return s(mini.resolve("tpl.form"));
	}

	private String filing() {
		return s(mini.resolve("f.json"));
	}

	private void assertion(String expression) throws IOException {
		Path tpl = mini.resolve("tpl.form");
		Files.writeString(tpl, Files.readString(tpl).replace("assert [ra] + [rb] = [rc]", "assert " + expression));
	}

	@Test
	void anEmptyFileBesideTheTemplateIsReportedByEveryCommandWithoutACrash() throws IOException {
		Files.writeString(mini.resolve("empty.form"), "");
		Map<String, String> before = hashes(mini);
		for (String[] args : new String[][] { { "validate", "--template", tpl(), filing() },
				{ "form", "--template", tpl(), "--out", s(dir.resolve("f.docx")) },
				{ "generate", "--out", s(dir.resolve("gen")), tpl() }, { "diff", tpl(), tpl() } }) {
			CliRun run = run(args);
			assertThat(run.exit()).as(args[0]).isIn(1, 2);
			assertThat(run.out() + run.err()).as(args[0]).contains("empty.form:1:1: error");
		}
		assertThat(hashes(mini)).isEqualTo(before);
	}

	@Test
	void anUnparseableFileBesideTheTemplateIsReported() throws IOException {
		Files.writeString(mini.resolve("broken.form"), "catalog broken {\n\tunit\n");
		CliRun run = run("validate", "--template", tpl(), filing());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("broken.form:2:").contains("error");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aFolderOrAPipeNamedLikeATemplateIsSkippedNeverWaitedOn() throws Exception {
		Files.createDirectory(mini.resolve("x.form"));
		Process mkfifo = new ProcessBuilder("mkfifo", s(mini.resolve("y.form"))).start();
		boolean fifo = mkfifo.waitFor() == 0;
		CliRun validate = run("validate", "--lang", "en", "--template", tpl(), filing());
		assertThat(validate.exit()).isEqualTo(1); // R1 fails: 1 + 2 ≠ 4
		assertThat(validate.out()).contains("error [R1]");
		CliRun check = run("check", s(mini));
		assertThat(check.exit()).isZero();
		assertThat(fifo).as("mkfifo").isTrue();
	}

	@Test
	void fiveHundredNestedParenthesesAreALocatedErrorNotAStackOverflow() throws IOException {
		assertion("(".repeat(500) + "[ra]" + ")".repeat(500) + " + [rb] = [rc]");
		CliRun check = run("check", tpl());
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("tpl.form:17:").contains("[formwork.tooDeep]").contains("at most 100 levels");
		CliRun validate = run("validate", "--template", tpl(), filing());
		assertThat(validate.exit()).isEqualTo(2);
		assertThat(validate.err()).contains("[formwork.tooDeep]");
	}

	@Test
	void tenThousandNestedBracketsAreStillALocatedError() throws IOException {
		assertion("(".repeat(10_000) + "[ra]" + ")".repeat(10_000) + " = [rc]");
		CliRun check = run("check", tpl());
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("tpl.form:17:").contains("[formwork.tooDeep]");
	}

	@Test
	void aHundredNestedParenthesesAreStillATemplate() throws IOException {
		assertion("(".repeat(99) + "[ra]" + ")".repeat(99) + " + [rb] = [rc]");
		CliRun validate = run("validate", "--lang", "en", "--template", tpl(), filing());
		assertThat(validate.exit()).isEqualTo(1);
		assertThat(validate.out()).contains("error [R1]");
	}

	@Test
	void aFourThousandTermSumIsALocatedErrorAtItsPlaceNotAtZeroZero() throws IOException {
		assertion("[ra]" + " + [rb]".repeat(3999) + " = [rc]");
		CliRun check = run("check", tpl());
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("tpl.form:17:10: error [formwork.tooLong]").contains("sum([a] to [b])")
				.doesNotContain(":0:0:");
	}

	@Test
	void aHundredThousandTermSumIsRefusedQuickly() throws IOException {
		assertion("[ra]" + " + [rb]".repeat(100_000) + " = [rc]");
		CliRun check = run("check", tpl());
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("[formwork.tooLong]");
	}

	@Test
	void aFiveHundredTermSumIsStillATemplate() throws IOException {
		assertion("[ra]" + " + [rb]".repeat(240) + " - [rb]".repeat(240) + " = [rc]");
		CliRun validate = run("validate", "--lang", "en", "--template", tpl(), filing());
		assertThat(validate.exit()).isEqualTo(1);
		assertThat(validate.out()).contains("error [R1]");
	}

	@Test
	void aTemplateInGbkIsALocatedEncodingError() {
		Path gbk = Hostile.copy("gbk-template", dir);
		CliRun check = run("check", s(gbk));
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("tpl.form:3:").contains("[formwork.encoding]").contains("GBK");
		CliRun form = run("form", "--template", s(gbk.resolve("tpl.form")), "--out", s(dir.resolve("f.xlsx")));
		assertThat(form.exit()).isEqualTo(2);
		assertThat(form.err()).contains("[formwork.encoding]");
		assertThat(dir.resolve("f.xlsx")).doesNotExist();
	}

	@Test
	void aNumberOfTwoThousandDigitsInATemplateIsALocatedError() throws IOException {
		assertion("[ra] + [rb] = [rc] + " + "9".repeat(2000));
		CliRun check = run("check", tpl());
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("tpl.form:17:").contains("[formwork.numberTooLong]");
	}

	@Test
	void twoTemplatesWithTheSameIdFailCheckWhereTheSecondIsDeclared() throws IOException {
		Files.writeString(mini.resolve("copy.form"), Files.readString(mini.resolve("tpl.form")));
		CliRun check = run("check", s(mini));
		assertThat(check.exit()).isEqualTo(1);
		assertThat(check.out()).contains("mini_t");
		assertThat(check.out()).containsPattern("(copy|tpl)\\.form:3:\\d+: error \\[formwork\\.duplicateTemplate\\]");
	}
}
