package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.pipeline.FilingFormats;

/**
 * validate's FILE arguments read lazily: an @LIST file line by line (blank lines, comments, quoted paths), a folder
 * walked in name order, and a missing file named by its list's line (exit 2), with the example filings.
 */
class FileArgumentsTest {

	static final Path EXAMPLES = ValidateCommandTest.EXAMPLES.resolve(ValidateCommandTest.DIR);
	static final String TEMPLATE = EXAMPLES.resolve("gov-info-disclosure-2021.form").toString();

	@TempDir
	Path dir;

	private Path copy(String example, String as) throws IOException {
		Path target = dir.resolve(as);
		Files.createDirectories(target.getParent());
		return Files.copy(EXAMPLES.resolve("filings/" + example), target);
	}

	private static List<Path> read(FileArguments arguments) {
		List<Path> files = new ArrayList<>();
		arguments.files().forEach(files::add);
		return files;
	}

	@Test
	void aListSkipsBlankLinesAndCommentsAndTakesQuotedPathsWithBlanks() throws IOException {
		Path plain = copy("example-city-2021.json", "a/plain.json");
		Path blanks = copy("example-city-2021-error.json", "b/with blanks #1.json");
		Path single = copy("example-city-2021.json", "c/it's.json");
		Path list = dir.resolve("list.txt");
		Files.writeString(list, String.join("\n",
				"# the filings of the test",
				"",
				"   " + plain + "   # a trailing comment",
				"\"" + blanks + "\"",
				"\t",
				"\"" + single.toString().replace("'", "\\'") + "\" " + plain,
				""), StandardCharsets.UTF_8);

		assertThat(read(new FileArguments(List.of("@" + list), FilingFormats.standard())))
				.containsExactly(plain, blanks, single, plain);
	}

	@Test
	void aLineIsSplitAtBlanksOutsideQuotesAndBackslashesAreKeptOutsideThem() {
		assertThat(FileArguments.tokens("a.json  'b c.json'\"d\\\"e.json\" f#g")).containsExactly("a.json", "b c.jsond\"e.json", "f");
		assertThat(FileArguments.tokens("C:\\filings\\x.json")).containsExactly("C:\\filings\\x.json");
		assertThat(FileArguments.tokens("   # only a comment")).isEmpty();
		assertThat(FileArguments.tokens("\uFEFFfirst.json")).containsExactly("first.json");
	}

	@Test
	void aFolderIsWalkedInNameOrderEachSubfolderWhereItsNameFalls() throws IOException {
		Path b = copy("example-city-2021.json", "set/b.json");
		Path a2 = copy("example-city-2021.json", "set/a/2.json");
		Path a1 = copy("example-city-2021-error.json", "set/a/1.json");
		Path c = copy("example-city-2021.csv", "set/c.csv");
		copy("example-city-2021.json", "set/target/skipped.json");
		copy("example-city-2021.json", "set/.hidden/skipped.json");
		Files.writeString(dir.resolve("set/notes.md"), "not a filing");

		assertThat(read(new FileArguments(List.of(dir.resolve("set").toString()), FilingFormats.standard())))
				.containsExactly(a1, a2, b, c);
	}

	@Test
	void aListAndAFolderGiveTheSameReportAsTheFilesNamedOneByOne() throws IOException {
		Path a = copy("example-city-2021-error.json", "set/1.json");
		Path b = copy("example-city-2021.json", "set/2.json");
		Path list = Files.writeString(dir.resolve("list.txt"), a + "\n" + b + "\n");

		CliRun named = CliRun.of("validate", "--lang", "en", "--template", TEMPLATE, a.toString(), b.toString());
		CliRun listed = CliRun.of("validate", "--lang", "en", "--template", TEMPLATE, "@" + list);
		CliRun walked = CliRun.of("validate", "--lang", "en", "--template", TEMPLATE, dir.resolve("set").toString());

		assertThat(named.exit()).isEqualTo(1);
		assertThat(named.out()).contains("1.json:").contains("2.json");
		assertThat(listed.out()).isEqualTo(named.out());
		assertThat(walked.out()).isEqualTo(named.out());
		assertThat(listed.exit()).isEqualTo(1);
		assertThat(walked.exit()).isEqualTo(1);
	}

	@Test
	void aMissingFileInAListIsExitTwoAtItsLineBeforeAnythingIsReported() throws IOException {
		Path a = copy("example-city-2021-error.json", "1.json");
		Path list = Files.writeString(dir.resolve("list.txt"), "# two filings\n" + a + "\n\n" + dir.resolve("gone.json") + "\n");

		CliRun run = CliRun.of("validate", "--lang", "en", "--template", TEMPLATE, "@" + list);

		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains(list + ":4: " + dir.resolve("gone.json") + ": no such file | 文件不存在");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void aMissingListIsExitTwo() {
		CliRun run = CliRun.of("validate", "--template", TEMPLATE, "@" + dir.resolve("no-list.txt"));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("@" + dir.resolve("no-list.txt") + ": no such file");
	}

	@Test
	void theReportIsNotWrittenOverAFilingNamedInAList() throws IOException {
		Path a = copy("example-city-2021.json", "1.json");
		Path list = Files.writeString(dir.resolve("list.txt"), a + "\n");
		CliRun run = CliRun.of("validate", "--template", TEMPLATE, "--output", dir.resolve("./1.json").toString(), "@" + list);
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("is an input; refusing to overwrite it (" + list + ":1: " + a + ")");
		assertThat(Files.readString(a)).isEqualTo(Files.readString(EXAMPLES.resolve("filings/example-city-2021.json")));
	}

	@Test
	void otherCommandsStillExpandArgumentFilesAsPicocliDoes() throws IOException {
		Path args = Files.writeString(dir.resolve("args.txt"), "\"" + TEMPLATE + "\"\n");
		CliRun run = CliRun.of("check", "@" + args);
		assertThat(run.exit()).as(run.err()).isEqualTo(0);
	}
}
