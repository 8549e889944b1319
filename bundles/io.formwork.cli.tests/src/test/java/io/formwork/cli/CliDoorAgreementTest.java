package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.pipeline.doors.DoorCorpus;
import io.formwork.pipeline.doors.DoorFindings;
import io.formwork.pipeline.doors.DoorFindings.Detail;

/**
 * The door-agreement test of the command line, run as users run it: the packaged command ({@code java -jar}, the
 * jar and its {@code lib/}) validates the door-agreement corpus as a set ({@code validate --set}, a manifest listing
 * every filing with its body and year) into a JSON report, and every finding it reports (rule, instance, status,
 * severity, the file, line, column and cell of its place) and every problem is what {@code Pipeline.validateSet} gives
 * on the same files. Runs in integration-test, after package.
 */
class CliDoorAgreementTest {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

	@TempDir
	Path dir;

	@Test
	void thePackagedCommandGivesThePipelinesFindingsOnTheWholeCorpus() throws Exception {
		Path jar = Path.of(System.getProperty("formwork.cli.jar", "../io.formwork.cli/target/io.formwork.cli-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).as("the packaged command (package of io.formwork.cli)").isRegularFile();
		Path corpus = DoorCorpus.write(Path.of(System.getProperty("formwork.examples")),
				Files.createDirectories(dir.resolve("corpus")));
		Path set = Files.createDirectories(dir.resolve("set"));
		List<Path> filings = writeManifest(corpus, set);
		assertThat(filings).hasSizeGreaterThan(300);

		Path report = dir.resolve("report.json");
		Path printed = dir.resolve("printed.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process run = new ProcessBuilder(java, "-jar", jar.toString(), "validate", "--lang", "en", "--format", "json",
				"--output", report.toString(), "--set", set.toString()).redirectErrorStream(true)
				.redirectOutput(printed.toFile()).start();
		assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("the command ends").isTrue();
		String output = Files.readString(printed, StandardCharsets.UTF_8);
		assertThat(run.exitValue()).as(output).isEqualTo(1); // errors found, none unreadable
		assertThat(output).doesNotContain("\tat ");

		TreeSet<String> reported = DoorFindings.ofJsonReport(corpus, report, Detail.FILE_LINE_COLUMN_CELL);
		TreeSet<String> expected = DoorFindings.ofPipeline(corpus, Detail.FILE_LINE_COLUMN_CELL, false);
		Path out = Files.createDirectories(Path.of("target/door-agreement"));
		Files.write(out.resolve("pipeline.txt"), expected, StandardCharsets.UTF_8);
		Files.write(out.resolve("command-line.txt"), reported, StandardCharsets.UTF_8);

		assertThat(expected).anyMatch(l -> l.contains("|R6|") && l.contains("|FAIL|") || l.contains("|R6|") && l.contains("WARNING"))
				.anyMatch(l -> l.contains("|R1|") && l.contains("|FAIL|"))
				.anyMatch(l -> l.contains("|NOT_ASSESSABLE|"));
		assertThat(reported).containsExactlyElementsOf(expected);
	}

	/**
	 * The set's manifest: the corpus's templates, and every filing with its year (the province's folder, else the year
	 * in the file's name) and its body (the province's file name, which its filings of both years share; else the
	 * file itself, so that the mutated copies of one body are not taken for one body's second filing).
	 */
	private static List<Path> writeManifest(Path corpus, Path set) throws IOException {
		List<Path> forms;
		List<Path> filings;
		try (Stream<Path> files = Files.walk(corpus)) {
			List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
			forms = all.stream().filter(f -> f.toString().endsWith(".form")).toList();
			filings = all.stream().filter(f -> !f.toString().endsWith(".form")).toList();
		}
		StringBuilder json = new StringBuilder("{\n  \"name\": \"door-agreement corpus\",\n  \"templates\": [");
		List<String> names = new ArrayList<>();
		for (Path form : forms) {
			names.add("\"" + set.relativize(form).toString().replace('\\', '/') + "\"");
		}
		json.append(String.join(", ", names)).append("],\n  \"filings\": [\n");
		List<String> entries = new ArrayList<>();
		for (Path filing : filings) {
			Path relative = corpus.relativize(filing);
			String body;
			String year;
			if (relative.getNameCount() == 3 && relative.getName(0).toString().equals("province")) {
				year = relative.getName(1).toString();
				String name = relative.getFileName().toString();
				body = name.substring(0, name.lastIndexOf('.'));
			} else {
				Matcher m = YEAR.matcher(relative.getFileName().toString());
				assertThat(m.find()).as("a year in the name of %s", relative).isTrue();
				year = m.group();
				body = relative.toString().replace('\\', '/');
			}
			entries.add("    { \"body\": \"" + body + "\", \"year\": " + year + ", \"file\": \""
					+ set.relativize(filing).toString().replace('\\', '/') + "\" }");
		}
		json.append(String.join(",\n", entries)).append("\n  ]\n}\n");
		Files.writeString(set.resolve("formwork-set.json"), json, StandardCharsets.UTF_8);
		return filings;
	}
}
