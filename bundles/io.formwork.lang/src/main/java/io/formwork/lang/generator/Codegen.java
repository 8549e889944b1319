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

import com.google.inject.Injector;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.FormworkStandaloneSetup;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;
import io.formwork.lang.load.TemplateLoader;
import io.formwork.runtime.io.AtomicFile;

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
		for (Path input : inputs) {
			if (!Files.exists(input)) {
				throw new IOException(input + ": no such file or folder");
			}
		}
		TemplateLoader.Loaded loaded = TemplateLoader.load(inputs, injector().getInstance(XtextResourceSet.class));
		List<Error> errors = new ArrayList<>();
		for (TemplateLoader.Problem problem : loaded.errors()) {
			errors.add(new Error(problem.file(), problem.line(), problem.column(), problem.code(), problem.message()));
		}
		List<Path> templateFiles = new ArrayList<>();
		List<Template> templates = new ArrayList<>();
		loaded.named().forEach((file, template) -> {
			if (template != null) {
				templateFiles.add(file);
				templates.add(template);
			}
		});
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
				AtomicFile.write(target, bytes);
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
