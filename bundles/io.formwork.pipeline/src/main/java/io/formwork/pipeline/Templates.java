package io.formwork.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.forms.Ooxml;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.load.TemplateLoader;
import io.formwork.lang.revision.Revisions;

/**
 * The templates a door validates against, loaded once into one resource set (so revision chains are seen), and
 * the one rule of template discovery every door follows:
 * <ol>
 * <li>A filing that names its template (JSON, CSV, .filing, a filled form's property) gets that template,
 * with its revision chain; when no loaded template has that id, none ({@code filing.noTemplate}).</li>
 * <li>One that names none (narrative text, a published page, a hand-written Word report) gets the configured
 * default template;</li>
 * <li>else the template in force in the year its file name states (else its title: a page's
 * {@code <title>}/{@code <h1>}, a Word report's first paragraphs, a text's first line, "2018年"): the latest whose first
 * year is not after it;</li>
 * <li>ties (several templates of that year) go to the one the others revise (the national template rather than a
 * province's extension of it), then to the smallest id;</li>
 * <li>with no year stated and a single template loaded, that template; else none ({@code filing.noTemplate}).</li>
 * </ol>
 */
public final class Templates {

	/** A year in a file name, not part of a longer number. */
	private static final Pattern NAME_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
	/** A year as a report's title states it: "平凉市2018年政府信息公开工作年度报告". */
	private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年");
	private static final Pattern HTML_TITLE = Pattern.compile("(?is)<(?:title|h1)[^>]*>(.*?)</(?:title|h1)>");

	/** What discovery needs of a template: its first year, and the length of its revision chain (1: it revises none). */
	public record Info(int year, int lineage) {
	}

	private final XtextResourceSet set;
	private final Map<String, Template> byId;
	private final Map<String, Info> infos;
	private final Map<String, CompiledTemplate> compiled;
	/** How each template from the compiled-template cache is compiled when first needed; null when loaded. */
	private final Map<String, Supplier<CompiledTemplate>> stored;
	private final Template defaultTemplate;
	private final String defaultId;
	/** The files the templates were read from, when they come from the compiled-template cache; else null. */
	private final List<Path> storedFiles;

	private Templates(XtextResourceSet set, Map<String, Template> byId, Template defaultTemplate) {
		this.set = set;
		this.byId = byId;
		this.defaultTemplate = defaultTemplate;
		this.defaultId = defaultTemplate == null ? null : defaultTemplate.getName();
		this.compiled = new ConcurrentHashMap<>();
		this.infos = new LinkedHashMap<>();
		byId.forEach((id, t) -> infos.put(id, new Info(t.getYear(), Revisions.lineage(t).size())));
		this.storedFiles = null;
		this.stored = null;
	}

	private Templates(Map<String, Info> infos, Map<String, Supplier<CompiledTemplate>> compiled, String defaultId,
			List<Path> files) {
		this.set = null;
		this.byId = Map.of();
		this.defaultTemplate = null;
		this.defaultId = defaultId;
		this.infos = new LinkedHashMap<>(infos);
		this.compiled = new ConcurrentHashMap<>();
		this.stored = Map.copyOf(compiled);
		this.storedFiles = List.copyOf(files);
	}

	/** Templates as the compiled-template cache stored them: no resource set, no Xtext ({@link TemplateCache}). */
	static Templates stored(Map<String, Info> infos, Map<String, Supplier<CompiledTemplate>> compiled,
			String defaultId, List<Path> files) {
		return new Templates(infos, compiled, defaultId, files);
	}

	/** Whether these templates come from the compiled-template cache (then there is no resource set and no Xtext model). */
	public boolean isStored() {
		return storedFiles != null;
	}

	/** The files the templates were read from, when they come from the compiled-template cache; else empty. */
	public List<Path> storedFiles() {
		return storedFiles == null ? List.of() : storedFiles;
	}

	/** The id of every template, in load order. */
	public Set<String> ids() {
		return Collections.unmodifiableSet(infos.keySet());
	}

	/** What discovery knows of a template, or null. */
	public Info info(String id) {
		return infos.get(id);
	}

	/** The configured default's id, or null. */
	public String defaultId() {
		return defaultId;
	}

	/**
	 * Loads templates (.form files, or folders of them; a file brings the .form files beside it) through the one
	 * loader. Every template of the resource set is a candidate of discovery.
	 *
	 * @param defaultTemplate the id or file name of the template for filings that name none, or null
	 * @throws CompiledTemplate.TemplateError with every located error when a named file cannot be used, or when
	 *         the default is not among the templates
	 */
	public static Templates load(List<Path> inputs, String defaultTemplate) throws CompiledTemplate.TemplateError {
		return load(inputs, defaultTemplate, TemplateLoader.newSet());
	}

	/**
	 * The templates as {@code --template} names them: a folder, every template under it (each filing finds its
	 * own); a file, that template as the default, with the .form files beside it (so a filing naming one of them
	 * gets it). What {@link TemplateCache#key(Path)} keys.
	 */
	public static Templates named(Path template) throws CompiledTemplate.TemplateError {
		if (Files.isDirectory(template)) {
			return load(List.of(template), null);
		}
		// the model only: the templates compile each template once, when a filing (or the cache's store) first needs it
		XtextResourceSet set = CompiledTemplate.newSet();
		Timing.mark("Xtext set-up (injector, resource set)");
		return of(set, CompiledTemplate.loadModel(template, set).getName());
	}

	/** As {@link #load(List, String)} into a given resource set. */
	public static Templates load(List<Path> inputs, String defaultTemplate, XtextResourceSet set)
			throws CompiledTemplate.TemplateError {
		TemplateLoader.Loaded loaded = TemplateLoader.load(inputs, set);
		if (!loaded.ok()) {
			Path base = Path.of("").toAbsolutePath();
			throw new CompiledTemplate.TemplateError(
					String.join("\n", loaded.errors().stream().map(p -> p.format(base)).toList()));
		}
		return of(set, defaultTemplate);
	}

	/** The templates of a resource set already loaded and checked (an editor's, a language server's). */
	public static Templates of(XtextResourceSet set, String defaultTemplate) throws CompiledTemplate.TemplateError {
		Map<String, Template> byId = new LinkedHashMap<>();
		Map<String, Path> files = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(set.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof FormFile form
					&& form.getTemplate() != null && form.getTemplate().getName() != null) {
				byId.putIfAbsent(form.getTemplate().getName(), form.getTemplate());
				if (resource.getURI().isFile()) {
					files.putIfAbsent(form.getTemplate().getName(), Path.of(resource.getURI().toFileString()));
				}
			}
		}
		Template chosen = null;
		if (defaultTemplate != null && !defaultTemplate.isBlank()) {
			chosen = byId.get(defaultTemplate);
			if (chosen == null) {
				for (Map.Entry<String, Path> file : files.entrySet()) {
					if (file.getValue().getFileName().toString().equals(defaultTemplate)
							|| file.getValue().equals(Path.of(defaultTemplate).toAbsolutePath().normalize())) {
						chosen = byId.get(file.getKey());
					}
				}
			}
			if (chosen == null) {
				throw new CompiledTemplate.TemplateError("默认模板 " + defaultTemplate + " 不在已加载的模板中（" + String.join(", ", byId.keySet())
						+ "） / default template " + defaultTemplate + ": no such template (there are " + String.join(", ", byId.keySet()) + ")");
			}
		}
		return new Templates(set, byId, chosen);
	}

	/** The resource set of the templates; null when they come from the compiled-template cache. */
	public XtextResourceSet resourceSet() {
		return set;
	}

	/** Every template loaded, by id, in load order; empty when they come from the compiled-template cache. */
	public Map<String, Template> byId() {
		return Collections.unmodifiableMap(byId);
	}

	/** The configured default, or null. */
	public Template defaultTemplate() {
		return defaultTemplate;
	}

	/** A template compiled (plan, engine, layout, claims), once per template; compiling holds the resource set's lock. */
	public CompiledTemplate compiled(Template template) {
		CompiledTemplate done = compiled.get(template.getName());
		if (done != null) {
			return done;
		}
		synchronized (set) {
			return compiled.computeIfAbsent(template.getName(), id -> CompiledTemplate.of(set, template, this::compiled));
		}
	}

	/** The compiled template of an id, or null when none is loaded. */
	public CompiledTemplate compiled(String id) {
		if (id == null) {
			return null;
		}
		if (stored != null) {
			Supplier<CompiledTemplate> compile = stored.get(id);
			return compile == null ? null : compiled.computeIfAbsent(id, k -> compile.get());
		}
		Template template = byId.get(id);
		return template == null ? null : compiled(template);
	}

	/**
	 * The template discovery gives a file: the one it names when {@code named} is not null, else the default,
	 * else the one in force in the year the file states; null when none can be told.
	 */
	public Template choose(String named, Path file) {
		return choose(named, file, 0);
	}

	/**
	 * As {@link #choose(String, Path)}, with the year a set states for the file ({@code DIR/<year>/...}, a manifest
	 * entry's year) in place of the year its name or title states; 0 for none.
	 */
	public Template choose(String named, Path file, int statedYear) {
		String id = chooseId(named, file, statedYear);
		return id == null ? null : byId.get(id);
	}

	/** As {@link #choose(String, Path, int)}, the template's id: what the pipeline uses, with or without Xtext. */
	public String chooseId(String named, Path file, int statedYear) {
		if (named != null) {
			return infos.containsKey(named) ? named : null;
		}
		if (defaultId != null) {
			return defaultId;
		}
		int year = statedYear > 0 ? statedYear : yearOf(file);
		if (year > 0) {
			String inForce = inForceId(year);
			if (inForce != null) {
				return inForce;
			}
		}
		return infos.size() == 1 ? infos.keySet().iterator().next() : null;
	}

	/** {@link #inForce} over the ids: the same order (year, then the shorter revision chain, then the smaller id). */
	private String inForceId(int year) {
		return infos.entrySet().stream().filter(e -> e.getValue().year() <= year)
				.max(Comparator.<Map.Entry<String, Info>> comparingInt(e -> e.getValue().year())
						.thenComparing(Comparator.<Map.Entry<String, Info>> comparingInt(e -> e.getValue().lineage()).reversed())
						.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
				.map(Map.Entry::getKey).orElse(null);
	}

	/** Why {@link #choose} gave nothing, in both languages: {zh, en}. */
	public String[] whyNone(String named, Path file) {
		String ids = String.join(", ", infos.keySet());
		if (named != null) {
			return new String[] { "填报指明的模板 " + named + " 不在已加载的模板中（" + ids + "）",
					"The filing names template " + named + ", which is not among the templates loaded (" + ids + ")" };
		}
		int year = yearOf(file);
		return new String[] {
				"填报未指明模板，未设置默认模板，" + (year > 0 ? "也没有 " + year + " 年施行的模板" : "文件名和标题也未写明年度")
						+ "；请指定模板（--template、defaultTemplate）",
				"The filing names no template, no default template is set, and "
						+ (year > 0 ? "no template is in force in " + year : "neither its file name nor its title states a year")
						+ "; name one (--template, defaultTemplate)" };
	}

	/**
	 * The year a file's name states, else the "YYYY年" of its title (a page's title or first heading, a Word report's
	 * first paragraphs or title property, a text's first line); 0 when none.
	 */
	public static int yearOf(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			return 0;
		}
		Matcher inName = NAME_YEAR.matcher(name.toString());
		if (inName.find()) {
			return Integer.parseInt(inName.group(1));
		}
		String lower = name.toString().toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || !Files.isRegularFile(file)) {
			return 0;
		}
		if (lower.endsWith(".docx")) {
			String title = Ooxml.title(file);
			Matcher inTitle = TITLE_YEAR.matcher(title == null ? "" : title);
			return inTitle.find() ? Integer.parseInt(inTitle.group(1)) : 0;
		}
		try (InputStream in = Files.newInputStream(file)) {
			String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8).replace("\uFEFF", "");
			boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || head.stripLeading().startsWith("<");
			Matcher title = TITLE_YEAR.matcher(title(head, html));
			return title.find() ? Integer.parseInt(title.group(1)) : 0;
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static String title(String head, boolean html) {
		if (html) {
			Matcher title = HTML_TITLE.matcher(head);
			return title.find() ? title.group(1) : "";
		}
		return head.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
	}

	/**
	 * The latest template whose first year is not after {@code year}; of several from the same year, the one the
	 * others revise (the shortest revision chain), then the smallest id.
	 */
	public static Template inForce(Collection<Template> templates, int year) {
		List<Template> candidates = new ArrayList<>(templates);
		return candidates.stream().filter(t -> t.getYear() <= year)
				.max(Comparator.<Template> comparingInt(Template::getYear)
						.thenComparing(Comparator.<Template> comparingInt(t -> Revisions.lineage(t).size()).reversed())
						.thenComparing(Template::getName, Comparator.reverseOrder()))
				.orElse(null);
	}
}
