package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {

	static Stream<Path> examples() {
		return Stream.concat(FormFiles.formFiles(FormFiles.examples()).stream(),
				FormFiles.formFiles(FormFiles.testData().resolve("valid")).stream());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleParsesAndValidatesWithoutIssues(Path file) {
		XtextResourceSet set = FormFiles.load(file);
		var resource = FormFiles.resource(set, file);
		List<Issue> issues = FormFiles.validate(resource);
		assertThat(issues).as("issues in %s", file).extracting(FormFiles::describe).isEmpty();
		assertThat(resource.getContents()).isNotEmpty();
	}
}
