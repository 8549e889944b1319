package io.formwork.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.forms.FormTemplate;
import io.formwork.forms.format.FormatContext;
import io.formwork.lang.compiler.LayoutCompiler;
import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.compiler.TemplateDiffs;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.load.TemplateLoader;
import io.formwork.lang.revision.CellMappings;
import io.formwork.lang.revision.Revisions;
import io.formwork.lang.revision.TemplateDiff;
import io.formwork.narrative.ClaimSpec;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.engine.Engine;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.plan.Plan;

/**
 * A template loaded with the templates and catalogs beside it, compiled once, and the readers for every
 * filing format: .filing, .json, .csv, narrative text (.txt), Word and Excel forms (.docx, .xlsx) and
 * published pages (.html: tables and narrative). What the command line and
 * the Maven plugin share.
 */
public final class CompiledTemplate {

	/** Raised when the template itself cannot be used; the message lists its errors. */
	public static final class TemplateError extends Exception {
		private static final long serialVersionUID = 1L;

		public TemplateError(String message) {
			super(message);
		}
	}

	/** The resource set and the template: null when the template comes from the compiled-template cache. */
	public final XtextResourceSet set;
	public final Template template;
	/** The template's id ({@code gid_2021}). */
	public final String id;
	public final Plan plan;
	public final Engine engine;
	/** The template's printed layout beside its plan: what forms are generated from and tables matched against. */
	public final FormTemplate form;
	private final List<ClaimSpec> claims;
	private final FormatContext context;
	/** The other templates and the cell mappings, when this one comes from the cache; null when loaded. */
	private final Stored stored;
	/** The other templates, compiled once by the {@link Templates} this one belongs to; null for one compiled alone. */
	private final Function<String, CompiledTemplate> siblings;
	/** How many templates this process compiled from their Xtext model (what shows that none is compiled twice). */
	private static final AtomicLong COMPILATIONS = new AtomicLong();

	/** What a template from the compiled-template cache finds its siblings and cell mappings in. */
	record Stored(Function<String, CompiledTemplate> byId,
			Supplier<Map<String, CellMapping>> mappings) {
	}

	private CompiledTemplate(Plan plan, FormLayout layout, List<ClaimSpec> claims,
			Stored stored) {
		this.set = null;
		this.template = null;
		this.id = plan.templateId();
		this.plan = plan;
		this.engine = new Engine(plan);
		this.form = new FormTemplate(plan, layout);
		this.claims = List.copyOf(claims);
		this.context = new FormatContext(form, this.claims);
		this.stored = stored;
		this.siblings = null;
	}

	/** A template as the compiled-template cache stored it: no resource set, no Xtext. */
	static CompiledTemplate stored(Plan plan, FormLayout layout,
			List<ClaimSpec> claims, Stored stored) {
		return new CompiledTemplate(plan, layout, claims, stored);
	}

	private CompiledTemplate(XtextResourceSet set, Template template, Function<String, CompiledTemplate> siblings) {
		COMPILATIONS.incrementAndGet();
		this.set = set;
		this.template = template;
		this.id = template.getName();
		this.stored = null;
		this.siblings = siblings;
		this.plan = new PlanCompiler().compile(template);
		this.engine = new Engine(plan);
		Template effective = Revisions.effective(template);
		this.form = new FormTemplate(plan, new LayoutCompiler().compile(effective));
		this.claims = ClaimSpecs.of(effective);
		this.context = new FormatContext(form, claims, Map.of(XtextResourceSet.class, set));
	}

	public static CompiledTemplate load(Path templateFile) throws TemplateError {
		XtextResourceSet set = newSet();
		Timing.mark("Xtext set-up (injector, resource set)");
		return load(templateFile, set);
	}

	/**
	 * The workspace of a template already loaded (and checked) in a resource set, e.g. an editor's: compiled, with
	 * the readers of every filing format.
	 */
	public static CompiledTemplate of(XtextResourceSet set, Template template) {
		return new CompiledTemplate(set, template, null);
	}

	/** As {@link #of(XtextResourceSet, Template)}, its siblings taken from {@code siblings} (a {@link Templates}'s, compiled once). */
	static CompiledTemplate of(XtextResourceSet set, Template template, Function<String, CompiledTemplate> siblings) {
		return new CompiledTemplate(set, template, siblings);
	}

	/** How many templates this process has compiled from their Xtext model (plan, engine, layout and claims). */
	public static long compilations() {
		return COMPILATIONS.get();
	}

	/**
	 * What {@code formwork diff OLD NEW} compares: the newer template loaded with the templates beside it, the
	 * older taken from the same resource set when it lies beside it (so that a revision chain is seen), else
	 * loaded on its own.
	 */
	public static TemplateDiff.Result diff(Path older, Path newer) throws TemplateError {
		CompiledTemplate newerSpace = load(newer);
		Template olderTemplate = newerSpace.templateIn(older);
		if (olderTemplate == null) {
			olderTemplate = load(older).template;
		}
		return TemplateDiffs.between(olderTemplate, newerSpace.template);
	}

	/** A resource set for templates and textual filings. */
	public static XtextResourceSet newSet() {
		return TemplateLoader.newSet();
	}

	/**
	 * Loads a template, with the .form files beside it, into a resource set that may already hold others (the
	 * templates of a set of filings share one, so that revision chains across them are seen), through the one
	 * loader ({@link TemplateLoader}); its errors, formatted as every door prints them, are the exception's message.
	 */
	public static CompiledTemplate load(Path templateFile, XtextResourceSet set) throws TemplateError {
		CompiledTemplate compiled = new CompiledTemplate(set, loadModel(templateFile, set), null);
		Timing.mark("plan, engine and layout compiled");
		return compiled;
	}

	/**
	 * Loads a template as {@link #load(Path, XtextResourceSet)} does, without compiling it: its model, checked
	 * (what {@link Templates#named} compiles once, when a filing first needs it).
	 */
	static Template loadModel(Path templateFile, XtextResourceSet set) throws TemplateError {
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(templateFile, set);
		Timing.mark("templates parsed, linked and checked");
		if (!loaded.ok()) {
			Path base = Path.of("").toAbsolutePath();
			throw new TemplateError(String.join("\n", loaded.errors().stream().map(p -> p.format(base)).toList()));
		}
		return loaded.named().get(templateFile.toAbsolutePath().normalize());
	}

	/** The template of a .form file if this workspace loaded that file (it lay beside the template), else null. */
	public Template templateIn(Path file) {
		if (set == null) {
			return null;
		}
		Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)) {
			return null;
		}
		return form.getTemplate();
	}

	/**
	 * Another template of the same templates by its id, compiled (the template itself for its own id), or null
	 * when there is none.
	 */
	public CompiledTemplate sibling(String otherId) {
		if (otherId == null) {
			return null;
		}
		if (otherId.equals(id)) {
			return this;
		}
		if (stored != null) {
			return stored.byId().apply(otherId);
		}
		if (siblings != null) {
			CompiledTemplate sibling = siblings.apply(otherId);
			if (sibling != null) {
				return sibling;
			}
		}
		Template other = templateNamed(otherId);
		return other == null ? null : other(other);
	}

	/** How the cells of another template of the same templates correspond to this one's. */
	public CellMapping mappingFrom(CompiledTemplate from) {
		if (stored != null) {
			CellMapping mapping = stored.mappings().get().get(from.id + "\u0000" + id);
			if (mapping == null) {
				throw new IllegalStateException("no cell mapping from " + from.id + " to " + id);
			}
			return mapping;
		}
		return CellMappings.between(from.template, from.plan, template, plan);
	}

	/** Another template of the same resource set, compiled, with its readers. */
	public CompiledTemplate other(Template other) {
		return other == template ? this : new CompiledTemplate(set, other, siblings);
	}

	/** The template of this workspace with the given id (the template itself, or one loaded beside it), or null. */
	public Template templateNamed(String id) {
		if (id == null || set == null) {
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
	public static CompiledTemplate loadOrReport(Path templateFile, PrintWriter err) {
		try {
			return load(templateFile);
		} catch (TemplateError e) {
			err.println(e.getMessage());
			return null;
		}
	}

	/**
	 * Reads a filing with this template's layout in the format the registry tells ({@link FilingFormats#standard()}):
	 * by extension, else by content. A file that cannot be read at all gives a filing with the problem
	 * {@code filing.unreadable}.
	 */
	public Filing read(Path file) {
		return read(file, FilingFormats.standard());
	}

	/** As {@link #read(Path)} with the formats of a registry. */
	public Filing read(Path file, FilingFormats formats) {
		try {
			return formats.formatOf(file).read(file, context);
		} catch (IOException | RuntimeException e) {
			return unreadable(file, e);
		}
	}

	/** A filing that holds only the problem that its file cannot be read. */
	public static Filing unreadable(Path file, Exception e) {
		String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new Filing(file.toString()).problem(Problem.error(ProblemCodes.UNREADABLE, Location.unknown(file.toString()),
				"无法读取：" + why, "Cannot be read: " + why));
	}

	/** What a filing format reads with: this template's plan, layout and claims, and its resource set. */
	public FormatContext context() {
		return context;
	}
}
