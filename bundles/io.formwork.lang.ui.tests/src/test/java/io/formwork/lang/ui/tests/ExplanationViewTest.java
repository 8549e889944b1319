package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.lang.ui.views.ExplanationView;

/**
 * The Explanation view follows the markers of the problem it shows, on the example filing whose total of new
 * requests reads 178 instead of 187 (R1 fails): rebuilt, the problem still there, it shows the new marker; the
 * figure corrected, it says the problem is gone instead of keeping the old explanation.
 */
class ExplanationViewTest {

	private static final String FILING = "filings/example-city-2021-error.filing";
	private static IProject project;

	@BeforeAll
	static void build() throws Exception {
		project = Workbenches.exampleProject("explanation-test");
		Workbenches.build(project);
	}

	@AfterAll
	static void delete() throws Exception {
		Workbenches.closeAll();
		project.delete(true, true, null);
	}

	private static IMarker r1() throws Exception {
		IFile file = project.getFile(FILING);
		return Arrays.stream(file.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO))
				.filter(m -> "R1".equals(m.getAttribute(ProblemMarkers.RULE, null))).findFirst().orElse(null);
	}

	private static void write(IFile file, String text) throws Exception {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		Workbenches.waitForJobs();
	}

	@Test
	void theExplanationFollowsItsProblemAcrossARebuildAndIsClearedOnceTheProblemIsFixed() throws Exception {
		ExplanationView view = (ExplanationView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(ExplanationView.ID);
		IMarker first = r1();
		assertThat(first).isNotNull();
		view.show(first);
		assertThat(view.shownText()).contains("R1", "t3[received, total] = 178");

		IFile file = project.getFile(FILING);
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		// the same text again: the builder replaces the markers, the problem stays
		write(file, text + "\n");
		Workbenches.waitUntil("R1 is marked again", () -> {
			try {
				IMarker again = r1();
				return again != null && again.getId() != first.getId();
			} catch (Exception e) {
				return false;
			}
		});
		Workbenches.waitUntil("the view shows the new marker of R1", () -> view.shownMarker() != null && view.shownMarker().exists());
		assertThat(view.shownMarker().getId()).isNotEqualTo(first.getId());
		assertThat(view.shownText()).contains("R1", "t3[received, total] = 178");

		// the figure corrected: R1 holds, its marker is gone, and so is its explanation
		int at = text.indexOf("total 178") + "total ".length();
		assertThat(at).isPositive();
		write(file, text.substring(0, at) + "187" + text.substring(at + 3));
		Workbenches.waitUntil("R1 is no longer marked", () -> {
			try {
				return r1() == null;
			} catch (Exception e) {
				return false;
			}
		});
		Workbenches.waitUntil("the view no longer explains R1", () -> view.shownMarker() == null);
		assertThat(view.shownText()).doesNotContain("t3[received, total] = 178")
				.contains(FILING.substring(FILING.lastIndexOf('/') + 1), "This problem is gone");
	}
}
