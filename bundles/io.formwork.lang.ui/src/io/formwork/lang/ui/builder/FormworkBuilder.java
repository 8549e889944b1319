package io.formwork.lang.ui.builder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.engine.Engine;

/**
 * Checks the templates and catalogs of a Formwork project and validates its filings against their templates,
 * with problem markers: {@link ProblemMarkers#SOURCE} on templates and textual filings,
 * {@link ProblemMarkers#FILING} for each failed rule and input problem of a filing. When a template or catalog
 * changes every filing is validated again; when only filings change, only those.
 */
public class FormworkBuilder extends IncrementalProjectBuilder {

	public static final String ID = "io.formwork.lang.ui.builder";

	/**
	 * The project setting (.settings/io.formwork.lang.ui.prefs) naming the template of filings that name none
	 * (narrative text, pages, hand-written Word reports), e.g. {@code defaultTemplate=gid_2021}.
	 */
	public static final String DEFAULT_TEMPLATE = "defaultTemplate";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		Map<String, FilingFormat> formats = FilingFormats.all();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		Set<IFile> filings = new LinkedHashSet<>();
		boolean everything = delta == null || templatesChanged(delta);
		if (everything) {
			project.accept(r -> collect(r, formats, filings));
		} else {
			delta.accept(d -> {
				if (d.getKind() != IResourceDelta.REMOVED && (d.getKind() == IResourceDelta.ADDED
						|| (d.getFlags() & IResourceDelta.CONTENT) != 0 || !(d.getResource() instanceof IFile))) {
					return collect(d.getResource(), formats, filings);
				}
				return true;
			});
		}
		new Run(project, formats, monitor).build(everything, filings);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.SOURCE, true, IResource.DEPTH_INFINITE);
		getProject().deleteMarkers(ProblemMarkers.FILING, true, IResource.DEPTH_INFINITE);
	}

	private static boolean collect(IResource resource, Map<String, FilingFormat> formats, Set<IFile> filings) {
		if (resource.isDerived() || resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
			return false;
		}
		if (resource instanceof IFile file && file.getFileExtension() != null
				&& formats.containsKey(file.getFileExtension().toLowerCase(Locale.ROOT))) {
			filings.add(file);
		}
		return true;
	}

	private static boolean templatesChanged(IResourceDelta delta) throws CoreException {
		boolean[] changed = { false };
		delta.accept(d -> {
			if (d.getResource() instanceof IFile file && "form".equals(file.getFileExtension())
					&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
				changed[0] = true;
			}
			return !changed[0];
		});
		return changed[0];
	}

	/** One build: a fresh resource set with the saved templates of the project. */
	static final class Run implements FilingFormat.Context {
		private final IProject project;
		private final Map<String, FilingFormat> formats;
		private final IProgressMonitor monitor;
		private final XtextResourceSet set;
		private final Map<String, Template> templates = new HashMap<>();
		private final Map<Template, io.formwork.pipeline.CompiledTemplate> workspaces = new HashMap<>();
		private final Set<Template> broken = new LinkedHashSet<>();

		Run(IProject project, Map<String, FilingFormat> formats, IProgressMonitor monitor) {
			this.project = project;
			this.formats = formats;
			this.monitor = monitor;
			this.set = FormworkUi.formworkInjector().getInstance(XtextResourceSet.class);
		}

		void build(boolean checkTemplates, Set<IFile> filings) throws CoreException {
			List<URI> uris = SourceModels.projectTemplates(project);
			SubMonitor progress = SubMonitor.convert(monitor, "Formwork", uris.size() * 2 + filings.size());
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
				IFile file = project.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
				if (resource instanceof XtextResource xtext) {
					List<Issue> issues = validate(xtext);
					if (checkTemplates) {
						ProblemMarkers.replace(file, issues);
					}
					if (!xtext.getContents().isEmpty() && xtext.getContents().get(0) instanceof FormFile form
							&& form.getTemplate() != null && form.getTemplate().getName() != null) {
						templates.putIfAbsent(form.getTemplate().getName(), form.getTemplate());
						if (issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
							broken.add(form.getTemplate());
						}
					}
				}
				progress.worked(1);
			}
			for (IFile filing : filings) {
				if (progress.isCanceled()) {
					return;
				}
				validateFiling(filing);
				progress.worked(1);
			}
		}

		private List<Issue> validate(XtextResource resource) {
			return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					() -> monitor != null && monitor.isCanceled());
		}

		void validateFiling(IFile file) throws CoreException {
			file.deleteMarkers(ProblemMarkers.FILING, false, IResource.DEPTH_ZERO);
			if (file.getLocation() == null) {
				return;
			}
			Path path = file.getLocation().toFile().toPath();
			String extension = file.getFileExtension().toLowerCase(Locale.ROOT);
			if (extension.equals("json") || extension.equals("csv")) {
				// only JSON and CSV files that are filings: a filing names its template
				if (!looksLikeFiling(path, extension)) {
					return;
				}
			}
			Filing filing;
			try {
				filing = formats.get(extension).read(path, this);
			} catch (RuntimeException e) {
				filing = new Filing(path.toString()).problem(Problem.error("filing.unreadable", Location.unknown(path.toString()),
						"无法读取：" + e.getMessage(), "Cannot be read: " + e.getMessage()));
			}
			if (filing == null) {
				if (extension.equals("docx") || extension.equals("xlsx")) {
					// a form that names no template (a Word report written by hand): say how to have it validated
					filing = new Filing(path.toString()).problem(Problem.warning(Engine.WRONG_TEMPLATE, Location.unknown(path.toString()),
							"文件未指明模板，且无法由年份确定；请在项目设置 defaultTemplate 中指定模板",
							"The file names no template and none is in force in a year it states; set defaultTemplate in the project's Formwork settings"));
				} else {
					return; // a text or page that is not a report of any template of the project
				}
			}
			if ("filing".equals(extension)) {
				// the textual filing's own syntax and link problems are source markers, as in the editor
				Resource resource = set.getResource(URI.createFileURI(path.toAbsolutePath().toString()), false);
				if (resource instanceof XtextResource xtext) {
					ProblemMarkers.replace(file, validate(xtext));
					set.getResources().remove(resource);
				}
				filing = withoutSourceProblems(filing);
			}
			ValidationResult result;
			Template template = filing.template() == null ? null : templates.get(filing.template());
			if (template == null || broken.contains(template)) {
				String id = filing.template() == null ? "?" : filing.template();
				Problem problem = template == null
						? Problem.error(Engine.WRONG_TEMPLATE, Location.unknown(path.toString()),
								"项目中没有模板 " + id + "，无法校验", "No template " + id + " in the project: the filing cannot be validated")
						: Problem.error(Engine.WRONG_TEMPLATE, Location.unknown(path.toString()),
								"模板 " + id + " 有错误，无法校验", "Template " + id + " has errors: the filing cannot be validated");
				result = new ValidationResult(filing, concat(filing.problems(), problem), List.of());
			} else {
				result = workspace(template).engine.validate(filing);
			}
			// markers of text formats are placed by line and column; workbooks and documents by cell
			String text = Files.isRegularFile(path) && !extension.equals("docx") && !extension.equals("xlsx") ? read(path) : "";
			// in explanations, places in this filing read "line:column", others "file:line:column" (file name only)
			String filePath = path.toString();
			java.util.function.Function<Location, String> shown = location -> {
				if (location.file() != null && location.file().equals(filePath)) {
					String where = location.line() > 0 ? location.line() + (location.column() > 0 ? ":" + location.column() : "") : "";
					return location.cell() == null ? where : (where + " (" + location.cell() + ")").strip();
				}
				String where = location.toString();
				int slash = location.file() == null ? -1 : location.file().lastIndexOf('/');
				return slash < 0 ? where : where.substring(where.indexOf(location.file()) + slash + 1);
			};
			for (Map<String, Object> attributes : FindingMarkers.of(result, text, shown)) {
				file.createMarker(ProblemMarkers.FILING, attributes);
			}
		}

		private static List<Problem> concat(List<Problem> problems, Problem problem) {
			List<Problem> all = new ArrayList<>(problems);
			all.add(problem);
			return all;
		}

		/** The textual filing's syntax and linking errors are already source markers: keep the rest. */
		private static Filing withoutSourceProblems(Filing filing) {
			Filing copy = new Filing(filing.source()).template(filing.template()).year(filing.year()).body(filing.body());
			filing.facts().values().forEach(copy::add);
			filing.problems().stream().filter(p -> !p.code().equals("filing.unreadable") && !p.code().equals("filing.unknownCell")
					&& !p.code().equals("filing.wrongTemplate")).forEach(copy::problem);
			return copy;
		}

		private static boolean looksLikeFiling(Path path, String extension) {
			String head = read(path);
			head = head.length() > 4096 ? head.substring(0, 4096) : head;
			return extension.equals("json") ? head.contains("\"template\"") : head.toLowerCase(Locale.ROOT).contains("template");
		}

		private static String read(Path path) {
			try {
				return Files.readString(path, StandardCharsets.UTF_8);
			} catch (java.io.IOException | RuntimeException e) {
				return "";
			}
		}

		@Override
		public Map<String, Template> templates() {
			return templates;
		}

		@Override
		public io.formwork.pipeline.CompiledTemplate workspace(Template template) {
			return workspaces.computeIfAbsent(template, t -> io.formwork.pipeline.CompiledTemplate.of(set, t));
		}

		@Override
		public Template templateFor(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
				String named = io.formwork.forms.Ooxml.templateOf(file);
				if (named != null) {
					// a form made for a template the project does not have is reported against that id
					return templates.get(named);
				}
			}
			String preferred = org.eclipse.core.runtime.Platform.getPreferencesService() == null ? null
					: new org.eclipse.core.resources.ProjectScope(project).getNode(FormworkUi.PLUGIN_ID).get(DEFAULT_TEMPLATE, null);
			if (preferred != null && templates.containsKey(preferred.strip())) {
				return templates.get(preferred.strip());
			}
			int year = TemplateChoice.yearOf(file);
			return year == 0 ? null : TemplateChoice.inForce(templates.values(), year);
		}

		@Override
		public XtextResourceSet resourceSet() {
			return set;
		}
	}

	static CancelIndicator never() {
		return CancelIndicator.NullImpl;
	}
}
