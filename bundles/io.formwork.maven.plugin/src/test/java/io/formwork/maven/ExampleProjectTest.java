package io.formwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** examples/maven-project holds copies of example templates and filings: they stay equal to the originals. */
class ExampleProjectTest {

	@ParameterizedTest
	@ValueSource(strings = { "src/main/formwork/gov-info-disclosure-catalog.form",
			"src/main/formwork/gov-info-disclosure-2019.form", "src/main/formwork/gov-info-disclosure-2021.form",
			"src/main/filings/example-city-2021.json", "src/main/filings/example-city-2021.csv",
			"src/main/filings/example-city-2021.filing" })
	void theExampleProjectsCopyEqualsTheOriginal(String copy) {
		Path original = copy.contains("filings") ? Fixtures.gid("filings").resolve(Path.of(copy).getFileName())
				: Fixtures.gid(Path.of(copy).getFileName().toString());
		assertThat(Fixtures.examples().resolve("maven-project").resolve(copy)).hasSameBinaryContentAs(original);
	}
}
