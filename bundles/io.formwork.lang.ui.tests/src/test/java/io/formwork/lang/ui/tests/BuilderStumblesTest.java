package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.FormworkBuilder;
import io.formwork.lang.ui.builder.ProblemMarkers;

/**
 * What a new user stumbled on with the builder (issue 17): output files taken for filings, a problem shown twice,
 * files deleted outside the workbench reported as unreadable until F5; and the previous period it now finds.
 */
class BuilderStumblesTest {

	private IProject project;

	@BeforeEach
	void project() throws Exception {
		project = Workbenches.exampleProject("builder-stumbles");
	}

	@AfterEach
	void delete() throws Exception {
		project.delete(true, true, null);
	}

	@Test
	void theCommandLinesOutputsInExpectedAreNotTakenForFilings() throws Exception {
		IFile output = project.getFile("expected/example-city-2021-error.filing.txt");
		create(output, "examples/gov-info-disclosure/filings/example-city-2021-error.filing:21:93: error [R1] …\n"
				+ "平凉市2018年政府信息公开工作年度报告\n");
		Workbenches.build(project);

		assertThat(output.findMarkers(null, true, IResource.DEPTH_ZERO)).isEmpty();
	}

	@Test
	void aNarrativeTextOutsideTheFilingFoldersIsLeftAloneWhenTheSettingNamesThem() throws Exception {
		IFile text = project.getFile("notes/平凉市2018年会议记录.txt");
		create(text, "平凉市2018年政府信息公开工作会议记录。\n");
		var node = new ProjectScope(project).getNode(FormworkUi.PLUGIN_ID);
		node.put(FormworkBuilder.FILING_FOLDERS, "filings");
		node.flush();
		Workbenches.build(project);

		assertThat(text.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO)).isEmpty();
		// a filing under the filing folders is still validated
		assertThat(errors(project.getFile("filings/example-city-2021-error.filing"))).isNotEmpty();
	}

	@Test
	void eachProblemIsMarkedOnce() throws Exception {
		Workbenches.build(project);
		for (IMarker marker : project.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_INFINITE)) {
			long same = Arrays.stream(marker.getResource().findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.MESSAGE, "").equals(marker.getAttribute(IMarker.MESSAGE, "")))
					.count();
			assertThat(same).as(marker.getResource() + ": " + marker.getAttribute(IMarker.MESSAGE, "")).isEqualTo(1);
		}
	}

	@Test
	void aFilingDeletedOutsideTheWorkbenchIsRefreshedNotReportedAsUnreadable() throws Exception {
		Workbenches.build(project);
		IFile filing = project.getFile("filings/example-city-2021-error.json");
		assertThat(errors(filing)).isNotEmpty();
		Path onDisk = filing.getLocation().toFile().toPath();
		// changed, then deleted outside the workbench: the workspace does not know yet
		IFile other = project.getFile("filings/example-city-2021.json");
		Files.delete(onDisk);
		Files.writeString(other.getLocation().toFile().toPath(),
				Files.readString(other.getLocation().toFile().toPath()).replace("\"value\": 187", "\"value\": 188"));
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		Workbenches.waitUntil("the deleted filing is refreshed away", () -> !filing.exists());
		Workbenches.waitForJobs();

		for (IMarker marker : project.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_INFINITE)) {
			assertThat(marker.getAttribute(IMarker.MESSAGE, "")).doesNotContain("FileNotFoundException", "NoSuchFile",
					"No template ?");
		}
	}

	@Test
	void aFilingsPreviousYearInTheProjectIsItsPreviousPeriod() throws Exception {
		// the example county's 2019 filing read as 2020 by the city body: R6 compares carried-in with last year's carried-over
		String city2021 = Files.readString(Workbenches.examples().resolve("filings/example-city-2021.filing"));
		String previous = Files.readString(Workbenches.examples().resolve("filings/example-county-2019.filing"))
				.replaceFirst("year 2019", "year 2020").replaceFirst("body \"[^\"]*\"", "body \"示例市人民政府办公室\"");
		create(project.getFile("filings/example-city-2020.filing"), previous);
		Workbenches.build(project);

		List<String> rules = Arrays.stream(project.getFile("filings/example-city-2021.filing")
				.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(ProblemMarkers.RULE, "")).toList();
		assertThat(city2021).contains("carried_in");
		assertThat(rules).contains("R6");
	}

	private static List<IMarker> errors(IFile file) throws Exception {
		return Arrays.stream(file.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).toList();
	}

	private static void create(IFile file, String text) throws Exception {
		if (file.getParent() instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
			folder.create(true, true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}
}
