package io.formwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsMojoTest {

	@TempDir
	Path project;

	@Test
	void everyTemplateGetsItsPageAndSchemaAndTheIndexListsThem() throws Exception {
		Fixtures.copy(project.resolve("src/main/formwork"), Fixtures.gid("gov-info-disclosure-catalog.form"),
				Fixtures.gid("gov-info-disclosure-2019.form"), Fixtures.gid("gov-info-disclosure-2021.form"));
		DocsMojo mojo = new DocsMojo();
		mojo.sourceDirectory = project.resolve("src/main/formwork").toFile();
		mojo.outputDirectory = project.resolve("target/site/formwork").toFile();
		mojo.setLog(new Fixtures.Recording());
		mojo.execute();
		Path site = project.resolve("target/site/formwork");
		assertThat(site.resolve("gid_2021.html")).content().contains("<h1>政府信息公开工作年度报告（2021 年格式）",
				"id=\"rule-R1\"", "id=\"table-t3\"");
		assertThat(site.resolve("gid_2019.schema.json")).content().contains("\"$schema\"");
		assertThat(site.resolve("index.html")).content().contains("href=\"gid_2019.html\"", "href=\"gid_2021.html\"",
				"gid_2021.schema.json");
	}
}
