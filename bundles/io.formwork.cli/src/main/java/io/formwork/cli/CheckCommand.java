package io.formwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.FormworkStandaloneSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * formwork check PATH...: parses and self-validates templates and catalogs. Every .form file of a named
 * folder is checked, and every .form file beside a named file is loaded so that cross-file references
 * resolve.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Check templates and catalogs (.form files): syntax, references, types and units, rules.")
final class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".form files or folders holding them")
	List<Path> paths;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Set<Path> checked = new LinkedHashSet<>();
		Set<Path> context = new LinkedHashSet<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				err.println(path + ": no such file or folder");
				return Formwork.UNUSABLE;
			}
			try {
				if (Files.isDirectory(path)) {
					List<Path> files = formFiles(path, true);
					checked.addAll(files);
					context.addAll(files);
				} else if (!Files.isRegularFile(path)) {
					err.println(path + ": is not a regular file (a pipe or a device); not read");
					return Formwork.UNUSABLE;
				} else {
					checked.add(path.toAbsolutePath().normalize());
					context.addAll(formFiles(path.toAbsolutePath().getParent(), false));
				}
			} catch (IOException e) {
				err.println(path + ": cannot be read: " + e.getMessage());
				return Formwork.UNUSABLE;
			}
		}
		XtextResourceSet set = new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		for (Path file : context) {
			try {
				set.getResource(URI.createFileURI(file.toString()), true);
			} catch (RuntimeException e) {
				err.println(file + ": cannot be read: " + rootMessage(e));
				return Formwork.UNUSABLE;
			}
		}
		int errors = 0;
		int warnings = 0;
		Path base = Path.of("").toAbsolutePath();
		for (Path file : checked) {
			Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
			List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			String shown = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
			for (Issue issue : issues) {
				out.println(shown + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
						+ issue.getSeverity().name().toLowerCase() + " [" + issue.getCode() + "] " + issue.getMessage());
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
			}
		}
		out.println(checked.size() + " 个文件，" + errors + " 个错误，" + warnings + " 个警告 | " + checked.size()
				+ " file(s), " + errors + " error(s), " + warnings + " warning(s)");
		return errors > 0 ? Formwork.FINDINGS : Formwork.OK;
	}

	private static List<Path> formFiles(Path folder, boolean recursive) throws IOException {
		List<Path> result = new ArrayList<>();
		try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
			files.filter(p -> p.toString().endsWith(".form") && Files.isRegularFile(p)).sorted()
					.forEach(p -> result.add(p.toAbsolutePath().normalize()));
		}
		return result;
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
