package io.formwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

	@TempDir
	Path project;

	GenerateMojo mojo(Fixtures.Recording log) {
		GenerateMojo mojo = new GenerateMojo();
		mojo.sourceDirectory = project.resolve("src/main/formwork").toFile();
		mojo.outputDirectory = project.resolve("target/generated-sources/formwork").toFile();
		mojo.resourceDirectory = project.resolve("target/generated-resources/formwork").toFile();
		mojo.packageName = "org.example.reports";
		mojo.project = new MavenProject();
		mojo.setLog(log);
		return mojo;
	}

	@Test
	void templatesBecomeJavaSourcesAndSchemasOfTheBuild() throws Exception {
		Fixtures.copy(project.resolve("src/main/formwork"), Fixtures.gid("gov-info-disclosure-catalog.form"),
				Fixtures.gid("gov-info-disclosure-2019.form"), Fixtures.gid("gov-info-disclosure-2021.form"));
		GenerateMojo mojo = mojo(new Fixtures.Recording());
		mojo.execute();
		Path java = project.resolve("target/generated-sources/formwork/org/example/reports");
		assertThat(java.resolve("Gid2021Filing.java")).content().contains("public final class Gid2021Filing");
		assertThat(java.resolve("Gid2021Validator.java")).content().contains("public final class Gid2021Validator");
		assertThat(project.resolve("target/generated-resources/formwork/gid_2021.schema.json")).exists();
		assertThat(mojo.project.getCompileSourceRoots())
				.contains(project.resolve("target/generated-sources/formwork").toString());
		assertThat(mojo.project.getResources()).extracting(r -> r.getDirectory())
				.contains(project.resolve("target/generated-resources/formwork").toString());
	}

	@Test
	void unchangedTemplatesAreNotGeneratedAgainAndAChangedOneIs() throws Exception {
		Path source = Fixtures.copy(project.resolve("src/main/formwork"), Fixtures.gid("gov-info-disclosure-catalog.form"),
				Fixtures.gid("gov-info-disclosure-2021.form"), Fixtures.gid("gov-info-disclosure-2019.form"),
				Fixtures.gid("gov-info-disclosure-2008.form"));
		mojo(new Fixtures.Recording()).execute();
		Path validator = project.resolve("target/generated-sources/formwork/org/example/reports/Gid2021Validator.java");
		Files.setLastModifiedTime(validator, FileTime.fromMillis(1_000_000));

		Fixtures.Recording second = new Fixtures.Recording();
		mojo(second).execute();
		assertThat(second.lines).anyMatch(l -> l.contains("up to date"));
		assertThat(Files.getLastModifiedTime(validator).toMillis()).isEqualTo(1_000_000);

		Files.writeString(source.resolve("gov-info-disclosure-2021.form"),
				Files.readString(source.resolve("gov-info-disclosure-2021.form")).replace("check R7", "check R7b"));
		Files.delete(source.resolve("gov-info-disclosure-2008.form"));
		Fixtures.Recording third = new Fixtures.Recording();
		mojo(third).execute();
		assertThat(validator).content().contains("\"R7b\"");
		assertThat(project.resolve("target/generated-sources/formwork/org/example/reports/Gid2008Filing.java"))
				.doesNotExist();
		assertThat(project.resolve("target/generated-resources/formwork/gid_2008.schema.json")).doesNotExist();
		assertThat(third.lines).anyMatch(l -> l.contains("Removed") && l.contains("Gid2008Filing.java"));
	}

	@Test
	void aTemplateErrorFailsTheBuildWithItsLocation() throws Exception {
		Path broken = Path.of("../io.formwork.lang.tests/src/test/resources/validation").toAbsolutePath().normalize();
		Fixtures.copy(project.resolve("src/main/formwork"), broken.resolve("catalog.form"),
				broken.resolve("unit-mismatch.form"));
		Fixtures.Recording log = new Fixtures.Recording();
		assertThatThrownBy(() -> mojo(log).execute()).isInstanceOf(MojoFailureException.class)
				.hasMessageContaining("unit-mismatch.form:16:10: error [formwork.unitMismatch]");
		assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR ") && l.contains("unit-mismatch.form:16:10"));
		assertThat(project.resolve("target/generated-sources/formwork/org")).doesNotExist();
	}

	@Test
	void withoutTemplatesThereIsNothingToDo() throws Exception {
		Fixtures.Recording log = new Fixtures.Recording();
		GenerateMojo mojo = mojo(log);
		mojo.execute();
		assertThat(log.lines).anyMatch(l -> l.contains("does not exist"));
		assertThat(mojo.project.getCompileSourceRoots()).isEmpty();
	}
}
