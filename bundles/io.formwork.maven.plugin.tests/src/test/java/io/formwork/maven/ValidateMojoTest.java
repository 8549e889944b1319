package io.formwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

	@TempDir
	Path project;

	Fixtures.Recording log = new Fixtures.Recording();

	@BeforeEach
	void templates() throws Exception {
		Fixtures.copy(project.resolve("src/main/formwork"), Fixtures.gid("gov-info-disclosure-catalog.form"),
				Fixtures.gid("gov-info-disclosure-2019.form"), Fixtures.gid("gov-info-disclosure-2021.form"));
	}

	ValidateMojo mojo(Path filings) {
		ValidateMojo mojo = new ValidateMojo();
		mojo.sourceDirectory = project.resolve("src/main/formwork").toFile();
		mojo.filingDirectory = filings.toFile();
		mojo.reportDirectory = project.resolve("target/formwork").toFile();
		mojo.failOnError = true;
		mojo.lang = "en";
		mojo.setLog(log);
		return mojo;
	}

	@Test
	void filingsWithErrorsFailTheBuildAndEveryFindingIsInTheReports() throws Exception {
		Path filings = Fixtures.copy(project.resolve("filings"), Fixtures.gid("filings/example-city-2021.json"),
				Fixtures.gid("filings/example-city-2021-error.csv"), Fixtures.gid("filings/example-county-2019-error.filing"),
				Fixtures.gid("filings/example-county-2019.json"));
		assertThatThrownBy(() -> mojo(filings).execute()).isInstanceOf(MojoFailureException.class)
				.hasMessageContaining("4 filing(s), 5 error(s)");
		assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR ") && l.contains("example-city-2021-error.csv:")
				&& l.contains("error [R1]"));
		assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR ") && l.contains("example-county-2019-error.filing:"));
		Path reports = project.resolve("target/formwork");
		assertThat(reports.resolve("formwork.sarif")).content().contains("\"version\":\"2.1.0\"", "\"ruleId\":\"R1\"");
		assertThat(reports.resolve("formwork.json")).content().contains("\"format\": \"formwork-report/1\"",
				"example-county-2019.json");
		assertThat(reports.resolve("formwork.txt")).content().contains("4 filing(s), 5 error(s)");
	}

	@Test
	void withFailOnErrorOffErrorsAreWarnings() throws Exception {
		Path filings = Fixtures.copy(project.resolve("filings"), Fixtures.gid("filings/example-city-2021-error.json"));
		ValidateMojo mojo = mojo(filings);
		mojo.failOnError = false;
		mojo.execute();
		assertThat(log.lines).anyMatch(l -> l.startsWith("WARN ") && l.contains("failOnError is false"));
	}

	@Test
	void cleanFilingsInEveryFormatPass() throws Exception {
		Path filings = Fixtures.copy(project.resolve("filings"), Fixtures.gid("filings/example-city-2021.json"),
				Fixtures.gid("filings/example-city-2021.csv"), Fixtures.gid("filings/example-city-2021.filing"));
		mojo(filings).execute();
		assertThat(project.resolve("target/formwork/formwork.txt")).content().contains("3 filing(s), 0 error(s)");
	}

	@Test
	void aNarrativeIsReadWithTheTemplateInForceInItsYearOrTheDefault() throws Exception {
		Fixtures.copy(project.resolve("src/main/formwork"), Fixtures.gid("gov-info-disclosure-2008.form"));
		Path filings = Fixtures.copy(project.resolve("filings"), Fixtures.gid("filings/pingliang-2018.txt"));
		// 2018, in its name and its title: the 2008 format was in force
		assertThatThrownBy(() -> mojo(filings).execute()).isInstanceOf(MojoFailureException.class).hasMessageContaining("1 error(s)");
		assertThat(project.resolve("target/formwork/formwork.txt")).content().contains("pingliang-2018.txt (gid_2008)").contains("[N5]");

		ValidateMojo mojo = mojo(filings);
		mojo.defaultTemplate = "gid_2008";
		assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("1 error(s)");
		assertThat(project.resolve("target/formwork/formwork.txt")).content().contains("[N5]");
	}

	@Test
	void theSameBodysFilingOfTheYearBeforeIsThePreviousPeriod() throws Exception {
		Path filings = Fixtures.copy(project.resolve("filings"), Fixtures.gid("filings/example-city-2021.json"));
		mojo(filings).execute();
		long alone = notAssessable(project.resolve("target/formwork/formwork.txt"));
		// the same body's filing for 2020: the rules over the previous period are now assessed for 2021
		String json = Files.readString(filings.resolve("example-city-2021.json"));
		Files.writeString(filings.resolve("example-city-2020.json"), json.replace("\"year\": 2021", "\"year\": 2020"));
		ValidateMojo withPrior = mojo(filings);
		withPrior.failOnError = false; // the copy for 2020 still names the 2021 template: filing.wrongTemplate
		withPrior.execute();
		long both = notAssessable(project.resolve("target/formwork/formwork.txt"));
		assertThat(alone).isPositive();
		assertThat(both).isLessThan(2 * alone);
	}

	@Test
	void aFilingFolderWithASetManifestIsValidatedAsTheCommandLineValidatesTheSet() throws Exception {
		Path province = Fixtures.examples().resolve("province");
		Path filings = project.resolve("filings");
		try (java.util.stream.Stream<Path> files = Files.walk(province)) {
			for (Path file : files.filter(f -> !province.relativize(f).startsWith("expected")).toList()) {
				Path target = filings.resolve(province.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		// the manifest names the province's template by a path from its folder: here, from the examples
		Path manifest = filings.resolve("formwork-set.json");
		Files.writeString(manifest, Files.readString(manifest).replace("\"../gov-info-disclosure/",
				"\"" + Fixtures.examples().resolve("gov-info-disclosure") + "/"));
		ValidateMojo mojo = mojo(filings);
		mojo.sourceDirectory = Fixtures.examples().resolve("gov-info-disclosure").toFile(); // the templates the manifest names
		assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
				.hasMessageContaining("20 filing(s), 1 error(s), 6 warning(s), 370 not assessable");
		// the consolidated report against its children's (the hierarchy), and the carry-over break across the change of format
		assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR ") && l.contains("2021/nanzhou.filing:12:21: error [AGG]"));
		assertThat(log.lines).anyMatch(l -> l.startsWith("WARN ") && l.contains("2021/xizhou-shimen.filing:20:22: warning [R6]"));
	}

	private static long notAssessable(Path report) throws java.io.IOException {
		List<String> lines = Files.readAllLines(report);
		String last = lines.get(lines.size() - 1);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) not assessable").matcher(last);
		assertThat(m.find()).as(last).isTrue();
		return Long.parseLong(m.group(1));
	}

	@Test
	void aNarrativeThatStatesNoYearNeedsTheDefault() throws Exception {
		Path filings = project.resolve("filings");
		Files.createDirectories(filings);
		Files.writeString(filings.resolve("report.txt"), "政府信息公开工作年度报告\n\n本年度收到申请 3 件。\n");
		assertThatThrownBy(() -> mojo(filings).execute()).isInstanceOf(MojoFailureException.class);
		assertThat(project.resolve("target/formwork/formwork.txt")).content().contains("[filing.noTemplate]");
	}

	@Test
	void anUnknownDefaultTemplateIsNamedWithTheOnesThereAre() {
		ValidateMojo mojo = mojo(project);
		mojo.defaultTemplate = "gid_1999";
		assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
				.hasMessageContaining("default template gid_1999").hasMessageContaining("gid_2019, gid_2021");
	}

	@Test
	void noFilingFolderIsNothingToDo() throws Exception {
		mojo(project.resolve("nowhere")).execute();
		assertThat(Files.exists(project.resolve("target/formwork"))).isFalse();
	}
}
