package io.formwork.lang.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.inject.Injector;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.FilingStandaloneSetup;
import io.formwork.lang.SourceLimits;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;

/**
 * The one loader of templates and catalogs (.form files), used by the pipeline (CLI, Maven plugin), by
 * {@code Codegen} and by {@code formwork check}: named files and folders (a folder gives every .form file under
 * it, a named file brings the .form files beside it, so that its catalogs and the templates it revises resolve)
 * loaded into one resource set and validated. Nothing it is given makes it throw or hang: a folder or a FIFO
 * named {@code *.form}, an empty, unreadable or broken file each become a located {@link Problem}.
 */
public final class TemplateLoader {

	/** The code of a .form file that cannot be read at all (not a regular file, not readable, a parser crash). */
	public static final String UNREADABLE = "formwork.unreadable";
	/** The code of a named .form file that holds no template (an empty file, a catalog) where a template is needed. */
	public static final String NOT_A_TEMPLATE = "formwork.notATemplate";

	/** A located problem of a .form file; {@link #toString()} is the one format every door prints. */
	public record Problem(Path file, int line, int column, Severity severity, String code, String message) {

		public boolean isError() {
			return severity == Severity.ERROR;
		}

		/** {@code file:line:column: error [code] message}, the file as given. */
		@Override
		public String toString() {
			return format(null);
		}

		/** As {@link #toString()}, the file relative to {@code base} when it lies under it (null: as given). */
		public String format(Path base) {
			Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
			return shown + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + " [" + code + "] "
					+ message;
		}
	}

	/**
	 * What loading gave: the resource set, the named files (absolute, normalised) with their template (null for a
	 * catalog or a file that could not be read), and every problem of the named files (errors and warnings) and of
	 * the files beside them that could not be read.
	 */
	public record Loaded(XtextResourceSet set, Map<Path, Template> named, List<Problem> problems) {

		public List<Problem> errors() {
			return problems.stream().filter(Problem::isError).toList();
		}

		public boolean ok() {
			return errors().isEmpty();
		}

		/** The templates of the named files, in file order. */
		public List<Template> templates() {
			return named.values().stream().filter(t -> t != null).toList();
		}

		/** The errors as printed, one per line. */
		public String errorText() {
			return String.join("\n", errors().stream().map(Problem::toString).toList());
		}
	}

	private static Injector injector;

	private TemplateLoader() {
	}

	/** The injector of both languages (templates and textual filings), made once. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new FilingStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A new resource set for templates and textual filings. */
	public static XtextResourceSet newSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	/** Loads into a new resource set. */
	public static Loaded load(List<Path> inputs) {
		return load(inputs, newSet());
	}

	/**
	 * Loads and validates the named .form files and folders into a resource set that may already hold others (the
	 * templates of a set of filings share one, so that revision chains across them are seen).
	 */
	public static Loaded load(List<Path> inputs, XtextResourceSet set) {
		List<Problem> problems = new ArrayList<>();
		Set<Path> named = new LinkedHashSet<>();
		Set<Path> context = new LinkedHashSet<>();
		for (Path input : inputs) {
			Path file = input.toAbsolutePath().normalize();
			if (Files.isDirectory(file)) {
				List<Path> under = formFiles(file, true, problems);
				named.addAll(under);
				context.addAll(under);
			} else if (Files.isRegularFile(file)) {
				named.add(file);
				context.add(file);
				if (file.getParent() != null) {
					context.addAll(formFiles(file.getParent(), false, problems));
				}
			} else {
				problems.add(new Problem(file, 0, 0, Severity.ERROR, UNREADABLE,
						Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "不是普通文件 / not a regular file"
								: "文件不存在 / no such file or folder"));
			}
		}
		Set<Path> unreadable = new LinkedHashSet<>();
		for (Path file : context) {
			if (set.getResource(uri(file), false) != null) {
				continue;
			}
			try {
				Resource resource = set.getResource(uri(file), true);
				if (resource == null) {
					throw new IOException("no resource");
				}
			} catch (RuntimeException | IOException | StackOverflowError e) {
				unreadable.add(file);
				problems.add(new Problem(file, 0, 0, Severity.ERROR, UNREADABLE, "无法读取 / cannot be read: " + rootMessage(e)));
				Resource broken = set.getResource(uri(file), false);
				if (broken != null) {
					set.getResources().remove(broken);
				}
			}
		}
		Map<Path, Template> templates = new LinkedHashMap<>();
		for (Path file : named) {
			if (unreadable.contains(file)) {
				templates.put(file, null);
				continue;
			}
			Resource resource = set.getResource(uri(file), false);
			try {
				List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
				for (Issue issue : issues) {
					if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
						problems.add(new Problem(file, issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
								issue.getColumn() == null ? 0 : issue.getColumn(), issue.getSeverity(), issue.getCode(),
								issue.getMessage()));
					}
				}
			} catch (RuntimeException | StackOverflowError e) {
				problems.add(new Problem(file, 0, 0, Severity.ERROR, UNREADABLE, "无法校验 / cannot be checked: " + rootMessage(e)));
			}
			templates.put(file, resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)
					? null : form.getTemplate());
		}
		// a file beside them that cannot be parsed (empty, cut, not UTF-8, over a limit) breaks their catalogs:
		// its syntax and reading errors are errors of the load, as check reports them
		for (Path file : context) {
			if (named.contains(file) || unreadable.contains(file)) {
				continue;
			}
			Resource resource = set.getResource(uri(file), false);
			if (resource == null || (resource.getErrors().isEmpty() && !resource.getContents().isEmpty())) {
				continue;
			}
			try {
				for (Issue issue : ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					if (issue.getSeverity() == Severity.ERROR
							&& (issue.isSyntaxError() || SourceLimits.isLimit(issue.getCode()))) {
						problems.add(new Problem(file, issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
								issue.getColumn() == null ? 0 : issue.getColumn(), issue.getSeverity(), issue.getCode(),
								issue.getMessage()));
					}
				}
			} catch (RuntimeException | StackOverflowError e) {
				problems.add(new Problem(file, 0, 0, Severity.ERROR, UNREADABLE, "无法校验 / cannot be checked: " + rootMessage(e)));
			}
		}
		return new Loaded(set, templates, problems);
	}

	/**
	 * Loads one template file with the files beside it; its errors, or an error saying it holds no template, are
	 * in {@link Loaded#problems()}.
	 */
	public static Loaded loadTemplate(Path file, XtextResourceSet set) {
		Loaded loaded = load(List.of(file), set);
		Path absolute = file.toAbsolutePath().normalize();
		if (loaded.ok() && loaded.named().get(absolute) == null) {
			List<Problem> problems = new ArrayList<>(loaded.problems());
			problems.add(new Problem(absolute, 1, 1, Severity.ERROR, NOT_A_TEMPLATE,
					"不是模板（是目录文件或空文件） / is a catalog or empty, not a template"));
			return new Loaded(loaded.set(), loaded.named(), problems);
		}
		return loaded;
	}

	/** The regular .form files of a folder (and, recursively, its subfolders), sorted; never a folder or FIFO. */
	public static List<Path> formFiles(Path folder, boolean recursive, List<Problem> problems) {
		List<Path> result = new ArrayList<>();
		try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
			files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".form"))
					.map(p -> p.toAbsolutePath().normalize()).sorted().forEach(p -> {
						if (Files.isRegularFile(p)) {
							result.add(p);
						} else if (!Files.isDirectory(p) && problems != null) {
							problems.add(new Problem(p, 0, 0, Severity.WARNING, UNREADABLE,
									"不是普通文件，已跳过 / not a regular file; skipped"));
						}
					});
		} catch (IOException | RuntimeException e) {
			if (problems != null) {
				problems.add(new Problem(folder, 0, 0, Severity.ERROR, UNREADABLE, "无法读取 / cannot be read: " + rootMessage(e)));
			}
		}
		return result;
	}

	private static URI uri(Path file) {
		return URI.createFileURI(file.toString());
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
