package io.formwork.cli;

import static io.formwork.cli.Hostile.hashes;
import static io.formwork.cli.Hostile.run;
import static io.formwork.cli.Hostile.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * D8, D10–D16 and D20 of issue 16: filings that overflow, are huge, are not files, are not UTF-8, or carry text
 * that would forge report lines give a located message and the right exit code, in linear (or bounded) time.
 */
class HostileFilingTest {

	static final Path EXAMPLES = Path.of("../..").toAbsolutePath().normalize().resolve("examples");

	@TempDir
	Path dir;
	Path mini;
	Path json;

	@BeforeEach
	void theFixtures() {
		mini = Hostile.copy("mini", dir);
		json = Hostile.copy("json", dir);
	}

	private String tpl() {
		return s(mini.resolve("tpl.form"));
	}

	@Test
	void aHugeExponentIsOutOfRangeAndTheOtherFilingsStillGetTheirReports() {
		Map<String, String> before = hashes(dir);
		CliRun run = run("validate", "--lang", "en", "--template", tpl(), s(json.resolve("exp_overflow.json")),
				s(mini.resolve("f.json")));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("exp_overflow.json:1:").contains("'1e2147483647' is out of range");
		assertThat(run.out()).contains("f.json").contains("error [R1]");
		assertThat(hashes(dir)).isEqualTo(before);
	}

	@Test
	void aMissingPriorIsExitTwoWithAMessage() {
		CliRun run = run("validate", "--template", tpl(), "--prior", s(dir.resolve("nosuch.json")), s(mini.resolve("f.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("nosuch.json: error [filing.priorUnreadable]").contains("does not exist");
	}

	@Test
	void aFolderAsPriorIsExitTwoWithAMessage() {
		CliRun run = run("validate", "--template", tpl(), "--prior", s(json), s(mini.resolve("f.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("error [filing.priorUnreadable]").contains("not a regular file");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aPipeAsPriorOrAsFilingIsRefusedNotWaitedOn() throws Exception {
		Path fifo = dir.resolve("p.json");
		assertThat(new ProcessBuilder("mkfifo", s(fifo)).start().waitFor()).isZero();
		CliRun prior = run("validate", "--template", tpl(), "--prior", s(fifo), s(mini.resolve("f.json")));
		assertThat(prior.exit()).isEqualTo(2);
		assertThat(prior.err()).contains("p.json: error [filing.priorUnreadable]").contains("not a regular file");
		CliRun filing = run("validate", "--template", tpl(), s(fifo));
		assertThat(filing.exit()).isEqualTo(2);
		assertThat(filing.err()).contains("p.json: is not a regular file");
	}

	@Test
	void anUnreadablePriorIsExitTwoNamingWhereItFails() throws IOException {
		Path prior = Files.writeString(dir.resolve("prior.json"), "{\"template\": \"mini_t\", \"facts\": [");
		CliRun run = run("validate", "--template", tpl(), "--prior", s(prior), s(mini.resolve("f.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("prior.json:1:").contains("[filing.priorUnreadable]");
	}

	@Test
	void aFilingFigureOfTwoMillionDigitsIsALocatedErrorInLinearTime() throws IOException {
		Path filing = Files.writeString(dir.resolve("big.filing"), "filing for mini_t year 2021 body \"x\"\n\ntable t1 {\n\tra: v "
				+ "7".repeat(2_000_000) + "\n\trb: v 2\n}\n");
		CliRun run = run("validate", "--lang", "en", "--template", tpl(), s(filing));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("big.filing:4:8: error [filing.outOfRange]").contains("at most 100");
	}

	@Test
	void aFilingFigureOfAHundredDigitsIsStillAFigure() throws IOException {
		Path filing = Files.writeString(dir.resolve("ok.filing"), "filing for mini_t year 2021 body \"x\"\n\ntable t1 {\n\tra: v "
				+ "1".repeat(100) + "\n}\n");
		CliRun run = run("validate", "--lang", "en", "--template", tpl(), s(filing));
		assertThat(run.out()).doesNotContain("outOfRange");
	}

	@Test
	void aFilingInGbkIsALocatedEncodingError() throws IOException {
		Path filing = Files.write(dir.resolve("gbk.filing"),
				"filing for mini_t year 2021 body \"示例市\"\n".getBytes(Charset.forName("GBK")));
		CliRun run = run("validate", "--lang", "en", "--template", tpl(), s(filing));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).contains("gbk.filing:1:").contains("not valid UTF-8");
	}

	@Test
	void textFromAFilingCannotForgeAReportLineOrColourTheTerminal() {
		for (String name : new String[] { "body_injection.json", "cell_injection.json" }) {
			for (String format : new String[] { "text", "json", "sarif" }) {
				CliRun run = run("validate", "--lang", "en", "--format", format, "--template", tpl(), s(json.resolve(name)));
				assertThat(run.out()).as(name + " " + format).doesNotContain("\u001b");
				assertThat(run.out().lines()).as(name + " " + format).noneMatch(line -> line.startsWith("reports/"));
			}
		}
		CliRun text = run("validate", "--lang", "en", "--template", tpl(), s(json.resolve("body_injection.json")));
		assertThat(text.out()).contains("x\\nreports/f.json:1:1: error [R9] forged line\\u001B[31mRED");
	}

	@Test
	void aMigratedCsvWithACarriageReturnInItsBodyIsReadBack() throws IOException {
		Path gid = dir.resolve("gid");
		OutputSafetyTest.copyTree(EXAMPLES.resolve("gov-info-disclosure"), gid);
		Path csv = dir.resolve("cr.csv");
		CliRun migrate = run("migrate", "--to", s(gid.resolve("gov-info-disclosure-2021.form")), "--output", s(csv),
				s(json.resolve("cr-body.json")));
		assertThat(migrate.exit()).isZero();
		CliRun fromCsv = run("validate", "--lang", "en", "--format", "json", "--template", s(gid.resolve("gov-info-disclosure-2021.form")), s(csv));
		CliRun fromJson = run("validate", "--lang", "en", "--format", "json", "--template", s(gid.resolve("gov-info-disclosure-2021.form")),
				s(json.resolve("cr-body.json")));
		assertThat(fromCsv.exit()).isEqualTo(fromJson.exit());
		assertThat(fromCsv.out()).doesNotContain("filing.unknownCell", "duplicate");
		assertThat(findings(fromCsv.out())).isEqualTo(findings(fromJson.out()));
	}

	private static java.util.List<String> findings(String json) {
		return json.lines().filter(l -> l.contains("\"rule\"") || l.contains("\"status\"")).toList();
	}

	@Test
	void aCsvHeaderOfAHundredThousandUnknownColumnsIsReadInLinearTime() throws IOException {
		StringBuilder header = new StringBuilder("cell,value");
		for (int i = 0; i < 100_000; i++) {
			header.append(",x").append(i);
		}
		Path csv = Files.writeString(dir.resolve("wide.csv"), "# template: mini_t\n" + header + "\nt1[ra; v],1\n");
		CliRun run = run("validate", "--lang", "en", "--template", tpl(), s(csv));
		assertThat(run.out()).contains("wide.csv:2:12: warning [filing.unknownKey] Unknown column \"x0\"")
				.contains("99980 more unknown columns are ignored");
	}

	@Test
	void tenThousandNestedTablesInAPageAreReadInLinearTime() throws IOException {
		Path page = Files.writeString(dir.resolve("nested.html"), "<html><body><p>2019年政府信息公开工作年度报告</p>"
				+ "<table><tr><td>".repeat(10_000) + "一、总体情况" + "</td></tr></table>".repeat(10_000) + "</body></html>");
		CliRun run = run("validate", "--lang", "en", "--template",
				s(EXAMPLES.resolve("gov-info-disclosure/gov-info-disclosure-2019.form")), s(page));
		assertThat(run.exit()).isIn(1, 2);
		assertThat(run.out() + run.err()).contains("nested.html");
	}

	@Test
	void jsonPastItsParsersLimitsIsLocated() throws IOException {
		Path deep = Files.writeString(dir.resolve("deep.json"),
				"{\"template\": \"mini_t\",\n \"facts\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
		CliRun nested = run("validate", "--lang", "en", "--template", tpl(), s(deep));
		assertThat(nested.exit()).isEqualTo(2);
		assertThat(nested.out()).containsPattern("deep\\.json:2:\\d+: error \\[filing\\.unreadable\\]");
		Path digits = Files.writeString(dir.resolve("digits.json"),
				"{\"template\": \"mini_t\",\n \"facts\": [{\"cell\": \"t1[ra, v]\", \"value\": " + "1".repeat(5000) + "}]}");
		CliRun number = run("validate", "--lang", "en", "--template", tpl(), s(digits));
		assertThat(number.exit()).isIn(1, 2);
		assertThat(number.out()).containsPattern("digits\\.json:2:\\d+: error");
	}

	@Test
	void aFileNamedLikeAFilingThatIsAFolderIsExitTwo() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("folder.json"));
		CliRun run = run("validate", "--template", tpl(), s(folder));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("folder.json: is a folder");
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
