package io.formwork.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of the module and prints the table of BENCHMARKS.md (also written to
 * target/benchmarks.md):
 *
 * <pre>
 * run [--quick] [--only validation,endtoend,trevas,editor,generation,maven,spark] [--spark] [--profile stack|jfr]
 * </pre>
 *
 * {@code spark} (Trevas on Spark in local mode) is not among the default groups: it needs the benchmarks built with
 * the {@code spark} profile and a Java 17 JVM for its forks ({@code formwork.bench.spark.jvm}, which run sets);
 * {@code --spark} adds it to the others, {@code --only spark} runs it alone.
 *
 * {@code --quick} takes short runs (for trying things out; the figures are rough); {@code --profile} adds JMH's
 * stack profiler or JFR to the throughput benchmarks.
 */
public final class Main {

	private static final String[] GROUPS = { "validation", "endtoend", "trevas", "editor", "generation", "maven" };

	/** Groups run only when asked for. */
	private static final String[] OPTIONAL = { "spark" };

	private final boolean quick;
	private final String profile;
	private final Map<String, Double> score = new LinkedHashMap<>();
	private final Map<String, Double> error = new LinkedHashMap<>();
	private final Map<String, Double> allocation = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();

	private Main(boolean quick, String profile) {
		this.quick = quick;
		this.profile = profile;
	}

	public static void main(String[] args) throws Exception {
		boolean quick = false;
		String profile = null;
		boolean spark = false;
		Set<String> only = new LinkedHashSet<>(List.of(GROUPS));
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--quick" -> quick = true;
			case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
			case "--profile" -> profile = args[++i];
			case "--spark" -> spark = true;
			case "--generate" -> { // run --generate N FOLDER: the benchmark set as files
				new FilingGenerator(Benchmarks.SEED).write(Integer.parseInt(args[++i]), Path.of(args[++i]));
				return;
			}
			default -> {
				System.err.println("Usage: run [--quick] [--only " + String.join(",", GROUPS) + ","
						+ String.join(",", OPTIONAL) + "] [--spark] [--profile stack|jfr] | run --generate N FOLDER");
				System.exit(2);
			}
			}
		}
		if (spark) {
			only.add("spark");
		}
		new Main(quick, profile).run(only);
	}

	private void run(Set<String> groups) throws RunnerException, IOException, InterruptedException {
		String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String loadBefore = loadAverage();
		long t0 = System.nanoTime();
		if (groups.contains("validation")) {
			// the generated validator (about 500 methods) takes several seconds of JIT compilation to reach its speed
			throughput(ValidationBenchmark.class, "validation", 6, 1, 4, 1);
		}
		if (groups.contains("endtoend")) {
			throughput(EndToEndBenchmark.class, "endtoend", 3, 1, 4, 1);
		}
		if (groups.contains("trevas")) {
			throughput(TrevasBenchmark.class, "trevas", 1, 3, 3, 3);
		}
		if (groups.contains("spark")) {
			spark();
		}
		if (groups.contains("editor")) {
			editor();
		}
		if (groups.contains("generation")) {
			generation();
		}
		if (groups.contains("maven")) {
			maven();
		}
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
		String report = report(started, loadBefore, loadAverage(), seconds);
		System.out.println();
		System.out.println(report);
		Path out = Path.of("bundles/io.formwork.bench/target");
		if (Files.isDirectory(out)) {
			Files.writeString(out.resolve("benchmarks.md"), report, StandardCharsets.UTF_8);
			System.out.println("(also in " + out.resolve("benchmarks.md") + ")");
		}
	}

	// ------------------------------------------------------------------ running JMH

	private ChainedOptionsBuilder options(Class<?> benchmarks) {
		return new OptionsBuilder().include(benchmarks.getName() + "\\.").forks(1).shouldFailOnError(true)
				.jvmArgsAppend("-Xms3g", "-Xmx3g", "-Dfile.encoding=UTF-8",
						"-Dformwork.examples=" + Subjects.examples().toAbsolutePath());
	}

	/** Filings a second (ops/s, one op = one filing) and bytes a filing, at 1 and 2 threads. */
	private void throughput(Class<?> benchmarks, String group, int warmups, int warmupSeconds, int iterations,
			int seconds) throws RunnerException {
		for (int threads : new int[] { 1, 2 }) {
			ChainedOptionsBuilder options = options(benchmarks).threads(threads).mode(Mode.Throughput)
					.timeUnit(TimeUnit.SECONDS).warmupIterations(quick ? 2 : warmups)
					.warmupTime(TimeValue.seconds(warmupSeconds)).measurementIterations(quick ? 2 : iterations)
					.measurementTime(TimeValue.seconds(seconds)).addProfiler(GCProfiler.class);
			if ("stack".equals(profile)) {
				options.addProfiler("stack", "lines=1;top=30;detailLine=false");
			} else if ("jfr".equals(profile)) {
				options.addProfiler("jfr", "dir=bundles/io.formwork.bench/target/jfr");
			}
			collect(new Runner(options.build()).run(), group + "/" + threads);
		}
	}

	// ------------------------------------------------------------------ Trevas on Spark (profile spark)

	/**
	 * Trevas on Spark local, 1 and 2 cores (JMH's parameter {@code cores}), in forks on a Java 17 JVM with the
	 * module openings Spark needs; briefly (a batch of 1,000 filings is one operation and takes seconds).
	 */
	private void spark() throws RunnerException, IOException {
		String jvm = sparkJvm();
		List<String> jvmArgs;
		try (var in = Main.class.getResourceAsStream("spark-jvm.options")) {
			if (in == null || !hasClass("io.formwork.bench.SparkBenchmark")) {
				notes.add("Spark: not run: the benchmarks were built without the spark profile (`run --spark` builds them with it).");
				return;
			}
			jvmArgs = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+")));
		}
		if (jvm == null) {
			notes.add("Spark: not run: no Java 17 JVM found (set -Dformwork.bench.spark.jvm=/path/to/bin/java).");
			return;
		}
		jvmArgs.addAll(List.of("-Xms3g", "-Xmx3g", "-Dfile.encoding=UTF-8",
				"-Dformwork.examples=" + Subjects.examples().toAbsolutePath()));
		String[] args = jvmArgs.toArray(String[]::new);
		sparkJdk = jvm;
		Collection<RunResult> batches = new Runner(new OptionsBuilder()
				.include("io\\.formwork\\.bench\\.SparkBenchmark\\.(plain|checkDatapoint)(EndToEnd)?$").forks(1)
				.shouldFailOnError(true).jvm(jvm).jvmArgs(args).threads(1).mode(Mode.Throughput)
				.timeUnit(TimeUnit.SECONDS).warmupIterations(1).warmupTime(TimeValue.seconds(2))
				.measurementIterations(quick ? 2 : 3).measurementTime(TimeValue.seconds(2)).build()).run();
		Collection<RunResult> one = new Runner(new OptionsBuilder()
				.include("io\\.formwork\\.bench\\.SparkBenchmark\\..*OneFiling$").forks(1).shouldFailOnError(true)
				.jvm(jvm).jvmArgs(args).threads(1).mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS)
				.warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
				.measurementTime(TimeValue.seconds(1)).build()).run();
		Collection<RunResult> start = new Runner(new OptionsBuilder()
				.include("io\\.formwork\\.bench\\.SparkStartBenchmark\\.").forks(1).shouldFailOnError(true).jvm(jvm)
				.jvmArgs(args).mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS).warmupIterations(0)
				.measurementIterations(1).build()).run();
		for (Collection<RunResult> results : List.of(batches, one, start)) {
			for (RunResult run : results) {
				String name = run.getParams().getBenchmark();
				String cores = run.getParams().getParam("cores");
				String key = "spark/" + name.substring(name.lastIndexOf('.') + 1) + (cores == null ? "" : "/" + cores);
				score.put(key, run.getPrimaryResult().getScore());
				error.put(key, run.getPrimaryResult().getScoreError());
			}
		}
	}

	private String sparkJdk;

	private static boolean hasClass(String name) {
		try {
			Class.forName(name, false, Main.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException e) {
			return false;
		}
	}

	/** The JVM of the Spark forks: formwork.bench.spark.jvm, else a Java 17 under /usr/lib/jvm. */
	private static String sparkJvm() throws IOException {
		String given = System.getProperty("formwork.bench.spark.jvm");
		if (given != null && !given.isBlank()) {
			return given;
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvms)) {
			return null;
		}
		try (var list = Files.list(jvms)) {
			return list.filter(p -> p.getFileName().toString().matches("(java-17|jdk-17|temurin-17|openjdk-17).*"))
					.map(p -> p.resolve("bin/java")).filter(Files::isExecutable).map(Path::toString).sorted()
					.findFirst().orElse(null);
		}
	}

	private void sparkReport(StringBuilder out) {
		if (score.keySet().stream().noneMatch(k -> k.startsWith("spark/"))) {
			return;
		}
		out.append("### Trevas on Spark in local mode, filings a second (one JMH fork each; ± is JMH's 99.9% error)\n\n");
		if (sparkJdk != null) {
			out.append("Forks on ").append(sparkJdk).append("; Trevas 1.11's engine with its Spark module 1.10.0, Spark ")
					.append(sparkVersion()).append(".\n\n");
		}
		out.append("| rules written as | validation, local[1] | validation, local[2] | end to end from JSON, local[1] | end to end, local[2] | a batch of one filing, local[1] / local[2] (ms) |\n");
		out.append("|---|--:|--:|--:|--:|--:|\n");
		for (String[] row : new String[][] { { "plain expressions (`calc`, as in memory)", "plain" },
				{ "datapoint rulesets (`check_datapoint`)", "checkDatapoint" } }) {
			String b = "spark/" + row[1];
			out.append("| ").append(row[0]).append(" | ").append(rate(b + "/1")).append(" | ").append(rate(b + "/2"))
					.append(" | ").append(rate(b + "EndToEnd/1")).append(" | ").append(rate(b + "EndToEnd/2"))
					.append(" | ").append(ms(b + "OneFiling/1")).append(" / ").append(ms(b + "OneFiling/2"))
					.append(" |\n");
		}
		if (score.containsKey("spark/startAndCheckOneFiling")) {
			out.append("\nStarting Spark (local[2]) in a fresh JVM and checking one filing: ")
					.append(ms("spark/startAndCheckOneFiling")).append(" ms.\n");
		}
		out.append('\n');
	}

	private static String sparkVersion() {
		try (var in = Main.class.getResourceAsStream("/spark-version-info.properties")) {
			if (in == null) {
				return "3.5";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "3.5");
		} catch (IOException e) {
			return "3.5";
		}
	}

	private void editor() throws RunnerException {
		ChainedOptionsBuilder options = options(EditorBenchmark.class).threads(1).mode(Mode.AverageTime)
				.timeUnit(TimeUnit.MILLISECONDS).warmupIterations(quick ? 3 : 5).warmupTime(TimeValue.seconds(1))
				.measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1));
		collect(new Runner(options.build()).run(), "editor");
	}

	private void generation() throws RunnerException {
		// cold: what a build pays, in a fresh JVM each time
		collect(new Runner(options(GenerationBenchmark.class).forks(1).mode(Mode.SingleShotTime)
				.timeUnit(TimeUnit.MILLISECONDS).warmupIterations(0).measurementIterations(1).build()).run(),
				"generation/cold");
		collect(new Runner(options(GenerationBenchmark.class).mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS)
				.warmupIterations(quick ? 1 : 2).warmupTime(TimeValue.seconds(2)).measurementIterations(quick ? 2 : 3)
				.measurementTime(TimeValue.seconds(2)).build()).run(), "generation/warm");
	}

	private void collect(Collection<RunResult> results, String group) {
		for (RunResult run : results) {
			String name = run.getParams().getBenchmark();
			String key = group + "/" + name.substring(name.lastIndexOf('.') + 1);
			Result<?> primary = run.getPrimaryResult();
			score.put(key, primary.getScore());
			error.put(key, primary.getScoreError());
			Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
			if (alloc != null) {
				allocation.put(key, alloc.getScore());
			}
		}
	}

	// ------------------------------------------------------------------ the Maven plugin, as a build runs it

	/**
	 * {@code mvn -o -q generate-sources} on a project of 20 templates, with this build's formwork-maven-plugin:
	 * installed first (not timed) into a local repository of the bench module's own,
	 * {@code bundles/io.formwork.bench/target/m2}, chained to the user's ({@code maven.repo.local.tail}, Maven
	 * 3.9), so that the user's repository is left alone; wall-clock, Maven's start included, from a clean target.
	 */
	private void maven() throws IOException, InterruptedException {
		Path mvnw = Path.of("mvnw").toAbsolutePath();
		Path userRepo = Path.of(System.getProperty("user.home"), ".m2/repository");
		Path repo = Path.of("bundles/io.formwork.bench/target/m2").toAbsolutePath();
		if (!Files.isExecutable(mvnw)) {
			notes.add("Maven plugin run skipped: ./mvnw not found (run from the repository's root).");
			return;
		}
		List<String> repoFlags = List.of("-Dmaven.repo.local=" + repo, "-Dmaven.repo.local.tail=" + userRepo);
		Path installedPlugin = repo.resolve("io/formwork/formwork-maven-plugin/0.1.0-SNAPSHOT/formwork-maven-plugin-0.1.0-SNAPSHOT.jar");
		Path benchJar = Path.of("bundles/io.formwork.bench/target/io.formwork.bench-0.1.0-SNAPSHOT.jar");
		if (Files.isRegularFile(installedPlugin) && Files.isRegularFile(benchJar)
				&& Files.getLastModifiedTime(installedPlugin).compareTo(Files.getLastModifiedTime(benchJar)) > 0) {
			// installed after the benchmarks were last built (run rebuilds them when a source changes): still current
			notes.add("Maven plugin: the one installed in " + Path.of("").toAbsolutePath().relativize(repo)
					+ " by an earlier run is newer than the benchmarks' build, so it was used as it is.");
		} else if (!install(mvnw, repo, userRepo, repoFlags)) {
			return;
		}
		mavenRuns(mvnw, repoFlags);
	}

	/** Installs the plugin with the modules it needs into the bench module's repository; false (noted) on failure. */
	private boolean install(Path mvnw, Path repo, Path userRepo, List<String> repoFlags)
			throws IOException, InterruptedException {
		long installStart = System.nanoTime();
		// not -Dexec.skip=true: the commit-time profile's exec writes target/commit-time.properties, which the build
		// then reads (a module never built before fails without it)
		List<String> install = new ArrayList<>(List.of(mvnw.toString(), "-o", "-q", "-B", "install", "-DskipTests",
				"-Djacoco.skip=true", "-pl", "bundles/io.formwork.maven.plugin", "-am"));
		install.addAll(repoFlags);
		Path installLog = Files.createTempFile("formwork-maven-install", ".log");
		int installed = new ProcessBuilder(install).redirectErrorStream(true).redirectOutput(installLog.toFile()).start()
				.waitFor();
		if (installed != 0) {
			String why = Files.readAllLines(installLog).stream().filter(l -> l.startsWith("[ERROR]")).limit(3)
					.map(l -> l.substring(7).trim()).reduce((a, b) -> a + " " + b).orElse("");
			notes.add("Maven plugin run skipped: installing it into " + repo + " failed (exit " + installed + "): " + why);
			return false;
		}
		Files.deleteIfExists(installLog);
		notes.add(String.format(Locale.ROOT, "Maven plugin: installed with its modules into %s (chained to %s) in %.0f s, not timed.",
				Path.of("").toAbsolutePath().relativize(repo), userRepo,
				(System.nanoTime() - installStart) / 1e9));
		return true;
	}

	/** Two runs (one with --quick) of generate-sources on the 20 templates, from a clean target each. */
	private void mavenRuns(Path mvnw, List<String> repoFlags) throws IOException, InterruptedException {
		Path project = Files.createTempDirectory("formwork-maven-bench");
		try {
			SyntheticTemplates.copies(Subjects.examples(), GenerationBenchmark.TEMPLATES, project.resolve("src/main/formwork"));
			Files.writeString(project.resolve("pom.xml"), """
					<project xmlns="http://maven.apache.org/POM/4.0.0">
					  <modelVersion>4.0.0</modelVersion>
					  <groupId>org.example</groupId>
					  <artifactId>twenty-templates</artifactId>
					  <version>1</version>
					  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
					  <build>
					    <plugins>
					      <plugin>
					        <groupId>io.formwork</groupId>
					        <artifactId>formwork-maven-plugin</artifactId>
					        <version>0.1.0-SNAPSHOT</version>
					        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
					      </plugin>
					    </plugins>
					  </build>
					</project>
					""", StandardCharsets.UTF_8);
			int runs = quick ? 1 : 2;
			double best = Double.MAX_VALUE;
			double sum = 0;
			for (int run = 0; run < runs; run++) {
				Benchmarks.delete(project.resolve("target"));
				long start = System.nanoTime();
				Path log = project.resolve("maven.log");
				List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-o", "-q", "-B", "-f",
						project.resolve("pom.xml").toString(), "generate-sources"));
				command.addAll(repoFlags);
				Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
				int exit = process.waitFor();
				double ms = (System.nanoTime() - start) / 1e6;
				if (exit != 0) {
					String why = Files.readAllLines(log).stream().filter(l -> l.startsWith("[ERROR]")).limit(3)
							.map(l -> l.substring(7).trim()).reduce((a, b) -> a + " " + b).orElse("");
					notes.add("Maven plugin run failed (exit " + exit + "), not measured: " + why);
					return;
				}
				best = Math.min(best, ms);
				sum += ms;
			}
			long generated;
			try (var files = Files.walk(project.resolve("target/generated-sources/formwork"))) {
				generated = files.filter(p -> p.toString().endsWith(".java")).count();
			}
			score.put("maven/generate", sum / runs);
			score.put("maven/best", best);
			notes.add("Maven plugin: " + runs + " run(s) of `mvn -o -q generate-sources`, " + generated
					+ " Java files generated each time.");
		} finally {
			Benchmarks.delete(project);
		}
	}

	// ------------------------------------------------------------------ the report

	private String report(String started, String loadBefore, String loadAfter, long seconds) throws IOException {
		StringBuilder out = new StringBuilder();
		out.append("## Formwork benchmarks").append(quick ? " (--quick: rough figures)" : "").append("\n\n");
		out.append("- date: ").append(started).append('\n');
		out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors, ")
				.append(cpuModel()).append(", ")
				.append(Math.round(((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
						.getTotalMemorySize() / (1024.0 * 1024 * 1024)))
				.append(" GiB; ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
				.append('\n');
		out.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
				.append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
				.append("); benchmark JVMs with -Xms3g -Xmx3g\n");
		out.append("- load average (1, 5, 15 min): ").append(loadBefore).append(" at the start, ").append(loadAfter)
				.append(" at the end; the run took ").append(seconds / 60).append(" min ").append(seconds % 60)
				.append(" s\n");
		out.append("- set: ").append(Benchmarks.FILINGS).append(" generated filings of the 2021 format (seed ")
				.append(Benchmarks.SEED).append(", ").append(Math.round(FilingGenerator.ERRORS * 100))
				.append("% with errors, ").append(Math.round(FilingGenerator.BLANKS * 100))
				.append("% with blanks), rules R1–R5: ").append(HandWritten.INSTANCES)
				.append(" rule instances a filing\n\n");

		if (score.keySet().stream().anyMatch(k -> k.startsWith("validation") || k.startsWith("endtoend") || k.startsWith("trevas"))) {
			out.append("### Filings a second (one JMH fork; ± is JMH's 99.9% error) and bytes allocated a filing\n\n");
			out.append("| validator | validation, 1 thread | validation, 2 threads | end to end from JSON, 1 thread | end to end, 2 threads | B/filing, validation | B/filing, end to end | hand-written ÷ this (validation, 1 thread) |\n");
			out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
			row(out, "hand-written, `int` arrays (the limit)", "validation", "handWritten", "endtoend", "handWritten");
			row(out, "generated validator, statuses (`check`)", "validation", "generated", "endtoend", "generated");
			row(out, "generated validator, findings (`validate`)", "validation", "generatedFindings", "endtoend",
					"generatedFindings");
			row(out, "generated validator, statuses, JSON read straight into the typed filing (`readInto`)", "validation",
					"generated", "endtoend", "generatedReadInto");
			row(out, "generated validator, findings, JSON read straight into the typed filing (`readInto`)", "validation",
					"generatedFindings", "endtoend", "generatedFindingsReadInto");
			// bound beforehand as the generated validator's typed filings are; end to end: JSON read into a typed filing
			// of the engine's layout
			row(out, "engine (interpreter), statuses (`check`, bound beforehand; end to end with `readInto`)", "validation",
					"engineCheck", "endtoend", "engineReadInto");
			row(out, "engine (interpreter), statuses (bind + `check`)", "validation", "engineBindAndCheck", "endtoend",
					"engineCheck");
			row(out, "engine (interpreter), findings (`validate`)", "validation", "engine", "endtoend", "engine");
			row(out, "engine (interpreter), findings of what does not pass (`validateNonPassing`; end to end with `readInto`: the pipeline's fast path)",
					"validation", "engineNonPassing", "endtoend", "engineNonPassingReadInto");
			row(out, "Trevas 1.11 in memory (VTL), statuses", "trevas", "trevas", "trevas", "trevasEndToEnd");
			out.append('\n');
			nonPassingRatio(out);
		}
		sparkReport(out);
		if (score.keySet().stream().anyMatch(k -> k.startsWith("editor"))) {
			out.append("### Editor latency, synthetic template of ").append(EditorBenchmark.INDICATORS)
					.append(" indicators (warm, ms per operation)\n\n| operation | ms |\n|---|--:|\n");
			out.append("| reparse the whole text + validate | ").append(ms("editor/reparseAndValidate")).append(" |\n");
			out.append("| one character typed in a rule: partial reparse + validate (`NORMAL_AND_FAST`), as the editor does | ")
					.append(ms("editor/typeOneCharacter")).append(" |\n");
			out.append("| the same keystroke with the whole text reparsed (the editor before) | ")
					.append(ms("editor/typeOneCharacterFullReparse")).append(" |\n");
			out.append("| keystroke to markers, as the editor's reconcile: partial reparse, checks following the change, highlighting, markers | ")
					.append(ms("editor/keystrokeToMarkers")).append(" |\n");
			out.append("| the same with the checks over the whole model (`-Dformwork.checkWhole=true`) | ")
					.append(ms("editor/keystrokeToMarkersCheckedWhole")).append(" |\n");
			out.append("| content assist at a rule position | ").append(ms("editor/contentAssist")).append(" |\n");
			out.append("| for comparison: reparse + validate the real 2021 template | ")
					.append(ms("editor/reparseAndValidate2021")).append(" |\n\n");
		}
		if (score.keySet().stream().anyMatch(k -> k.startsWith("generation") || k.startsWith("maven"))) {
			out.append("### Code generation, ").append(GenerationBenchmark.TEMPLATES)
					.append(" templates the size of the 2021 one (ms)\n\n| how | ms |\n|---|--:|\n");
			if (score.containsKey("generation/cold/generate")) {
				out.append("| generator as the plugin calls it, first run in a fresh JVM | ").append(ms("generation/cold/generate"))
						.append(" |\n");
				out.append("| the same, warm | ").append(ms("generation/warm/generate")).append(" |\n");
			}
			if (score.containsKey("maven/generate")) {
				out.append(String.format(Locale.ROOT, "| `mvn -o -q generate-sources` with formwork-maven-plugin (Maven's start included), mean (best) | %,.0f (%,.0f) |\n",
						score.get("maven/generate"), score.get("maven/best")));
			}
			out.append('\n');
		}
		targets(out);
		for (String note : notes) {
			out.append("- ").append(note).append('\n');
		}
		return out.toString();
	}

	/**
	 * Issue 14's target: full findings for the instances that do not pass at ≥ 50% of {@code check}'s throughput,
	 * on the filings bound beforehand (validation) and end to end from JSON (the fast path against readInto + check).
	 */
	private void nonPassingRatio(StringBuilder out) {
		String[][] pairs = { { "validation", "engineNonPassing", "engineBindAndCheck", "filings in memory: validateNonPassing ÷ bind + check" },
				{ "endtoend", "engineNonPassingReadInto", "engineReadInto", "end to end from JSON: readInto + validateNonPassing ÷ readInto + check" } };
		for (String[] pair : pairs) {
			for (int threads : new int[] { 1, 2 }) {
				Double findings = score.get(pair[0] + "/" + threads + "/" + pair[1]);
				Double check = score.get(pair[0] + "/" + threads + "/" + pair[2]);
				if (findings != null && check != null) {
					out.append(String.format(Locale.ROOT, "- findings of what does not pass ÷ `check`, %s, %d thread(s): %,.0f ÷ %,.0f = **%.0f%%** (target ≥ 50%%)%n",
							pair[3], threads, findings, check, 100 * findings / check));
				}
			}
		}
		out.append('\n');
	}

	private void row(StringBuilder out, String label, String validation, String vName, String e2e, String eName) {
		String v1 = validation + "/1/" + vName;
		String v2 = validation + "/2/" + vName;
		String e1 = e2e + "/1/" + eName;
		String e2 = e2e + "/2/" + eName;
		out.append("| ").append(label).append(" | ").append(rate(v1)).append(" | ").append(rate(v2)).append(" | ")
				.append(rate(e1)).append(" | ").append(rate(e2)).append(" | ").append(bytes(v1)).append(" | ")
				.append(bytes(e1)).append(" | ");
		Double hand = score.get("validation/1/handWritten");
		Double mine = score.get(v1);
		out.append(hand == null || mine == null ? "" : String.format(Locale.ROOT, "%,.1f×", hand / mine)).append(" |\n");
	}

	private String rate(String key) {
		Double s = score.get(key);
		if (s == null) {
			return "";
		}
		Double e = error.get(key);
		return e == null || e.isNaN() ? String.format(Locale.ROOT, "%,.0f", s)
				: String.format(Locale.ROOT, "%,.0f ± %,.0f", s, e);
	}

	private String bytes(String key) {
		Double b = allocation.get(key);
		return b == null ? "" : String.format(Locale.ROOT, "%,.0f", b);
	}

	private String ms(String key) {
		Double s = score.get(key);
		if (s == null) {
			return "";
		}
		Double e = error.get(key);
		return e == null || e.isNaN() ? String.format(Locale.ROOT, "%,.1f", s)
				: String.format(Locale.ROOT, "%,.1f ± %,.1f", s, e);
	}

	private void targets(StringBuilder out) {
		List<String[]> rows = new ArrayList<>();
		Double hand = score.get("validation/1/handWritten");
		Double generated = score.get("validation/1/generated");
		Double engine = score.get("validation/1/engineCheck");
		Double engineFindings = score.get("validation/1/engine");
		Double trevas = score.get("trevas/1/trevas");
		if (hand != null && generated != null) {
			rows.add(target("generated validator within 2× of hand-written", hand / generated, "×", hand / generated <= 2));
		}
		if (hand != null && engine != null) {
			rows.add(target("engine within 10× of hand-written (statuses, `check` on bound filings)", hand / engine, "×",
					hand / engine <= 10));
		}
		if (hand != null && engineFindings != null) {
			rows.add(target("engine within 10× of hand-written (full findings, `validate`)", hand / engineFindings, "×",
					hand / engineFindings <= 10));
		}
		if (generated != null && trevas != null) {
			rows.add(target("generated validator ≥ 1,000× Trevas in memory", generated / trevas, "×",
					generated / trevas >= 1000));
		}
		Double e2e = score.get("endtoend/2/generated");
		if (e2e != null) {
			rows.add(target("end to end from JSON, 2 threads, generated validator ≥ 100,000/s", e2e, "/s", e2e >= 100_000));
		}
		Double e2eInto = score.get("endtoend/2/generatedReadInto");
		if (e2eInto != null) {
			rows.add(target("end to end from JSON, 2 threads, generated validator reading with `readInto` ≥ 100,000/s", e2eInto,
					"/s", e2eInto >= 100_000));
		}
		Double e2eEngine = score.get("endtoend/2/engineCheck");
		if (e2eEngine != null) {
			rows.add(target("end to end from JSON, 2 threads, engine (`check`) ≥ 100,000/s", e2eEngine, "/s", e2eEngine >= 100_000));
		}
		Double e2eEngineInto = score.get("endtoend/2/engineReadInto");
		if (e2eEngineInto != null) {
			rows.add(target("end to end from JSON, 2 threads, engine (`check`) reading with `readInto` ≥ 100,000/s",
					e2eEngineInto, "/s", e2eEngineInto >= 100_000));
		}
		Double reparse = score.get("editor/reparseAndValidate");
		if (reparse != null) {
			rows.add(target("template reparse + validate < 100 ms", reparse, " ms", reparse < 100));
		}
		Double typing = score.get("editor/typeOneCharacter");
		if (typing != null) {
			rows.add(target("one keystroke in the editor (partial reparse + validate) < 100 ms", typing, " ms", typing < 100));
		}
		Double keystroke = score.get("editor/keystrokeToMarkers");
		if (keystroke != null) {
			rows.add(target("keystroke to markers (the reconcile: reparse, link, checks, markers) < 100 ms", keystroke, " ms",
					keystroke < 100));
		}
		Double assist = score.get("editor/contentAssist");
		if (assist != null) {
			rows.add(target("content assist < 30 ms", assist, " ms", assist < 30));
		}
		if (rows.isEmpty()) {
			return;
		}
		out.append("### Targets (issue 8)\n\n| target | measured | met |\n|---|--:|---|\n");
		for (String[] r : rows) {
			out.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
		}
		out.append('\n');
	}

	private static String[] target(String what, double value, String unit, boolean met) {
		String shown = value >= 100 ? String.format(Locale.ROOT, "%,.0f%s", value, unit)
				: String.format(Locale.ROOT, "%,.1f%s", value, unit);
		return new String[] { what, shown, met ? "yes" : "no" };
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		} catch (IOException | RuntimeException e) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
					.map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
		} catch (IOException e) {
			return "unknown CPU";
		}
	}
}
