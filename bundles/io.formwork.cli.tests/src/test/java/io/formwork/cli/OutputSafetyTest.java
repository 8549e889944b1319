package io.formwork.cli;

import static io.formwork.cli.Hostile.hashes;
import static io.formwork.cli.Hostile.run;
import static io.formwork.cli.Hostile.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D1, D2, D17 and the output points of issue 16: no command writes over a file it reads, by any spelling or link;
 * two outputs are never one file; generated code stays under --out; a failed write to standard output is exit 2.
 */
class OutputSafetyTest {

	static final Path EXAMPLES = Path.of("../..").toAbsolutePath().normalize().resolve("examples");

	@TempDir
	Path dir;
	Path gid;
	Map<String, String> before;

	@BeforeEach
	void aScratchCopyOfTheExamples() throws IOException {
		gid = dir.resolve("gid");
		Files.createDirectories(gid.resolve("filings"));
		try (Stream<Path> forms = Files.list(EXAMPLES.resolve("gov-info-disclosure"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
				Files.copy(form, gid.resolve(form.getFileName()));
			}
		}
		for (String filing : new String[] { "example-city-2021.json", "example-city-2021-error.json" }) {
			Files.copy(EXAMPLES.resolve("gov-info-disclosure/filings/" + filing), gid.resolve("filings/" + filing));
		}
		before = hashes(gid);
	}

	private String template() {
		return s(gid.resolve("gov-info-disclosure-2021.form"));
	}

	private void inputsUnchanged() {
		assertThat(hashes(gid)).containsAllEntriesOf(before);
	}

	@Test
	void theCatalogATemplateImportsIsNeverAReport() {
		CliRun run = run("validate", "--template", template(), "--output", s(gid.resolve("gov-info-disclosure-catalog.form")),
				s(gid.resolve("filings/example-city-2021.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("gov-info-disclosure-catalog.form: is an input; refusing to overwrite it");
		inputsUnchanged();
	}

	@Test
	void aFilingReachedThroughASymbolicLinkIsNeverAReport() throws IOException {
		Path link = Files.createSymbolicLink(gid.resolve("link.json"), gid.resolve("filings/example-city-2021.json"));
		CliRun run = run("validate", "--template", template(), "--output", s(link), s(gid.resolve("filings/example-city-2021.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("link.json: is an input");
		inputsUnchanged();
	}

	@Test
	void aFilingReachedThroughAHardLinkIsNeverAReport() throws IOException {
		Path hard = Files.createLink(gid.resolve("hard.json"), gid.resolve("filings/example-city-2021-error.json"));
		CliRun run = run("validate", "--template", template(), "--output", s(hard), s(gid.resolve("filings/example-city-2021-error.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("hard.json: is an input");
		inputsUnchanged();
	}

	@Test
	void aFilingReachedThroughALinkedFolderIsNeverAReport() throws IOException {
		Path linked = Files.createSymbolicLink(dir.resolve("linked"), gid.resolve("filings"));
		CliRun run = run("validate", "--template", template(), "--output", s(linked.resolve("example-city-2021.json")),
				s(gid.resolve("filings/example-city-2021.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("is an input");
		inputsUnchanged();
	}

	@Test
	void aFormIsNeverWrittenThroughALinkToItsTemplate() throws IOException {
		Path link = Files.createSymbolicLink(gid.resolve("t.docx"), gid.resolve("gov-info-disclosure-2021.form"));
		CliRun run = run("form", "--template", template(), "--force", "--out", s(link));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("t.docx: is an input");
		inputsUnchanged();
	}

	@Test
	void aFormIsNotWrittenOverAnExistingFileUnlessForced() throws IOException {
		Path form = Files.writeString(dir.resolve("mine.docx"), "my own document");
		CliRun refused = run("form", "--template", template(), "--out", s(form));
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.err()).contains("mine.docx: exists; not overwritten (--force replaces it)");
		assertThat(Files.readString(form)).isEqualTo("my own document");
		CliRun forced = run("form", "--template", template(), "--force", "--out", s(form));
		assertThat(forced.exit()).isZero();
		assertThat(Files.readAllBytes(form)).startsWith('P', 'K');
	}

	@Test
	void aDiffIsNeverWrittenOverTheCatalogBesideTheTemplates() {
		CliRun run = run("diff", "--output", s(gid.resolve("gov-info-disclosure-catalog.form")),
				s(gid.resolve("gov-info-disclosure-2019.form")), template());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("is an input");
		inputsUnchanged();
	}

	@Test
	void aSetsReportsAreNeverWrittenOverItsTemplatesOrTheTemplateTheyRevise() throws IOException {
		Path examples = dir.resolve("examples");
		copyTree(EXAMPLES.resolve("gov-info-disclosure"), examples.resolve("gov-info-disclosure"));
		copyTree(EXAMPLES.resolve("province"), examples.resolve("province"));
		Map<String, String> inputs = hashes(examples);
		for (String[] outputs : new String[][] { { "--html", "gov-info-disclosure/gov-info-disclosure-catalog.form" },
				{ "--output", "gov-info-disclosure/gov-info-disclosure-2021.form" },
				{ "--output", "gov-info-disclosure/gov-info-disclosure-2019.form" } }) {
			CliRun run = run("validate", "--set", s(examples.resolve("province")), outputs[0], s(examples.resolve(outputs[1])));
			assertThat(run.exit()).as(outputs[1]).isEqualTo(2);
			assertThat(run.err()).as(outputs[1]).contains("is an input");
		}
		assertThat(hashes(examples)).isEqualTo(inputs);
	}

	@Test
	void twoOutputsThatAreOneFileAreRefused() throws IOException {
		Path examples = dir.resolve("examples");
		copyTree(EXAMPLES.resolve("gov-info-disclosure"), examples.resolve("gov-info-disclosure"));
		copyTree(EXAMPLES.resolve("province"), examples.resolve("province"));
		CliRun run = run("validate", "--set", s(examples.resolve("province")), "--html", s(dir.resolve("r.html")), "--output",
				s(dir.resolve("./r.html")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("is the same file as another output");
		assertThat(dir.resolve("r.html")).doesNotExist();
	}

	@Test
	void aReportIsWrittenWholeAndNoTemporaryFileIsLeft() throws IOException {
		Path report = Files.writeString(dir.resolve("report.txt"), "an old report\n");
		CliRun run = run("validate", "--lang", "en", "--template", template(), "--output", s(report),
				s(gid.resolve("filings/example-city-2021-error.json")));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(Files.readString(report)).contains("error [R1]").endsWith("not assessable\n");
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
	}

	@Test
	void aReportThatCannotBeWrittenSaysWhy() {
		CliRun run = run("validate", "--template", template(), "--output", s(dir.resolve("no/such/folder/r.txt")),
				s(gid.resolve("filings/example-city-2021.json")));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("r.txt: cannot be written: no such file or folder");
	}

	@Test
	void aPackageThatIsNoJavaPackageNameIsRefusedAndNothingIsWrittenOutsideOut() throws IOException {
		Path out = Files.createDirectories(dir.resolve("a/b/out"));
		for (String bad : new String[] { "..", ".escaped", "a..b", "my package", "org-example", "org.example.", "class" }) {
			CliRun run = run("generate", "--out", s(out), "--package", bad, template());
			assertThat(run.exit()).as(bad).isEqualTo(2);
			assertThat(run.err()).as(bad).contains("is not a valid Java package name");
		}
		try (Stream<Path> files = Files.walk(dir.resolve("a"))) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
		CliRun good = run("generate", "--out", s(out), "--package", "org.example.reports", template());
		assertThat(good.exit()).isZero();
		assertThat(out.resolve("java/org/example/reports")).isDirectory();
	}

	@Test
	void aFailedWriteToStandardOutputIsExitTwoWithAMessage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		OutputStream full = new OutputStream() { // what /dev/full does: every write fails
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		int exit = Doors.main(new String[] { "validate", "--template", template(), s(gid.resolve("filings/example-city-2021.json")) },
				full, err);
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output cannot be written");
	}

	@Test
	void aDevFullIsAFailedWrite() throws IOException {
		Path devFull = Path.of("/dev/full");
		if (!Files.isWritable(devFull)) {
			return; // not Linux: the stream test above stands for it
		}
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (OutputStream full = Files.newOutputStream(devFull)) {
			int exit = Doors.main(new String[] { "validate", "--template", template(), s(gid.resolve("filings/example-city-2021.json")) },
					full, err);
			assertThat(exit).isEqualTo(2);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output cannot be written");
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
