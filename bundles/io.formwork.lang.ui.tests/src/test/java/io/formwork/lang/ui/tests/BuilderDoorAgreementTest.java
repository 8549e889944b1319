package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ui.builder.FormworkBuilder;
import io.formwork.lang.ui.builder.FormworkNature;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;

/**
 * The door-agreement test of the Eclipse builder: the door-agreement corpus (the example filings, the province's two
 * years, published pages in HTML and Word, 300 mutated filings; written by the pipeline's {@code DoorCorpus.java}
 * in generate-test-resources, the generator of every door's test) as a project gives, as markers, exactly what the
 * pipeline gives the command line on the same set ({@code Pipeline.validateSet}, what {@code formwork validate --set}
 * runs): every failed rule by rule, instance, status, severity and line and column, and every problem by code and
 * place. (Markers are made for failed rules only; rule instances that cannot be assessed are not marked.)
 */
class BuilderDoorAgreementTest {

	@Test
	void theBuildersMarkersAreTheFailedRulesAndProblemsOfTheCommandLinesPipeline() throws Exception {
		Path corpus = Path.of(System.getProperty("formwork.doorCorpus", "target/door-corpus"));
		assertThat(corpus).as("the corpus DoorCorpus.java writes in generate-test-resources").isDirectory();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("door-agreement");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		List<Path> copied = new ArrayList<>();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				IFile target = project.getFile(corpus.relativize(file).toString());
				create(target.getParent());
				try (InputStream in = Files.newInputStream(file)) {
					target.create(in, true, null);
				}
				copied.add(file);
			}
		}
		FormworkNature.add(project, null);
		Workbenches.build(project);
		try {
			Path root = project.getLocation().toFile().toPath();
			TreeSet<String> expected = new TreeSet<>();
			Pipeline pipeline = new Pipeline(Templates.load(List.of(root), null));
			pipeline.validateSet(pipeline.filings(root, List.of()), result -> {
				String name = root.relativize(Path.of(result.filing().source())).toString();
				for (Problem problem : result.problems()) {
					expected.add(String.join("|", name, "problem", problem.code(), "", "", problem.severity().name(),
							where(problem.location())));
				}
				for (Finding finding : result.findings()) {
					if (finding.status() == Status.FAIL) {
						expected.add(String.join("|", name, "rule", finding.ruleId(), finding.instance(),
								finding.status().name(), finding.severity().name(), where(finding.filingLocation())));
					}
				}
			});

			TreeSet<String> marked = new TreeSet<>();
			for (IMarker marker : project.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_INFINITE)) {
				IFile file = (IFile) marker.getResource();
				String name = file.getProjectRelativePath().toString();
				// lenient: a Word page is no text (its markers have a line and a column, no character offsets)
				String text = new String(Files.readAllBytes(file.getLocation().toFile().toPath()), StandardCharsets.UTF_8);
				String at = place(marker, text);
				String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
				case IMarker.SEVERITY_ERROR -> "ERROR";
				case IMarker.SEVERITY_WARNING -> "WARNING";
				default -> "INFO";
				};
				String rule = marker.getAttribute(ProblemMarkers.RULE, null);
				marked.add(rule == null
						? String.join("|", name, "problem", marker.getAttribute(ProblemMarkers.CODE, ""), "", "", severity, at)
						: String.join("|", name, "rule", rule, marker.getAttribute(FormworkBuilder.INSTANCE, "?"),
								marker.getAttribute(FormworkBuilder.STATUS, "?"), severity, at));
			}
			Path out = Path.of("target/door-agreement");
			Files.createDirectories(out);
			Files.write(out.resolve("pipeline-failed.txt"), expected, StandardCharsets.UTF_8);
			Files.write(out.resolve("eclipse-builder.txt"), marked, StandardCharsets.UTF_8);

			assertThat(copied).hasSizeGreaterThan(300);
			assertThat(expected).anyMatch(l -> l.contains("|R6|")).anyMatch(l -> l.contains("|R1|"));
			assertThat(marked).containsExactlyElementsOf(expected);
		} finally {
			project.delete(true, true, null);
		}
	}

	private static String where(Location location) {
		return location == null || location.line() <= 0 ? "-" : location.line() + ":" + location.column();
	}

	/**
	 * line:column of a marker from its line and start offset in the text, else (a Word page) from its line and the
	 * column it carries, or "-".
	 */
	static String place(IMarker marker, String text) {
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int column = marker.getAttribute(ProblemMarkers.LINE_COLUMN, -1);
		if (line > 0 && start < 0 && column > 0) {
			return line + ":" + column;
		}
		if (line <= 0 || start < 0) {
			return "-";
		}
		int lineStart = 0;
		for (int l = 1; l < line; l++) {
			lineStart = text.indexOf('\n', lineStart) + 1;
		}
		return line + ":" + (start - lineStart + 1);
	}

	private static void create(org.eclipse.core.resources.IContainer container) throws Exception {
		if (container instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
