package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D3 and D4 of issue 16, with real processes: the writing commands are killed with SIGKILL at random points
 * while they write over a good output, and two runs write one output at once. The output is always a whole file
 * (the old one or a new one, never a mix or a cut), and the next run succeeds. Bounded: about a minute.
 */
class FaultSoakTest {

	static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(80);

	@TempDir
	Path dir;

	@Test
	void killedWritersLeaveWholeOutputsAndTheNextRunSucceeds() throws Exception {
		long end = System.nanoTime() + BUDGET_NANOS;
		Path mini = Hostile.copy("mini", dir);
		Path big = bigFiling(mini.resolve("big.json"), 150_000);
		Path report = dir.resolve("report.txt");
		assertThat(process("validate", "--lang", "en", "--template", mini.resolve("tpl.form").toString(), "--output",
				report.toString(), mini.resolve("f.json").toString()).waitFor()).isEqualTo(1);
		String good = Files.readString(report);
		assertThat(good).endsWith("not assessable\n");
		Random random = new Random(16);
		int kills = 0;
		while (kills < 6 && System.nanoTime() < end) {
			Process run = process("validate", "--lang", "en", "--template", mini.resolve("tpl.form").toString(), "--output",
					report.toString(), big.toString());
			Thread.sleep(300 + random.nextInt(2500));
			run.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no finally
			kills++;
			String now = Files.readString(report);
			assertThat(now.equals(good) || now.endsWith("not assessable\n") && now.contains("big.json")).as("after kill %d", kills)
					.isTrue();
		}
		Process last = process("validate", "--lang", "en", "--template", mini.resolve("tpl.form").toString(), "--output",
				report.toString(), big.toString());
		assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(last.exitValue()).isEqualTo(1);
		assertThat(Files.readString(report)).contains("big.json").endsWith("not assessable\n");

		Path form = dir.resolve("form.xlsx");
		Path template = mini.resolve("tpl.form");
		assertThat(process("form", "--template", template.toString(), "--out", form.toString()).waitFor()).isZero();
		for (int i = 0; i < 3 && System.nanoTime() < end; i++) {
			Process run = process("form", "--force", "--template", template.toString(), "--out", form.toString());
			Thread.sleep(500 + random.nextInt(2000));
			run.destroyForcibly().waitFor();
			try (ZipFile whole = new ZipFile(form.toFile())) {
				assertThat(whole.getEntry("[Content_Types].xml")).isNotNull();
			}
		}
		assertThat(leftovers(dir)).allMatch(name -> name.startsWith(".") && name.endsWith(".part"));
	}

	@Test
	void twoRunsWritingOneOutputLeaveOneWholeReport() throws Exception {
		Path mini = Hostile.copy("mini", dir);
		Path a = bigFiling(mini.resolve("a.json"), 40_000);
		Path b = bigFiling(mini.resolve("b.json"), 40_000);
		Path report = dir.resolve("same.txt");
		for (int round = 0; round < 2; round++) {
			Process first = process("validate", "--lang", "en", "--template", mini.resolve("tpl.form").toString(), "--output",
					report.toString(), a.toString());
			Process second = process("validate", "--lang", "en", "--template", mini.resolve("tpl.form").toString(), "--output",
					report.toString(), b.toString());
			assertThat(first.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES)).isTrue();
			String text = Files.readString(report);
			boolean fromA = text.contains("a.json");
			boolean fromB = text.contains("b.json");
			assertThat(fromA ^ fromB).as("one run's report, not a mix").isTrue();
			assertThat(text).endsWith("not assessable\n").doesNotContain("\0");
		}
		assertThat(leftovers(dir)).isEmpty();
	}

	@Test
	void runningOutOfMemoryIsExitTwoNamingTheInputWithoutATrace() throws Exception {
		Path mini = Hostile.copy("mini", dir);
		Path csv = mini.resolve("long-line.csv");
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
			out.write("cell,value\nt1[ra; v],");
			String chunk = "1".repeat(1 << 20);
			for (int i = 0; i < 90; i++) {
				out.write(chunk); // one field of 90 MB: within the 100 MB limit of a file, not within -Xmx160m
			}
			out.write("\n");
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx160m", "-cp", System.getProperty("java.class.path"), Formwork.class.getName(), "validate", "--template",
				mini.resolve("tpl.form").toString(), csv.toString()));
		Path output = dir.resolve("oom.txt");
		Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String printed = Files.readString(output);
		assertThat(run.exitValue()).as(printed).isEqualTo(2);
		assertThat(printed).contains("out of memory", "long-line.csv").doesNotContain("\tat ", "OutOfMemoryError");
	}

	/** A filing for the mini template with n facts of cells it lacks: a report of n lines. */
	static Path bigFiling(Path file, int n) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("{\"template\":\"mini_t\",\"year\":2021,\"body\":\"x\",\"facts\":[\n");
			for (int i = 0; i < n; i++) {
				out.write((i == 0 ? "" : ",\n") + "{\"cell\":\"t1[r" + i + ", v]\",\"value\":" + i + "}");
			}
			out.write("\n]}\n");
		}
		return file;
	}

	private Process process(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), Formwork.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
	}

	private static List<String> leftovers(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".part")).toList();
		}
	}
}
