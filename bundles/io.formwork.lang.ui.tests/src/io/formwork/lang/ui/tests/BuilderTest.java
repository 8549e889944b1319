package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ui.builder.ProblemMarkers;

/**
 * The project builder on the example project: templates without problems, and each filing with an arithmetic
 * error (.filing and .json) marked where the figure is, naming rule, table, row and column, with the
 * explanation of the rule's operands; the clean filings without errors.
 */
class BuilderTest {

	private static IProject project;

	@BeforeAll
	static void build() throws Exception {
		project = Workbenches.exampleProject("builder-test");
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
		assertThat(r1.getAttribute(ProblemMarkers.EXPLANATION, "")).contains(
				"t3[received, total] = 178  @ 21:93", "规则位置 rule at: gov-info-disclosure-2021.form:135:2",
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
}
