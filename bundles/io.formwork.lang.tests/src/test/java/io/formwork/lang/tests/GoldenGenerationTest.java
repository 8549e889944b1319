package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.formwork.lang.generator.TemplateArtifacts.Artifact;

/**
 * What the generator writes for one small template that uses every construct (src/test/resources/engine/semantics.form):
 * its typed filing class, validator, JSON Schema and documentation, checked in under src/test/resources/golden/ so that a
 * generator change shows as a readable diff. After reviewing such a diff, rewrite the files with
 * {@code -Dformwork.updateExpected=true}. {@code GeneratedValidatorTest} stays the proof that the generated
 * validator means what the engine means; this test shows what it looks like.
 */
class GoldenGenerationTest {

	static final Path GOLDEN = FormFiles.testData().resolve("golden");

	@TestFactory
	Stream<DynamicTest> theSemanticsTemplateGeneratesTheCheckedInFiles() throws IOException {
		List<Artifact> artifacts = CodeGeneratorTest.artifacts(GeneratedCode.engineCase("semantics.form"));
		assertThat(artifacts).extracting(Artifact::path).containsExactly("io/formwork/generated/SemTFiling.java",
				"io/formwork/generated/SemTValidator.java", "sem_t.schema.json", "sem_t.html");
		if (Boolean.getBoolean("formwork.updateExpected")) {
			for (Artifact artifact : artifacts) {
				Path file = GOLDEN.resolve(artifact.path());
				Files.createDirectories(file.getParent());
				Files.writeString(file, artifact.content(), StandardCharsets.UTF_8);
			}
		}
		return artifacts.stream().map(artifact -> DynamicTest.dynamicTest(artifact.path(), () -> assertThat(
				artifact.content()).as("generated %s against src/test/resources/golden/%s", artifact.path(), artifact.path())
				.isEqualTo(Files.readString(GOLDEN.resolve(artifact.path()), StandardCharsets.UTF_8))));
	}

	/**
	 * Generation reads no locale: the same bytes under a default locale that writes other digits (Thai, Arabic) or
	 * lower-cases differently (Turkish), as a template filled with {@code %d} or {@code toLowerCase()} would not give.
	 */
	@Test
	void theOutputIsTheSameWhateverTheDefaultLocale() throws IOException {
		Locale before = Locale.getDefault();
		try {
			for (String tag : List.of("th-TH-u-nu-thai", "ar-EG", "tr-TR")) {
				Locale.setDefault(Locale.forLanguageTag(tag));
				for (Artifact artifact : CodeGeneratorTest.artifacts(GeneratedCode.engineCase("semantics.form"))) {
					assertThat(artifact.content()).as("%s under the default locale %s", artifact.path(), tag)
							.isEqualTo(Files.readString(GOLDEN.resolve(artifact.path()), StandardCharsets.UTF_8));
				}
			}
		} finally {
			Locale.setDefault(before);
		}
	}
}
