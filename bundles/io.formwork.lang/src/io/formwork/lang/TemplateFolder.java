package io.formwork.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * A template with the .form files beside it, as every door loads it: only regular files are loaded (a folder,
 * a pipe or a device named {@code x.form} is skipped, never read or waited on), and the template is used only
 * when neither it nor any file beside it has an error: the errors are those {@code formwork check} prints.
 */
public final class TemplateFolder {

	private TemplateFolder() {
	}

	/** The regular .form files of the template's folder, sorted; what is not a regular file is left out. */
	public static List<Path> siblings(Path templateFile) throws IOException {
		Path folder = templateFile.toAbsolutePath().normalize().getParent();
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".form") && Files.isRegularFile(p)).sorted()
					.toList();
		}
	}

	/** Loads the regular .form files beside the template into the set. */
	public static void loadSiblings(XtextResourceSet set, Path templateFile) throws IOException {
		for (Path form : siblings(templateFile)) {
			set.getResource(URI.createFileURI(form.toString()), true);
		}
	}

	/**
	 * The errors that make a template unusable, as {@code file:line:column: error [code] message}: every issue of
	 * the template itself, and the syntax and reading errors of the files loaded beside it (an empty, unparseable
	 * or wrongly encoded file there would otherwise break its catalogs silently).
	 */
	public static List<String> errors(Resource template, Path templateFile) {
		List<String> errors = new ArrayList<>();
		for (Issue issue : validate(template)) {
			if (issue.getSeverity() == Severity.ERROR) {
				errors.add(line(templateFile.toString(), issue));
			}
		}
		Path folder = templateFile.toAbsolutePath().normalize().getParent();
		for (Resource resource : List.copyOf(template.getResourceSet().getResources())) {
			URI uri = resource.getURI();
			if (resource == template || uri == null || !uri.isFile() || !"form".equals(uri.fileExtension())
					|| !folder.equals(Path.of(uri.toFileString()).getParent())) {
				continue;
			}
			if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
				for (Issue issue : validate(resource)) {
					if (issue.getSeverity() == Severity.ERROR
							&& (issue.isSyntaxError() || SourceLimits.isLimit(issue.getCode()))) {
						errors.add(line(uri.toFileString(), issue));
					}
				}
			}
		}
		return errors;
	}

	private static List<Issue> validate(Resource resource) {
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static String line(String file, Issue issue) {
		return file + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": error [" + issue.getCode() + "] "
				+ issue.getMessage();
	}
}
