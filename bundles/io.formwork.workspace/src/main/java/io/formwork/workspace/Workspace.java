package io.formwork.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.filing.CsvFilingReader;
import io.formwork.filing.JsonFilingReader;
import io.formwork.lang.FilingStandaloneSetup;
import io.formwork.forms.DocxFilingReader;
import io.formwork.forms.FormTemplate;
import io.formwork.forms.HtmlFilingReader;
import io.formwork.forms.XlsxFilingReader;
import io.formwork.lang.compiler.LayoutCompiler;
import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Template;
import io.formwork.narrative.ClaimSpec;
import io.formwork.narrative.Extraction;
import io.formwork.narrative.NarrativeExtractor;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.engine.Engine;
import io.formwork.runtime.plan.Plan;

/**
 * A template loaded with the templates and catalogs beside it, compiled once, and the readers for every
 * filing format: .filing, .json, .csv, narrative text (.txt), Word and Excel forms (.docx, .xlsx) and
 * published pages (.html: tables and narrative). What the command line and
 * the Maven plugin share.
 */
public final class Workspace {

	/** Raised when the template itself cannot be used; the message lists its errors. */
	public static final class TemplateError extends Exception {
		private static final long serialVersionUID = 1L;

		public TemplateError(String message) {
			super(message);
		}
	}

	public final XtextResourceSet set;
	public final Template template;
	public final Plan plan;
	public final Engine engine;
	/** The template's printed layout beside its plan: what forms are generated from and tables matched against. */
	public final FormTemplate form;
	private final List<ClaimSpec> claims;

	private Workspace(XtextResourceSet set, Template template) {
		this.set = set;
		this.template = template;
		this.plan = new PlanCompiler().compile(template);
		this.engine = new Engine(plan);
		Template effective = io.formwork.lang.revision.Revisions.effective(template);
		this.form = new FormTemplate(plan, new LayoutCompiler().compile(effective));
		this.claims = claimSpecs(effective);
	}

	public static Workspace load(Path templateFile) throws TemplateError {
		return load(templateFile, newSet());
	}

	/**
	 * The workspace of a template already loaded (and checked) in a resource set, e.g. an editor's: compiled, with
	 * the readers of every filing format.
	 */
	public static Workspace of(XtextResourceSet set, Template template) {
		return new Workspace(set, template);
	}

	/**
	 * What {@code formwork diff OLD NEW} compares: the newer template loaded with the templates beside it, the
	 * older taken from the same resource set when it lies beside it (so that a revision chain is seen), else
	 * loaded on its own.
	 */
	public static io.formwork.lang.revision.TemplateDiff.Result diff(Path older, Path newer) throws TemplateError {
		Workspace newerSpace = load(newer);
		Template olderTemplate = newerSpace.templateIn(older);
		if (olderTemplate == null) {
			olderTemplate = load(older).template;
		}
		return io.formwork.lang.revision.TemplateDiff.between(olderTemplate, newerSpace.template);
	}

	/** A resource set for templates and textual filings. */
	public static XtextResourceSet newSet() {
		return new FilingStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
	}

	/**
	 * Loads a template, with the .form files beside it, into a resource set that may already hold others (the
	 * templates of a set of filings share one, so that revision chains across them are seen).
	 */
	public static Workspace load(Path templateFile, XtextResourceSet set) throws TemplateError {
		if (!Files.isRegularFile(templateFile)) {
			throw new TemplateError(templateFile + ": no such template file");
		}
		Path absolute = templateFile.toAbsolutePath().normalize();
		try {
			io.formwork.lang.TemplateFolder.loadSiblings(set, absolute);
		} catch (IOException | RuntimeException e) {
			throw new TemplateError(templateFile + ": cannot be read: " + e.getMessage());
		}
		Resource resource = set.getResource(URI.createFileURI(absolute.toString()), true);
		List<String> errors = io.formwork.lang.TemplateFolder.errors(resource, templateFile);
		if (!errors.isEmpty()) {
			throw new TemplateError(String.join("\n", errors));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)
				|| form.getTemplate() == null) {
			throw new TemplateError(templateFile + ": is a catalog, not a template");
		}
		return new Workspace(set, form.getTemplate());
	}

	/** The template of a .form file if this workspace loaded that file (it lay beside the template), else null. */
	public Template templateIn(Path file) {
		Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)) {
			return null;
		}
		return form.getTemplate();
	}

	/** Another template of the same resource set, compiled, with its readers. */
	public Workspace other(Template other) {
		return other == template ? this : new Workspace(set, other);
	}

	/** The template of this workspace with the given id (the template itself, or one loaded beside it), or null. */
	public Template templateNamed(String id) {
		if (id == null) {
			return null;
		}
		for (Resource resource : List.copyOf(set.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof FormFile form
					&& form.getTemplate() != null && id.equals(form.getTemplate().getName())) {
				return form.getTemplate();
			}
		}
		return null;
	}

	/** Loads the template, or prints why it cannot be used and returns null. */
	public static Workspace loadOrReport(Path templateFile, java.io.PrintWriter err) {
		try {
			return load(templateFile);
		} catch (TemplateError e) {
			err.println(e.getMessage());
			return null;
		}
	}

	/**
	 * The workspace of the template a filled form names, found among the .form files of a folder (and its
	 * subfolders), loaded once per template id into {@code loaded}; null (printed) when the file names no
	 * template or the folder has none of that id.
	 */
	public static Workspace named(Path folder, Path file, java.util.Map<String, Workspace> loaded, java.io.PrintWriter err) {
		String id = io.formwork.forms.Ooxml.templateOf(file);
		if (id == null) {
			err.println(file + ": names no template (only forms made by 'formwork form' do); give --template T");
			return null;
		}
		if (loaded.containsKey(id)) {
			return loaded.get(id);
		}
		java.util.regex.Pattern header = java.util.regex.Pattern.compile("(?m)^\\s*template\\s+" + java.util.regex.Pattern.quote(id) + "\\b");
		try (Stream<Path> forms = Files.walk(folder, 4)) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form") && Files.isRegularFile(p)).sorted().toList()) {
				if (header.matcher(Files.readString(form)).find()) {
					Workspace workspace = loadOrReport(form, err);
					loaded.put(id, workspace);
					return workspace;
				}
			}
		} catch (IOException | RuntimeException e) {
			err.println(folder + ": cannot be read: " + e.getMessage());
			return null;
		}
		err.println(file + ": names template " + id + ", which no .form file in " + folder + " declares");
		return null;
	}

	/** Reads a filing in the format its extension (or, failing that, its first characters) says. */
	public Filing read(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".filing")) {
				return TextualFilings.read(set, file);
			}
			if (name.endsWith(".json")) {
				return new JsonFilingReader().read(file);
			}
			if (name.endsWith(".csv")) {
				return new CsvFilingReader().read(file);
			}
			if (name.endsWith(".docx")) {
				return new DocxFilingReader(form).read(file);
			}
			if (name.endsWith(".xlsx")) {
				return new XlsxFilingReader(form).read(file);
			}
			if (name.endsWith(".html") || name.endsWith(".htm")) {
				return form.layout().tables().isEmpty() ? narrative(file, true) : new HtmlFilingReader(form).read(file);
			}
			if (name.endsWith(".txt")) {
				return narrative(file, false);
			}
			byte[] head;
			try (var in = Files.newInputStream(file)) {
				head = in.readNBytes(4096);
			}
			if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
				return "docx".equals(io.formwork.forms.Ooxml.kind(file)) ? new DocxFilingReader(form).read(file)
						: new XlsxFilingReader(form).read(file);
			}
			String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
			String firstLine = start.lines().findFirst().orElse("").strip().toLowerCase(Locale.ROOT);
			if (start.startsWith("{")) {
				return new JsonFilingReader().read(file);
			}
			if (start.startsWith("filing") || start.startsWith("//")) {
				return TextualFilings.read(set, file);
			}
			if (start.startsWith("<")) {
				return form.layout().tables().isEmpty() ? narrative(file, true) : new HtmlFilingReader(form).read(file);
			}
			if (start.startsWith("#") || firstLine.matches("\"?cell\"?\\s*,.*")) {
				return new CsvFilingReader().read(file);
			}
			return narrative(file, false);
		} catch (IOException e) {
			return new Filing(file.toString()).problem(Problem.error("filing.unreadable", Location.unknown(file.toString()),
					"无法读取：" + e.getMessage(), "Cannot be read: " + e.getMessage()));
		}
	}

	private Filing narrative(Path file, boolean html) throws IOException {
		String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
		Extraction extraction = html ? NarrativeExtractor.extractHtml(text, file.toString(), claims)
				: NarrativeExtractor.extract(text, file.toString(), claims);
		Filing filing = new Filing(file.toString()).template(plan.templateId());
		extraction.facts().forEach(filing::add);
		extraction.problems().forEach(filing::problem);
		return filing;
	}

	/** The claims of the template, as the narrative extractor needs them. */
	private static List<ClaimSpec> claimSpecs(Template template) {
		List<ClaimSpec> specs = new ArrayList<>();
		for (Claim claim : EcoreUtil2.getAllContentsOfType(template, Claim.class)) {
			Section section = EcoreUtil2.getContainerOfType(claim, Section.class);
			String heading = section == null || section.getLabel() == null ? null : section.getLabel().getZh();
			var unit = claim.getIndicator().getUnit();
			String symbol = unit == null || unit.eIsProxy() ? null : unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
			specs.add(new ClaimSpec(claim.getName(), symbol, heading, List.copyOf(claim.getPhrases())));
		}
		return specs;
	}
}
