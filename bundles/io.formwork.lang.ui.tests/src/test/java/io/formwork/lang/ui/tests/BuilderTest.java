package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.formwork.filing.JsonFilingReader;
import io.formwork.forms.DocxForm;
import io.formwork.forms.XlsxForm;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.pipeline.CompiledTemplate;

import io.formwork.lang.ui.builder.ProblemMarkers;

/**
 * The project builder on the example project: templates without problems, and each filing with an arithmetic
 * error (.filing and .json) marked where the figure is, naming rule, table, row and column, with the
 * explanation of the rule's operands; the clean filings without errors. Narrative text, CSV and published
 * pages are marked where {@code formwork validate} reports their findings (its stored output in
 * examples/…/expected/), and a filled workbook by sheet!cell.
 */
class BuilderTest {

	private static IProject project;

	/** A workbook filled from the example filing with errors, as `formwork form --fill` writes it. */
	private static final String WORKBOOK = "filings/example-city-2021-error.xlsx";
	/** The Word form filled from the same filing. */
	private static final String DOCUMENT = "filings/example-city-2021-error.docx";
	/** The same Word form published as PDF (LibreOffice), a fixture of this bundle. */
	private static final String PDF = "filings/example-city-2021-error.pdf";

	@BeforeAll
	static void build() throws Exception {
		project = Workbenches.exampleProject("builder-test");
		CompiledTemplate workspace = CompiledTemplate.load(Workbenches.examples().resolve("gov-info-disclosure-2021.form"));
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		XlsxForm.write(workspace.form, new JsonFilingReader().read(Workbenches.examples().resolve("filings/example-city-2021-error.json")), workbook);
		project.getFile(WORKBOOK).create(new ByteArrayInputStream(workbook.toByteArray()), true, null);
		ByteArrayOutputStream document = new ByteArrayOutputStream();
		DocxForm.write(workspace.form, new JsonFilingReader().read(Workbenches.examples().resolve("filings/example-city-2021-error.json")), document);
		project.getFile(DOCUMENT).create(new ByteArrayInputStream(document.toByteArray()), true, null);
		try (java.io.InputStream pdf = org.eclipse.core.runtime.Platform.getBundle("io.formwork.lang.ui.tests")
				.getEntry("src/test/resources/example-city-2021-error.pdf").openStream()) {
			project.getFile(PDF).create(pdf, true, null);
		}
		Workbenches.build(project);
	}

	@AfterAll
	static void delete() throws Exception {
		project.delete(true, true, null);
	}

	private static List<IMarker> errors(String path, String type) throws Exception {
		return Arrays.stream(project.getFile(path).findMarkers(type, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).toList();
	}

	@Test
	void theExampleTemplatesAndCatalogHaveNoProblems() throws Exception {
		assertThat(project.findMarkers(ProblemMarkers.SOURCE, false, IResource.DEPTH_INFINITE))
				.filteredOn(m -> m.getResource().getName().endsWith(".form")).isEmpty();
	}

	@Test
	void aTextualFilingWithAnErrorIsMarkedAtTheFigureNamingTableRowAndColumn() throws Exception {
		List<IMarker> errors = errors("filings/example-city-2021-error.filing", ProblemMarkers.FILING);

		IMarker r1 = errors.stream().filter(m -> "R1".equals(m.getAttribute(ProblemMarkers.RULE, null))).findFirst().orElseThrow();
		assertThat(r1.getAttribute(IMarker.LINE_NUMBER, 0)).isEqualTo(21);
		assertThat(r1.getAttribute(ProblemMarkers.TABLE, null)).isEqualTo("t3");
		assertThat(r1.getAttribute(ProblemMarkers.ROW, null)).isEqualTo("received");
		assertThat(r1.getAttribute(ProblemMarkers.COLUMN, null)).isEqualTo("total");
		assertThat(r1.getAttribute(IMarker.MESSAGE, "")).contains("[R1]", "185 ≠ 194", "table t3, row received, column total");
		// R1: stated in 2019, inherited by 2021; located at its line there
		List<String> lines2019 = Files.readAllLines(Workbenches.examples().resolve("gov-info-disclosure-2019.form"));
		int r1Line = 1 + java.util.stream.IntStream.range(0, lines2019.size()).filter(i -> lines2019.get(i).contains("check R1 "))
				.findFirst().orElseThrow();
		assertThat(r1.getAttribute(ProblemMarkers.EXPLANATION, "")).contains(
				"t3[received, total] = 178  @ 21:93", "规则位置 rule at: gov-info-disclosure-2019.form:" + r1Line + ":2",
				"差额 difference -9");
		assertThat(errors).extracting(m -> m.getAttribute(ProblemMarkers.RULE, "")).containsExactlyInAnyOrder("R1", "R3");
	}

	@Test
	void aJsonFilingWithTheSameErrorIsMarkedToo() throws Exception {
		List<IMarker> errors = errors("filings/example-city-2021-error.json", ProblemMarkers.FILING);

		assertThat(errors).extracting(m -> m.getAttribute(ProblemMarkers.RULE, "")).containsExactlyInAnyOrder("R1", "R3");
		assertThat(errors).allSatisfy(m -> assertThat(m.getAttribute(IMarker.LINE_NUMBER, 0)).isPositive());
	}

	@Test
	void cleanFilingsHaveNoErrors() throws Exception {
		assertThat(errors("filings/example-city-2021.filing", ProblemMarkers.FILING)).isEmpty();
		assertThat(errors("filings/example-city-2021.json", ProblemMarkers.FILING)).isEmpty();
		assertThat(errors("filings/example-county-2019.filing", ProblemMarkers.FILING)).isEmpty();
	}

	/** "file:line:col (cell): severity [code] message" lines of formwork validate's stored output. */
	private static final Pattern REPORTED = Pattern.compile("^\\S+?:(\\d+):(\\d+)(?: \\(.*?\\))?: (error|warning) \\[([^\\]]+)\\]");

	@ParameterizedTest
	@ValueSource(strings = { "pingliang-2018.txt", "example-city-2021-error.csv", "example-county-2019-error.csv",
			"example-city-2021-error.html", "example-county-2019.html" })
	void aFilingIsMarkedWhereFormworkValidateReportsItsFindings(String name) throws Exception {
		List<String> expected = new ArrayList<>();
		for (String line : Files.readAllLines(Workbenches.examples().resolve("expected/" + name + ".txt"))) {
			Matcher m = REPORTED.matcher(line);
			if (m.find()) {
				expected.add(m.group(1) + ":" + m.group(2) + " " + m.group(3) + " " + m.group(4));
			}
		}
		String text = Files.readString(Workbenches.examples().resolve("filings/" + name), StandardCharsets.UTF_8);
		List<String> lineStarts = new ArrayList<>();
		List<String> marked = new ArrayList<>();
		for (IMarker marker : project.getFile("filings/" + name).findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO)) {
			int severity = marker.getAttribute(IMarker.SEVERITY, -1);
			if (severity == IMarker.SEVERITY_INFO) {
				continue;
			}
			String code = marker.getAttribute(ProblemMarkers.RULE, marker.getAttribute(ProblemMarkers.CODE, "?"));
			int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
			int column = marker.getAttribute(IMarker.CHAR_START, -1) - offsetOfLine(text, line) + 1;
			marked.add(line + ":" + column + " " + (severity == IMarker.SEVERITY_ERROR ? "error" : "warning") + " " + code);
		}
		assertThat(marked).containsExactlyInAnyOrderElementsOf(expected);
		if (name.contains("error") || name.startsWith("pingliang")) {
			assertThat(marked).anyMatch(m -> m.contains(" error "));
		}
	}

	private static int offsetOfLine(String text, int line) {
		int offset = 0;
		for (int i = 1; i < line; i++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset;
	}

	@Test
	void aFilledWorkbookIsMarkedBySheetAndCellAsTheSharedReadingLocatesItsFindings() throws Exception {
		Path workbook = Path.of(project.getFile(WORKBOOK).getLocationURI());
		CompiledTemplate workspace = CompiledTemplate.load(Workbenches.examples().resolve("gov-info-disclosure-2021.form"));
		ValidationResult cli = workspace.engine.validate(workspace.read(workbook));
		List<String> expected = cli.findings().stream().filter(f -> f.status() == Status.FAIL
				&& f.severity() == io.formwork.runtime.Severity.ERROR).map(f -> f.ruleId() + " " + f.filingLocation().cell()).toList();

		List<IMarker> errors = errors(WORKBOOK, ProblemMarkers.FILING);

		assertThat(expected).isNotEmpty().allSatisfy(e -> assertThat(e).matches("R\\d+ [^!]+![A-Z]+[0-9]+"));
		assertThat(errors).extracting(m -> m.getAttribute(ProblemMarkers.RULE, "") + " " + m.getAttribute(ProblemMarkers.CELL, ""))
				.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(errors).allSatisfy(m -> assertThat(m.getAttribute(IMarker.LOCATION, "")).isEqualTo(m.getAttribute(ProblemMarkers.CELL, "")));
	}

	@Test
	void aFilledWordFormIsMarkedAtTheTableRowAndCellOfEachFailingFigure() throws Exception {
		Path document = Path.of(project.getFile(DOCUMENT).getLocationURI());
		CompiledTemplate workspace = CompiledTemplate.load(Workbenches.examples().resolve("gov-info-disclosure-2021.form"));
		ValidationResult cli = workspace.engine.validate(workspace.read(document));
		List<String> expected = cli.findings().stream().filter(f -> f.status() == Status.FAIL
				&& f.severity() == io.formwork.runtime.Severity.ERROR).map(f -> f.ruleId() + " " + f.filingLocation().cell()).toList();

		List<IMarker> errors = errors(DOCUMENT, ProblemMarkers.FILING);

		assertThat(expected).isNotEmpty().noneMatch(e -> e.endsWith(" null"));
		assertThat(errors).extracting(m -> m.getAttribute(ProblemMarkers.RULE, "") + " " + m.getAttribute(ProblemMarkers.CELL, ""))
				.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aReportPublishedAsPdfIsMarkedWithTheSameRulesAsItsWordFormAtItsPageAndCell() throws Exception {
		List<String> word = errors(DOCUMENT, ProblemMarkers.FILING).stream().map(m -> m.getAttribute(ProblemMarkers.RULE, ""))
				.toList();

		List<IMarker> pdf = errors(PDF, ProblemMarkers.FILING);

		assertThat(word).isNotEmpty();
		assertThat(pdf).extracting(m -> m.getAttribute(ProblemMarkers.RULE, "")).containsExactlyInAnyOrderElementsOf(word);
		assertThat(pdf).allSatisfy(m -> assertThat(m.getAttribute(ProblemMarkers.CELL, "")).containsAnyOf("页", "page"));
	}

	@Test
	void textsThatAreNoReportOfAnyTemplateAreLeftAlone() throws Exception {
		org.eclipse.core.resources.IFile notes = project.getFile("notes.txt");
		notes.create(new ByteArrayInputStream("会议记录 meeting notes".getBytes(StandardCharsets.UTF_8)), true, null);
		Workbenches.build(project);

		assertThat(notes.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO)).isEmpty();
	}
}
