package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** formwork generate: Java, schemas and documentation from templates; located errors from broken ones. */
class GenerateCommandTest {

	static final Path EXAMPLES = Path.of("../../examples/gov-info-disclosure").toAbsolutePath().normalize();

	@Test
	void aTemplateGivesItsClassesSchemaAndDocumentation(@TempDir Path out) {
		CliRun run = CliRun.of("generate", "--out", out.toString(), "--package", "org.example",
				EXAMPLES.resolve("gov-info-disclosure-2021.form").toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(out.resolve("java/org/example/Gid2021Filing.java")).content().contains("package org.example;");
		assertThat(out.resolve("java/org/example/Gid2021Validator.java")).exists();
		assertThat(out.resolve("schema/gid_2021.schema.json")).exists();
		assertThat(out.resolve("html/gid_2021.html")).content().contains("<html lang=\"zh\">");
		assertThat(run.out()).endsWith("1 个模板，4 个文件 | 1 template(s), 4 file(s)\n");
	}

	@Test
	void aFolderGivesEveryTemplateInIt(@TempDir Path out) {
		CliRun run = CliRun.of("generate", "--out", out.toString(), EXAMPLES.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(out.resolve("java/formwork/generated/Gid2008Validator.java")).exists();
		assertThat(out.resolve("java/formwork/generated/Gid2019Validator.java")).exists();
		assertThat(out.resolve("java/formwork/generated/Gid2021ProvinceValidator.java")).exists();
		assertThat(run.out()).contains("4 template(s), 16 file(s)");
	}

	@Test
	void aBrokenTemplateGivesLocatedErrorsAndNoFiles(@TempDir Path out) {
		CliRun run = CliRun.of("generate", "--out", out.toString(),
				Path.of("src/test/resources/broken/units.form").toAbsolutePath().toString());
		assertThat(run.exit()).isEqualTo(Formwork.FINDINGS);
		assertThat(run.err()).contains("units.form:16:10: error [formwork.unitMismatch]");
		assertThat(out.resolve("java")).doesNotExist();
	}

	@Test
	void aMissingInputIsBadUsage(@TempDir Path out) {
		CliRun run = CliRun.of("generate", "--out", out.toString(), out.resolve("nothing.form").toString());
		assertThat(run.exit()).isEqualTo(Formwork.UNUSABLE);
		assertThat(run.err()).contains("nothing.form: no such file or folder");
	}
}
