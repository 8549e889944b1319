package io.formwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * examples/maven-project and the plugin check's filing-errors project hold copies of example templates and filings
 * (the county's two years from examples/province): they stay equal to the originals.
 */
class ExampleProjectTest {

	@ParameterizedTest
	@ValueSource(strings = { "src/main/formwork/gov-info-disclosure-catalog.form",
			"src/main/formwork/gov-info-disclosure-2019.form", "src/main/formwork/gov-info-disclosure-2021.form",
			"src/main/filings/example-city-2021.json", "src/main/filings/example-city-2021.csv",
			"src/main/filings/example-city-2021.filing", "src/main/formwork/gov-info-disclosure-2021-province.form",
			"src/main/filings/dongzhou-anping-2020.filing", "src/main/filings/dongzhou-anping-2021.filing" })
	void theExampleProjectsCopyEqualsTheOriginal(String copy) {
		String name = Path.of(copy).getFileName().toString();
		Path original = name.startsWith("dongzhou-anping-")
				? Fixtures.examples().resolve("province").resolve(name.substring(16, 20)).resolve("dongzhou-anping.filing")
				: copy.contains("filings") ? Fixtures.gid("filings").resolve(name) : Fixtures.gid(name);
		assertThat(Fixtures.examples().resolve("maven-project").resolve(copy)).hasSameBinaryContentAs(original);
	}

	@ParameterizedTest
	@ValueSource(strings = { "gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form",
			"gov-info-disclosure-2021.form" })
	void thePluginChecksTemplatesEqualTheOriginals(String name) {
		Path check = Fixtures.examples().resolveSibling("releng").resolve(
				"io.formwork.maven.check/src/it/filing-errors/src/main/formwork").resolve(name);
		assertThat(check).hasSameBinaryContentAs(Fixtures.gid(name));
	}
}
