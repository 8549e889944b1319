package io.formwork.lang.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.formwork.lang.FormworkStandaloneSetup;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;

/**
 * Generation without Eclipse: loads templates and catalogs (a named file with every .form file beside it, a
 * named folder with every .form file under it) into one resource set, validates them, and generates every
 * template's artifacts, or reports the errors with their locations. The Maven plugin, the command line and
 * the build of the tests use it.
 */
public final class Codegen {

	/** A template error, located: {@code file:line:column: error [code] message}. */
	public record Error(Path file, int line, int column, String code, String message) {
		@Override
		public String toString() {
			return file + ":" + line + ":" + column + ": error [" + code + "] " + message;
		}
	}

	/** What one run gives: the errors (then nothing is generated), or the artifacts of every template. */
	public record Result(List<Error> errors, List<Path> templates, List<Artifact> artifacts) {
		public boolean ok() {
			return errors.isEmpty();
		}
	}

	private static Injector injector;

	private Codegen() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Whether {@code name} is a Java package name: dot-separated identifiers, no keyword, nothing else. */
	public static boolean isPackageName(String name) {
		if (name == null || name.isEmpty()) {
			return false;
		}
		for (String part : name.split("\\.", -1)) {
			if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0)) || KEYWORDS.contains(part)) {
				return false;
			}
			if (!part.codePoints().allMatch(Character::isJavaIdentifierPart)
					|| part.codePoints().anyMatch(Character::isIdentifierIgnorable)) {
				return false;
			}
		}
		return true;
	}

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
			"final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
			"long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
			"strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
			"volatile", "while", "true", "false", "null", "_");

	/** Every .form file of the inputs: a folder gives all under it, a file itself. */
	public static List<Path> formFiles(List<Path> inputs) throws IOException {
		Set<Path> files = new LinkedHashSet<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					walk.filter(p -> p.toString().endsWith(".form") && Files.isRegularFile(p)).sorted()
							.forEach(p -> files.add(p.toAbsolutePath().normalize()));
				}
			} else if (Files.isRegularFile(input)) {
				files.add(input.toAbsolutePath().normalize());
			} else {
				throw new IOException(input + ": no such file or folder");
			}
		}
		return new ArrayList<>(files);
	}

	/**
	 * Generates the artifacts of the templates among the inputs.
	 *
	 * @param inputs .form files and folders; the .form files beside a named file are loaded too (for its catalogs)
	 * @param defaultPackage the package of templates whose name is not qualified (null: formwork.generated)
	 */
	public static Result generate(List<Path> inputs, String defaultPackage) throws IOException {
		if (defaultPackage != null && !isPackageName(defaultPackage)) {
			throw new IOException("'" + defaultPackage + "' is not a valid Java package name");
		}
		List<Path> named = formFiles(inputs);
		Set<Path> context = new LinkedHashSet<>(named);
		for (Path input : inputs) {
			if (Files.isRegularFile(input)) {
				Path folder = input.toAbsolutePath().normalize().getParent();
				try (Stream<Path> siblings = Files.list(folder)) {
					siblings.filter(p -> p.toString().endsWith(".form") && Files.isRegularFile(p)).sorted()
							.map(p -> p.toAbsolutePath().normalize()).forEach(context::add);
				}
			}
		}
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		List<Error> errors = new ArrayList<>();
		for (Path file : context) {
			try {
				set.getResource(URI.createFileURI(file.toString()), true);
			} catch (RuntimeException e) {
				errors.add(new Error(file, 0, 0, "formwork.unreadable", "cannot be read: " + e.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(errors, List.of(), List.of());
		}
		List<Template> templates = new ArrayList<>();
		List<Path> templateFiles = new ArrayList<>();
		for (Path file : named) {
			Resource resource = set.getResource(URI.createFileURI(file.toString()), false);
			List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors.add(new Error(file, issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
							issue.getColumn() == null ? 0 : issue.getColumn(), issue.getCode(), issue.getMessage()));
				}
			}
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof FormFile form
					&& form.getTemplate() != null) {
				templates.add(form.getTemplate());
				templateFiles.add(file);
			}
		}
		// a file beside them that cannot be parsed (empty, cut, not UTF-8) is reported as check reports it
		for (Path file : context) {
			if (named.contains(file)) {
				continue;
			}
			Resource resource = set.getResource(URI.createFileURI(file.toString()), false);
			for (Resource.Diagnostic diagnostic : resource == null ? List.<Resource.Diagnostic>of() : resource.getErrors()) {
				errors.add(new Error(file, Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()),
						diagnostic instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic d ? d.getCode() : "formwork.unreadable",
						diagnostic.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(errors, templateFiles, List.of());
		}
		List<Artifact> artifacts = new ArrayList<>();
		for (Template template : templates) {
			artifacts.addAll(TemplateArtifacts.of(template, defaultPackage));
		}
		return new Result(List.of(), templateFiles, artifacts);
	}

	/**
	 * Writes artifacts under the folder of their kind (a null folder skips that kind); a file whose content is
	 * already the same is not touched. Returns the files written or found up to date.
	 */
	public static List<Path> write(List<Artifact> artifacts, Path javaDir, Path schemaDir, Path htmlDir)
			throws IOException {
		List<Path> written = new ArrayList<>();
		for (Artifact artifact : artifacts) {
			Path dir = switch (artifact.kind()) {
			case JAVA -> javaDir;
			case SCHEMA -> schemaDir;
			case HTML -> htmlDir;
			};
			if (dir == null) {
				continue;
			}
			Path root = dir.toAbsolutePath().normalize();
			Path target = root.resolve(artifact.path()).normalize();
			if (!target.startsWith(root) || target.equals(root)) {
				throw new IOException(artifact.path() + ": would be written outside " + dir + "; not written");
			}
			byte[] bytes = artifact.content().getBytes(StandardCharsets.UTF_8);
			if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
				Files.createDirectories(target.getParent());
				io.formwork.runtime.io.AtomicFile.write(target, bytes);
			}
			written.add(target);
		}
		return written;
	}

	/**
	 * {@code Codegen [--java DIR] [--schema DIR] [--html DIR] [--package P] INPUT...}: generates from the .form
	 * files and folders given; exit 0, 1 on template errors, 2 on bad usage or unreadable input.
	 */
	public static void main(String[] args) {
		int exit = run(args, System.out, System.err);
		if (exit != 0) {
			System.exit(exit);
		}
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path java = null;
		Path schema = null;
		Path html = null;
		String pkg = null;
		List<Path> inputs = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--") && i + 1 >= args.length) {
				err.println(arg + ": a value is missing");
				return 2;
			}
			switch (arg) {
			case "--java" -> java = Path.of(args[++i]);
			case "--schema" -> schema = Path.of(args[++i]);
			case "--html" -> html = Path.of(args[++i]);
			case "--package" -> pkg = args[++i];
			default -> inputs.add(Path.of(arg));
			}
		}
		if (inputs.isEmpty()) {
			err.println("Usage: Codegen [--java DIR] [--schema DIR] [--html DIR] [--package P] INPUT...");
			return 2;
		}
		try {
			Result result = generate(inputs, pkg);
			if (!result.ok()) {
				result.errors().forEach(err::println);
				return 1;
			}
			List<Path> written = write(result.artifacts(), java, schema, html);
			out.println(result.templates().size() + " template(s), " + written.size() + " file(s)");
			return 0;
		} catch (IOException e) {
			err.println(e.getMessage());
			return 2;
		}
	}
}
