package io.formwork.lang.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.formwork.lang.FormworkStandaloneSetup;

/**
 * Loads .form files the way the tools do: every file of a folder in one resource set, so that templates see
 * the catalogs beside them.
 */
public final class FormFiles {

	private static Injector injector;

	private FormFiles() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The examples folder of the repository (set by the build; found from the working directory otherwise). */
	public static Path examples() {
		String configured = System.getProperty("formwork.examples");
		if (configured != null) {
			return Path.of(configured);
		}
		Path here = Path.of("").toAbsolutePath();
		while (here != null && !Files.isDirectory(here.resolve("examples"))) {
			here = here.getParent();
		}
		return here.resolve("examples");
	}

	public static Path testData() {
		return Path.of("src/test/resources").toAbsolutePath();
	}

	/** Loads the given files, plus every other .form file in their folders. */
	public static XtextResourceSet load(Path... files) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		List<Path> all = new ArrayList<>();
		for (Path file : files) {
			Path folder = Files.isDirectory(file) ? file : file.getParent();
			try (Stream<Path> siblings = Files.list(folder)) {
				siblings.filter(p -> p.toString().endsWith(".form")).sorted().forEach(p -> {
					if (!all.contains(p.toAbsolutePath())) {
						all.add(p.toAbsolutePath());
					}
				});
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		for (Path path : all) {
			set.getResource(URI.createFileURI(path.toString()), true);
		}
		return set;
	}

	public static XtextResource resource(XtextResourceSet set, Path file) {
		return (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	public static List<Issue> validate(Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public static List<Path> formFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every .form file of the examples folder: the method source of the tests that run over all of them. */
	public static Stream<Path> exampleFiles() {
		return formFiles(examples()).stream();
	}

	public static String describe(Issue issue) {
		return issue.getSeverity() + " " + issue.getLineNumber() + ":" + issue.getColumn() + " [" + issue.getCode()
				+ "] " + issue.getMessage();
	}
}
