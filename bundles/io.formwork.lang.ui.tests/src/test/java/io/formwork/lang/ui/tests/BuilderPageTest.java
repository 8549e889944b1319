package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * The project builder on published pages (the readers' corpus pages of the door-agreement corpus, {@code pages/}:
 * Word exports and HTML pages with inconsistencies planted in the narrative and tables 3 and 4, and a tidy Word
 * page) beside the example templates: each page's markers are the pipeline's failed rules and problems on it (rule,
 * instance, status, severity, line and column), the planted inconsistencies among them, and the tidy page has none.
 */
class BuilderPageTest {

	private static IProject project;
	/** What the pipeline gives on the project's files (validateSet), by project-relative file: canonical lines. */
	private static final Map<String, TreeSet<String>> PIPELINE = new TreeMap<>();

	@BeforeAll
	static void build() throws Exception {
		Path pages = Path.of(System.getProperty("formwork.doorCorpus", "target/door-corpus")).resolve("pages");
		assertThat(pages).as("the pages DoorCorpus.java writes in generate-test-resources").isDirectory();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("builder-pages");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		try (Stream<Path> forms = Files.list(Workbenches.examples())) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
				copy(form, project.getFile(form.getFileName().toString()));
			}
		}
		project.getFolder("pages").create(true, true, null);
		try (Stream<Path> files = Files.list(pages)) {
			for (Path page : files.sorted().toList()) {
				copy(page, project.getFile("pages/" + page.getFileName()));
			}
		}
		FormworkNature.add(project, null);
		Workbenches.build(project);
		Path root = project.getLocation().toFile().toPath();
		Pipeline pipeline = new Pipeline(Templates.load(List.of(root), null));
		pipeline.validateSet(pipeline.filings(root, List.of()), result -> {
			String name = root.relativize(Path.of(result.filing().source())).toString();
			TreeSet<String> lines = PIPELINE.computeIfAbsent(name, n -> new TreeSet<>());
			for (Problem problem : result.problems()) {
				lines.add(String.join("|", "problem", problem.code(), "", "", problem.severity().name(),
						where(problem.location())));
			}
			for (Finding finding : result.findings()) {
				if (finding.status() == Status.FAIL) {
					lines.add(String.join("|", "rule", finding.ruleId(), finding.instance(), finding.status().name(),
							finding.severity().name(), where(finding.filingLocation())));
				}
			}
		});
	}

	@AfterAll
	static void delete() throws Exception {
		project.delete(true, true, null);
	}

	private static void copy(Path from, IFile to) throws Exception {
		try (InputStream in = Files.newInputStream(from)) {
			to.create(in, true, null);
		}
	}

	private static String where(Location location) {
		return location == null || location.line() <= 0 ? "-" : location.line() + ":" + location.column();
	}

	/** The builder's filing markers on a page, in the pipeline's canonical form. */
	private static TreeSet<String> marked(String page) throws Exception {
		IFile file = project.getFile("pages/" + page);
		assertThat(file.exists()).as("%s in the project", page).isTrue();
		String text = new String(Files.readAllBytes(file.getLocation().toFile().toPath()), StandardCharsets.UTF_8);
		TreeSet<String> marked = new TreeSet<>();
		for (IMarker marker : file.findMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO)) {
			String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
			case IMarker.SEVERITY_ERROR -> "ERROR";
			case IMarker.SEVERITY_WARNING -> "WARNING";
			default -> "INFO";
			};
			String at = BuilderDoorAgreementTest.place(marker, text);
			String rule = marker.getAttribute(ProblemMarkers.RULE, null);
			marked.add(rule == null
					? String.join("|", "problem", marker.getAttribute(ProblemMarkers.CODE, ""), "", "", severity, at)
					: String.join("|", "rule", rule, marker.getAttribute(FormworkBuilder.INSTANCE, "?"),
							marker.getAttribute(FormworkBuilder.STATUS, "?"), severity, at));
		}
		return marked;
	}

	private static TreeSet<String> pipeline(String page) {
		return PIPELINE.getOrDefault("pages/" + page, new TreeSet<>());
	}

	@ParameterizedTest
	@ValueSource(strings = { "word-error-narrative-2021.docx", "error-narrative-2021.html" })
	void aPageWithInconsistenciesPlantedInItsNarrativeIsMarkedAsThePipelineReportsIt(String page) throws Exception {
		TreeSet<String> marked = marked(page);
		assertThat(marked).containsExactlyElementsOf(pipeline(page));
		// the inconsistencies planted (pages/planted.txt of the readers' corpus), each a warning where its figure is
		assertThat(marked).anyMatch(l -> l.startsWith("rule|R8_granted||FAIL|WARNING|7:"))
				.anyMatch(l -> l.startsWith("rule|R8_granted_share||FAIL|WARNING|7:"))
				.anyMatch(l -> l.startsWith("rule|R8_outcome_sum||FAIL|WARNING|7:"))
				.anyMatch(l -> l.startsWith("rule|R8_litigation||FAIL|WARNING|13:"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "word-error-review-2021.docx", "error-review-2021.html" })
	void aPageClaimingEveryCaseUpheldAgainstItsTableFourIsMarkedAsThePipelineReportsIt(String page) throws Exception {
		TreeSet<String> marked = marked(page);
		assertThat(marked).containsExactlyElementsOf(pipeline(page));
		assertThat(marked).anyMatch(l -> l.startsWith("rule|R8_all_upheld||FAIL|WARNING|"))
				.anyMatch(l -> l.startsWith("rule|R8_none_corrected||FAIL|WARNING|"));
	}

	@Test
	void aTidyWordPageHasNoMarkerAndThePipelineNoFinding() throws Exception {
		assertThat(marked("word-tidy-2021.docx")).isEmpty();
		assertThat(pipeline("word-tidy-2021.docx")).isEmpty();
		assertThat(PIPELINE).as("every page read and validated").containsKey("pages/word-tidy-2021.docx");
	}
}
