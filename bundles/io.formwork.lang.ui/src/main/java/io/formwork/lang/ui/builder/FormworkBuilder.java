package io.formwork.lang.ui.builder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.forms.format.BuiltInFormats;
import io.formwork.forms.format.FilingFormat;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.SetPriors;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.ValidationResult;

/**
 * Checks the templates and catalogs of a Formwork project and validates its filings through the one pipeline
 * ({@link Pipeline}: the command line's template discovery, readers, previous period and problem codes), with
 * problem markers: {@link ProblemMarkers#SOURCE} on templates and textual filings, {@link ProblemMarkers#FILING}
 * for each failed rule and input problem of a filing. A file is a filing when the pipeline says so
 * ({@link Pipeline#isFiling}: it names a template, is a filled form, or sits in the project's filing folders,
 * {@value #FILING_FOLDERS}, by default everywhere but {@code expected/}, {@code target/} and {@code bin/}). Its
 * previous period is the same body's filing of the previous year in the project ({@link SetPriors}). When a
 * template, a setting or the set of filings changes every filing is validated again; when only filings change,
 * only those. A file deleted or changed outside the workbench is refreshed, never reported as unreadable.
 */
public class FormworkBuilder extends IncrementalProjectBuilder {

	public static final String ID = "io.formwork.lang.ui.builder";

	/**
	 * The project setting (.settings/io.formwork.lang.ui.prefs) naming the template of filings that name none
	 * (narrative text, pages, hand-written Word reports), e.g. {@code defaultTemplate=gid_2021}.
	 */
	public static final String DEFAULT_TEMPLATE = "defaultTemplate";

	/**
	 * The project setting listing the folders (relative to the project, comma-separated) whose files are filings
	 * even when they name no template (narrative text, pages); empty or unset: every folder but the excluded ones.
	 */
	public static final String FILING_FOLDERS = "filingFolders";

	/** Marker attribute of a failed rule: the instance (column, row or group code; empty for a rule stated once). */
	public static final String INSTANCE = "instance";
	/** Marker attribute of a failed rule: its status ({@code FAIL}), as the pipeline's findings say it. */
	public static final String STATUS = "status";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		boolean templates = delta == null || changed(delta, true);
		boolean everything = templates || changed(delta, false);
		Set<IFile> files = new LinkedHashSet<>();
		if (everything) {
			project.accept(r -> collect(r, files));
		} else {
			delta.accept(d -> {
				if (d.getKind() != IResourceDelta.REMOVED && (d.getKind() == IResourceDelta.ADDED
						|| (d.getFlags() & IResourceDelta.CONTENT) != 0 || !(d.getResource() instanceof IFile))) {
					return collect(d.getResource(), files);
				}
				return true;
			});
		}
		new Run(project, monitor).build(templates, files);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.SOURCE, true, IResource.DEPTH_INFINITE);
		getProject().deleteMarkers(ProblemMarkers.FILING, true, IResource.DEPTH_INFINITE);
	}

	private static boolean collect(IResource resource, Set<IFile> files) {
		if (resource.isDerived() || resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
			return false;
		}
		if (resource instanceof IFile file && !"form".equals(file.getFileExtension())) {
			files.add(file);
		}
		return true;
	}

	/**
	 * Whether the delta changes a template or catalog ({@code templates}), or else what every filing depends on:
	 * the project's settings, or the set of files (one added or removed may be another's previous period).
	 */
	private static boolean changed(IResourceDelta delta, boolean templates) throws CoreException {
		boolean[] changed = { false };
		delta.accept(d -> {
			if (d.getResource() instanceof IFile file) {
				boolean added = d.getKind() != IResourceDelta.CHANGED;
				boolean content = (d.getFlags() & IResourceDelta.CONTENT) != 0;
				if (templates) {
					changed[0] |= "form".equals(file.getFileExtension()) && (added || content);
				} else {
					changed[0] |= added || file.getName().endsWith(".prefs") && content;
				}
			}
			return !changed[0];
		});
		return changed[0];
	}

	/** One build: a fresh resource set with the saved templates of the project, and the pipeline over it. */
	static final class Run {
		private final IProject project;
		private final IProgressMonitor monitor;
		private final XtextResourceSet set;
		private final Set<Template> broken = new HashSet<>();
		private final List<IFile> missing = new ArrayList<>();
		private Pipeline pipeline;
		private SetPriors priors;

		Run(IProject project, IProgressMonitor monitor) {
			this.project = project;
			this.monitor = monitor;
			this.set = FormworkUi.formworkInjector().getInstance(XtextResourceSet.class);
		}

		void build(boolean checkTemplates, Set<IFile> files) throws CoreException {
			List<URI> uris = new ArrayList<>();
			for (URI uri : SourceModels.projectTemplates(project)) {
				IFile file = fileOf(uri);
				if (exists(file)) {
					uris.add(uri);
				} else {
					missing.add(file);
				}
			}
			SubMonitor progress = SubMonitor.convert(monitor, "Formwork", uris.size() * 2 + files.size());
			for (URI uri : uris) {
				try {
					set.getResource(uri, true);
				} catch (RuntimeException e) {
					// its own validation below says what is wrong
				}
				progress.worked(1);
			}
			for (URI uri : uris) {
				Resource resource = set.getResource(uri, false);
				if (resource instanceof XtextResource xtext) {
					List<Issue> issues = validate(xtext);
					if (checkTemplates) {
						ProblemMarkers.replace(fileOf(uri), issues);
					}
					if (!xtext.getContents().isEmpty() && xtext.getContents().get(0) instanceof FormFile form
							&& form.getTemplate() != null && form.getTemplate().getName() != null
							&& issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
						broken.add(form.getTemplate());
					}
				}
				progress.worked(1);
			}
			pipeline = pipeline();
			for (IFile file : files) {
				if (progress.isCanceled()) {
					return;
				}
				validateFiling(file);
				progress.worked(1);
			}
			refreshLater(missing);
		}

		private IFile fileOf(URI uri) {
			return project.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
		}

		private static boolean exists(IFile file) {
			return file.getLocation() != null && Files.isRegularFile(file.getLocation().toFile().toPath());
		}

		/** The pipeline over this build's templates, with the project's default template when it names one. */
		private Pipeline pipeline() throws CoreException {
			String preferred = setting(DEFAULT_TEMPLATE);
			Templates templates;
			try {
				templates = Templates.of(set, preferred == null || preferred.isBlank() ? null : preferred.strip());
			} catch (CompiledTemplate.TemplateError e) {
				IMarker marker = project.createMarker(ProblemMarkers.FILING);
				marker.setAttribute(IMarker.MESSAGE, e.getMessage());
				marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
				marker.setAttribute(ProblemMarkers.CODE, ProblemCodes.NO_TEMPLATE);
				try {
					templates = Templates.of(set, null);
				} catch (CompiledTemplate.TemplateError impossible) {
					throw new IllegalStateException(impossible);
				}
			}
			return new Pipeline(templates, FilingFormats.registry(), Pipeline.Options.DEFAULT.threads(1));
		}

		private String setting(String key) {
			return Platform.getPreferencesService() == null ? null
					: new ProjectScope(project).getNode(FormworkUi.PLUGIN_ID).get(key, null);
		}

		private List<String> filingFolders() {
			String folders = setting(FILING_FOLDERS);
			List<String> result = new ArrayList<>();
			if (folders != null) {
				for (String folder : folders.split(",")) {
					if (!folder.isBlank()) {
						result.add(folder.strip());
					}
				}
			}
			return result;
		}

		/** Where the project's files are: its folder, or the folder a top-level link of the project points to. */
		private Path rootOf(IFile file) {
			IResource top = project.findMember(file.getProjectRelativePath().segment(0));
			if (top != null && top.isLinked() && top.getLocation() != null && top.getType() != IResource.FILE) {
				return top.getLocation().toFile().toPath();
			}
			return project.getLocation().toFile().toPath();
		}

		private List<Issue> validate(XtextResource resource) {
			return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					() -> monitor != null && monitor.isCanceled());
		}

		void validateFiling(IFile file) throws CoreException {
			file.deleteMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO);
			if (file.getLocation() == null || pipeline.templates().byId().isEmpty()) {
				return;
			}
			Path path = file.getLocation().toFile().toPath();
			if (!Files.isRegularFile(path)) {
				// deleted outside the workbench: refreshed, not reported
				missing.add(file);
				return;
			}
			if (!pipeline.isFiling(rootOf(file), path, filingFolders())) {
				if ("filing".equals(file.getFileExtension())) {
					file.deleteMarkers(ProblemMarkers.SOURCE, false, IResource.DEPTH_ZERO);
				}
				return;
			}
			Pipeline.Read read = pipeline.read(path);
			FilingFormat format = pipeline.formats().byExtension(path);
			if (read.template() == null && !Pipeline.isUnreadable(read.filing())
					&& (format == BuiltInFormats.TEXT
							|| format == BuiltInFormats.HTML)) {
				// a text or page that names no template, with no default and no year: not a report of this project
				return;
			}
			List<Issue> sourceIssues = List.of();
			if ("filing".equals(file.getFileExtension())) {
				// the textual filing's own syntax and link problems are source markers, as in the editor
				Resource resource = set.getResource(URI.createFileURI(path.toAbsolutePath().toString()), false);
				if (resource instanceof XtextResource xtext) {
					sourceIssues = validate(xtext);
					ProblemMarkers.replace(file, sourceIssues);
				}
			}
			ValidationResult result;
			Template template = read.template() == null ? null : read.template().template;
			if (template != null && broken.contains(template)) {
				String id = template.getName();
				Problem problem = Problem.error(ProblemCodes.WRONG_TEMPLATE, Location.unknown(path.toString()),
						"模板 " + id + " 有错误，无法校验", "Template " + id + " has errors: the filing cannot be validated");
				result = new ValidationResult(read.filing(), concat(read.filing().problems(), problem), List.of());
			} else {
				Filing prior = null;
				if (read.template() != null) {
					Path before = priors().priorOf(path, read.filing());
					prior = before == null ? null : pipeline.inTermsOf(read.template(), pipeline.read(before));
				}
				result = pipeline.validate(read, prior);
			}
			if ("filing".equals(file.getFileExtension())) {
				Resource resource = set.getResource(URI.createFileURI(path.toAbsolutePath().toString()), false);
				if (resource != null) {
					set.getResources().remove(resource);
				}
			}
			result = once(result, sourceIssues);
			// markers of text formats are placed by line and column; workbooks and documents by cell
			String extension = file.getFileExtension() == null ? "" : file.getFileExtension().toLowerCase(Locale.ROOT);
			String text = !extension.equals("docx") && !extension.equals("xlsx") ? read(path) : "";
			// in explanations, places in this filing read "line:column", others "file:line:column" (file name only)
			String filePath = path.toString();
			Function<Location, String> shown = location -> {
				if (location.file() != null && location.file().equals(filePath)) {
					String where = location.line() > 0 ? location.line() + (location.column() > 0 ? ":" + location.column() : "") : "";
					return location.cell() == null ? where : (where + " (" + location.cell() + ")").strip();
				}
				String where = location.toString();
				int slash = location.file() == null ? -1 : location.file().lastIndexOf('/');
				return slash < 0 ? where : where.substring(where.indexOf(location.file()) + slash + 1);
			};
			List<Map<String, Object>> markers = FindingMarkers.of(result, text, shown);
			// one marker per problem, then per failed rule instance, in that order: the instance and status beside
			List<Finding> failed = result.findings().stream()
					.filter(f -> f.status() == io.formwork.runtime.Status.FAIL).toList();
			int problems = result.problems().size();
			for (int i = 0; i < markers.size(); i++) {
				Map<String, Object> attributes = new HashMap<>(markers.get(i));
				if (i >= problems && i - problems < failed.size()) {
					Finding finding = failed.get(i - problems);
					attributes.put(INSTANCE, finding.instance() == null ? "" : finding.instance());
					attributes.put(STATUS, finding.status().name());
				}
				file.createMarker(ProblemMarkers.FILING, attributes);
			}
		}

		private SetPriors priors() {
			if (priors == null) {
				List<Path> files = new ArrayList<>();
				try {
					project.accept(r -> {
						if (!collect(r, new HashSet<>())) {
							return false;
						}
						if (r instanceof IFile file && file.getLocation() != null) {
							Path path = file.getLocation().toFile().toPath();
							if (Files.isRegularFile(path) && pipeline.isFiling(rootOf(file), path, filingFolders())) {
								files.add(path);
							}
						}
						return true;
					});
				} catch (CoreException e) {
					// a closed project: no previous periods
				}
				files.sort(null);
				priors = SetPriors.of(pipeline, files);
			}
			return priors;
		}

		/**
		 * Each problem once: what the textual filing's source markers already say (the same place) is left out, and
		 * a problem repeated without a place beside the same message with one is dropped.
		 */
		private static ValidationResult once(ValidationResult result, List<Issue> sourceIssues) {
			Set<String> places = new HashSet<>();
			for (Issue issue : sourceIssues) {
				places.add(issue.getLineNumber() + ":" + issue.getColumn());
			}
			Set<String> located = new HashSet<>();
			for (Problem problem : result.problems()) {
				if (problem.location() != null && problem.location().line() > 0) {
					located.add(problem.code() + problem.en());
				}
			}
			Set<String> seen = new HashSet<>();
			List<Problem> kept = new ArrayList<>();
			for (Problem problem : result.problems()) {
				Location at = problem.location();
				boolean placed = at != null && at.line() > 0;
				if (placed && places.contains(at.line() + ":" + at.column())
						|| !placed && located.contains(problem.code() + problem.en())
						|| !seen.add(problem.code() + "|" + at + "|" + problem.en())) {
					continue;
				}
				kept.add(problem);
			}
			return new ValidationResult(result.filing(), kept, result.findings(), result.passes());
		}

		/** Files gone from the disk: refreshed after the build, so that their markers and they themselves go. */
		private static void refreshLater(List<IFile> files) {
			if (files.isEmpty()) {
				return;
			}
			List<IFile> stale = List.copyOf(files);
			WorkspaceJob job = new WorkspaceJob("Formwork: refresh") {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
					for (IFile file : stale) {
						file.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
					}
					return Status.OK_STATUS;
				}
			};
			job.setSystem(true);
			job.schedule();
		}

		private static List<Problem> concat(List<Problem> problems, Problem problem) {
			List<Problem> all = new ArrayList<>(problems);
			all.add(problem);
			return all;
		}

		private static String read(Path path) {
			try {
				return Files.readString(path, StandardCharsets.UTF_8);
			} catch (IOException | RuntimeException e) {
				return "";
			}
		}
	}

	static CancelIndicator never() {
		return CancelIndicator.NullImpl;
	}
}
