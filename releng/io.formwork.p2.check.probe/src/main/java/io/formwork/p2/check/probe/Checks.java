package io.formwork.p2.check.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The checks of an installed Formwork editor, by ids only (this bundle depends on nothing of Formwork): its bundles
 * and the Xtext runtime resolve, the editor bundle activates, {@code .form} and {@code .filing} have their content
 * types bound to the Generic Editor, and the project builder marks a broken template and a filing that fails its
 * rules — and nothing in the example templates and the clean filing.
 */
final class Checks {

	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	static final String TEMPLATE_TYPE = "io.formwork.lang.ui.template";
	static final String FILING_TYPE = "io.formwork.lang.ui.filing";
	static final String NATURE = "io.formwork.lang.ui.nature";
	static final String SOURCE_MARKER = "io.formwork.lang.ui.problem";
	static final String FILING_MARKER = "io.formwork.lang.ui.filingProblem";
	static final String PROJECT = "p2-check";

	/** The feature's bundles and the runtime they bring from the p2 site (the stock Eclipse has none of them). */
	static final List<String> BUNDLES = List.of("io.formwork.runtime", "io.formwork.filing", "io.formwork.lang",
			"io.formwork.lang.ide", "io.formwork.lang.ui", "org.eclipse.xtext", "org.eclipse.xtext.util",
			"org.eclipse.xtext.ide", "org.eclipse.emf.ecore", "com.google.inject", "org.antlr.runtime",
			"org.eclipse.lsp4j", "com.google.gson");

	static final List<String> TEMPLATES = List.of("gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form",
			"gov-info-disclosure-2021.form");
	static final String CLEAN_FILING = "example-city-2021.filing";
	static final String ERROR_FILING = "example-city-2021-error.filing";
	static final String BROKEN_TEMPLATE = "broken.form";

	private Checks() {
	}

	/** Runs the checks that need no workbench; returns the built project, or null when it could not be made. */
	static IProject run(Report report) {
		bundles(report);
		contentTypes(report);
		editorBindings(report);
		String examples = System.getProperty("formwork.p2check.examples");
		if (examples == null) {
			report.fail("builder: the system property formwork.p2check.examples (the examples folder) is not set");
			return null;
		}
		try {
			return build(report, Path.of(examples));
		} catch (CoreException | IOException | InterruptedException | RuntimeException e) {
			report.fail("builder: " + e);
			return null;
		}
	}

	static void bundles(Report report) {
		BundleContext context = FrameworkUtil.getBundle(Checks.class).getBundleContext();
		for (String name : BUNDLES) {
			Bundle bundle = Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName()))
					.findFirst().orElse(null);
			if (bundle == null) {
				report.fail("bundle " + name + ": not installed");
				continue;
			}
			if (bundle.getState() == Bundle.INSTALLED) {
				String why = "not resolved";
				try {
					bundle.start(Bundle.START_TRANSIENT); // throws with the resolver's reason
				} catch (BundleException e) {
					why = e.getMessage();
				}
				if (bundle.getState() == Bundle.INSTALLED) {
					report.fail("bundle " + name + " " + bundle.getVersion() + ": " + why);
					continue;
				}
			}
			report.ok("bundle " + name + " " + bundle.getVersion() + " " + state(bundle));
		}
		// The editor bundle is lazily activated: loading its activator starts it, as opening an editor would.
		Bundle ui = Platform.getBundle("io.formwork.lang.ui");
		if (ui != null) {
			try {
				ui.loadClass("io.formwork.lang.ui.FormworkUi");
				report.check(ui.getState() == Bundle.ACTIVE, "bundle io.formwork.lang.ui activates",
						"state " + state(ui));
			} catch (ClassNotFoundException | RuntimeException e) {
				report.fail("bundle io.formwork.lang.ui activates: " + e);
			}
		}
	}

	static void contentTypes(Report report) {
		for (String[] fileAndType : new String[][] { { "annual-report.form", TEMPLATE_TYPE },
				{ "annual-report.filing", FILING_TYPE } }) {
			IContentType type = Platform.getContentTypeManager().findContentTypeFor(fileAndType[0]);
			String id = type == null ? null : type.getId();
			report.check(fileAndType[1].equals(id), "content type of " + fileAndType[0] + " is " + fileAndType[1],
					"found " + id);
		}
	}

	static void editorBindings(Report report) {
		IConfigurationElement[] editors = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.editors");
		boolean genericEditor = Arrays.stream(editors)
				.anyMatch(e -> "editor".equals(e.getName()) && GENERIC_EDITOR.equals(e.getAttribute("id")));
		report.check(genericEditor, "the Generic Editor is declared (stock bundle org.eclipse.ui.genericeditor)",
				"no editor " + GENERIC_EDITOR + " in the extension registry");
		for (String type : List.of(TEMPLATE_TYPE, FILING_TYPE)) {
			List<String> bound = Arrays.stream(editors)
					.filter(e -> "editorContentTypeBinding".equals(e.getName())
							&& type.equals(e.getAttribute("contentTypeId")))
					.map(e -> e.getAttribute("editorId") + " (" + e.getContributor().getName() + ")").toList();
			report.check(bound.stream().anyMatch(b -> b.startsWith(GENERIC_EDITOR + " ")),
					"content type " + type + " is bound to the Generic Editor", "bindings " + bound);
		}
		// The Generic Editor's extension points that give templates highlighting, content assist, hover, problems.
		for (String point : List.of("presentationReconcilers", "contentAssistProcessors", "hoverProviders",
				"reconcilers")) {
			List<String> contributors = Arrays.stream(Platform.getExtensionRegistry()
					.getConfigurationElementsFor("org.eclipse.ui.genericeditor." + point))
					.filter(e -> TEMPLATE_TYPE.equals(e.getAttribute("contentType")))
					.map(e -> e.getContributor().getName()).distinct().toList();
			report.check(!contributors.isEmpty(),
					"org.eclipse.ui.genericeditor." + point + " for " + TEMPLATE_TYPE + " from " + contributors,
					"nothing contributed");
		}
	}

	/**
	 * A project with the Formwork nature holding the example catalog and templates, a clean and a faulty filing and a
	 * template with a syntax error; a full build must mark the broken template and the failed rules of the faulty
	 * filing, and nothing else.
	 */
	static IProject build(Report report, Path examples) throws CoreException, IOException, InterruptedException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String template : TEMPLATES) {
			copy(examples.resolve(template), project.getFile(template));
		}
		copy(examples.resolve("filings").resolve(CLEAN_FILING), project.getFile(CLEAN_FILING));
		copy(examples.resolve("filings").resolve(ERROR_FILING), project.getFile(ERROR_FILING));
		try (InputStream in = new java.io.ByteArrayInputStream(
				"catalog broken \"坏\" en \"Broken\" {\n\tunit 件 en \"items\"\n\tindicator {\n}\n"
						.getBytes(StandardCharsets.UTF_8))) {
			project.getFile(BROKEN_TEMPLATE).create(in, true, null);
		}
		IProjectDescription description = project.getDescription();
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(NATURE);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, null);
		report.check(project.hasNature(NATURE), "project nature " + NATURE + " is known", "the nature is not enabled");

		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);

		for (String template : TEMPLATES) {
			List<String> errors = errors(project.getFile(template), SOURCE_MARKER);
			report.check(errors.isEmpty(), "builder: no errors in " + template, "errors " + errors);
		}
		List<String> broken = errors(project.getFile(BROKEN_TEMPLATE), SOURCE_MARKER);
		report.check(!broken.isEmpty(), "builder: the syntax error in " + BROKEN_TEMPLATE + " is marked " + broken,
				"no error marker");
		List<String> clean = errors(project.getFile(CLEAN_FILING), FILING_MARKER);
		clean.addAll(errors(project.getFile(CLEAN_FILING), SOURCE_MARKER));
		report.check(clean.isEmpty(), "builder: no errors in " + CLEAN_FILING, "errors " + clean);
		IMarker[] failed = project.getFile(ERROR_FILING).findMarkers(FILING_MARKER, true, IResource.DEPTH_ZERO);
		List<String> rules = Arrays.stream(failed)
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute("rule", "?") + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1)).sorted()
				.collect(Collectors.toCollection(ArrayList::new));
		report.check(rules.equals(List.of("R1@21", "R3@21")),
				"builder: " + ERROR_FILING + " fails rules R1 and R3 at line 21", "error markers " + rules);
		return project;
	}

	private static List<String> errors(IFile file, String type) throws CoreException {
		return Arrays.stream(file.findMarkers(type, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.collect(Collectors.toCollection(ArrayList::new));
	}

	private static void copy(Path from, IFile to) throws IOException, CoreException {
		try (InputStream in = Files.newInputStream(from)) {
			to.create(in, true, null);
		}
	}

	static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.STOPPING -> "STOPPING";
		case Bundle.ACTIVE -> "ACTIVE";
		default -> "UNINSTALLED";
		};
	}
}
