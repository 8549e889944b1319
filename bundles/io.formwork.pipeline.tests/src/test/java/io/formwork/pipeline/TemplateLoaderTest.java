package io.formwork.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.lang.load.TemplateLoader;

/** The one loader of .form files on what a careless or hostile user leaves beside a template. */
class TemplateLoaderTest {

	static final Path MINI = Path.of("src/test/resources/mini").toAbsolutePath();

	static Path copyOfMini(Path dir) throws IOException {
		for (String name : List.of("tpl.form", "cat.form", "f.json")) {
			Files.copy(MINI.resolve(name), dir.resolve(name));
		}
		return dir.resolve("tpl.form");
	}

	@Test
	void aTemplateWithItsCatalogBesideItLoadsWithoutProblems(@TempDir Path dir) throws IOException {
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(copyOfMini(dir), TemplateLoader.newSet());
		assertThat(loaded.errors()).isEmpty();
		assertThat(loaded.templates()).extracting(t -> t.getName()).containsExactly("mini_t");
	}

	@Test
	void anEmptySiblingFormFileIsALocatedErrorOfTheLoadNeverAnException(@TempDir Path dir) throws Exception {
		// issue 16 (D5): what check reports of a file beside the template, every door reports, before any filing is read
		Path template = copyOfMini(dir);
		Files.writeString(dir.resolve("empty.form"), "");
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(template, TemplateLoader.newSet());
		assertThat(loaded.ok()).isFalse();
		assertThat(loaded.errorText()).startsWith(dir.resolve("empty.form") + ":1:1: error [");
		assertThat(loaded.templates()).extracting(t -> t.getName()).containsExactly("mini_t");
	}

	@Test
	void aBrokenSiblingIsALocatedErrorOfTheLoad(@TempDir Path dir) throws IOException {
		Path template = copyOfMini(dir);
		Files.writeString(dir.resolve("broken.form"), "template broken \"坏\" en \"Broken\" year {{{");
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(template, TemplateLoader.newSet());
		assertThat(loaded.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(dir.resolve("broken.form")));
		assertThat(loaded.errorText()).contains("broken.form:1:");
	}

	@Test
	void checkingABrokenFileGivesLocatedErrors(@TempDir Path dir) throws IOException {
		copyOfMini(dir);
		Path broken = dir.resolve("broken.form");
		Files.writeString(broken, "import mini.*\n\ntemplate broken \"坏\" en \"Broken\" year {{{\n");
		TemplateLoader.Loaded loaded = TemplateLoader.load(List.of(broken));
		assertThat(loaded.errors()).isNotEmpty().allSatisfy(p -> {
			assertThat(p.file()).isEqualTo(broken.toAbsolutePath().normalize());
			assertThat(p.line()).isPositive();
		});
		assertThat(loaded.errors().get(0).toString()).matches(".*broken\\.form:\\d+:\\d+: error \\[.*\\] .*");
	}

	@Test
	void aFolderNamedLikeAFormFileIsSkipped(@TempDir Path dir) throws IOException {
		Path template = copyOfMini(dir);
		Files.createDirectory(dir.resolve("x.form"));
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(template, TemplateLoader.newSet());
		assertThat(loaded.ok()).as(loaded.errorText()).isTrue();
		assertThat(loaded.templates()).hasSize(1);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aFifoNamedLikeAFormFileIsReportedAndNeverOpened(@TempDir Path dir) throws Exception {
		Path template = copyOfMini(dir);
		Path fifo = dir.resolve("y.form");
		assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(template, TemplateLoader.newSet());
		assertThat(loaded.ok()).as(loaded.errorText()).isTrue();
		assertThat(loaded.problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo(fifo.toAbsolutePath().normalize());
			assertThat(p.code()).isEqualTo(TemplateLoader.UNREADABLE);
			assertThat(p.message()).contains("not a regular file");
		});
	}

	@Test
	void aNamedFifoIsAnErrorNotAHang(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("z.form");
		assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		TemplateLoader.Loaded loaded = TemplateLoader.load(List.of(fifo));
		assertThat(loaded.errors()).extracting(TemplateLoader.Problem::code).containsExactly(TemplateLoader.UNREADABLE);
	}

	@Test
	void aCatalogIsNotATemplate(@TempDir Path dir) throws IOException {
		copyOfMini(dir);
		TemplateLoader.Loaded loaded = TemplateLoader.loadTemplate(dir.resolve("cat.form"), TemplateLoader.newSet());
		assertThat(loaded.errors()).extracting(TemplateLoader.Problem::code).containsExactly(TemplateLoader.NOT_A_TEMPLATE);
	}
}
