package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each self-check of the language, broken on purpose: src/test/resources/validation/&lt;case&gt;.form must produce exactly
 * the issues listed in &lt;case&gt;.expected (severity, line:column, issue code, message).
 */
class ValidationTest {

	static Path cases() {
		return FormFiles.testData().resolve("validation");
	}

	static Stream<Path> caseFiles() throws IOException {
		try (Stream<Path> files = Files.list(cases())) {
			return files.filter(p -> p.toString().endsWith(".expected"))
					.map(p -> p.resolveSibling(p.getFileName().toString().replace(".expected", ".form"))).sorted()
					.toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("caseFiles")
	void eachBrokenTemplateProducesExactlyTheExpectedIssues(Path file) throws IOException {
		List<String> actual = issuesOf(file);
		Path expectedFile = file.resolveSibling(file.getFileName().toString().replace(".form", ".expected"));
		if (Boolean.getBoolean("formwork.updateExpected")) {
			Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
		}
		List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
				.filter(line -> !line.isBlank()).toList();
		assertThat(actual).as("issues of %s", file.getFileName()).containsExactlyElementsOf(expected);
	}

	@Test
	void theSharedFilesOfTheCasesHaveNoIssues() {
		assertThat(issuesOf(cases().resolve("catalog.form"))).isEmpty();
		assertThat(issuesOf(cases().resolve("revision-base.form"))).isEmpty();
		assertThat(issuesOf(cases().resolve("revision-base-2020.form"))).isEmpty();
		assertThat(issuesOf(cases().resolve("revision-valid.form"))).isEmpty();
	}

	@Test
	void everySelfCheckHasACase() throws IOException {
		String all;
		try (Stream<Path> files = Files.list(cases())) {
			all = files.filter(p -> p.toString().endsWith(".expected")).map(p -> {
				try {
					return Files.readString(p);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).reduce("", String::concat);
		}
		for (var field : io.formwork.lang.validation.FormworkValidator.class.getFields()) {
			if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
				try {
					String code = (String) field.get(null);
					if (code.startsWith("formwork.")) {
						assertThat(all).as("a case for issue code %s", code).contains("[" + code + "]");
					}
				} catch (IllegalAccessException e) {
					throw new AssertionError(e);
				}
			}
		}
		assertThat(all).contains("[org.eclipse.xtext.diagnostics.Diagnostic.Linking]");
	}

	static List<String> issuesOf(Path file) {
		XtextResourceSet set = FormFiles.load(file);
		List<Issue> issues = FormFiles.validate(FormFiles.resource(set, file));
		return issues.stream()
				.sorted(Comparator.comparing(Issue::getLineNumber).thenComparing(Issue::getColumn)
						.thenComparing(Issue::getMessage))
				.map(FormFiles::describe).toList();
	}
}
