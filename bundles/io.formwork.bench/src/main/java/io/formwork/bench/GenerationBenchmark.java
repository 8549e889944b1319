package io.formwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.formwork.lang.generator.Codegen;
import io.formwork.lang.generator.TemplateArtifacts;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;

/**
 * Code generation over 20 templates the size of the 2021 one (revisions of the 2019 template, as the 2021 one is,
 * with the catalog they import and the 2019 template, generated too), as the Maven
 * plugin's {@code generate} goal does it: load and validate every .form file under the source folder, generate
 * the typed filing class, the validator and the JSON Schema of each template, write them. Run once in a fresh
 * JVM (what a build pays: {@code SingleShotTime}, no warm-up) and warm.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class GenerationBenchmark {

	public static final int TEMPLATES = 20;

	Path folder;
	Path source;
	Path output;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		folder = Files.createTempDirectory("formwork-generation");
		source = folder.resolve("src/main/formwork");
		output = folder.resolve("target");
		SyntheticTemplates.copies(Subjects.examples(), TEMPLATES, source);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		Benchmarks.delete(folder);
	}

	@Benchmark
	public List<Path> generate() throws IOException {
		Codegen.Result result = Codegen.generate(List.of(source), "org.example.reports");
		if (!result.ok() || result.templates().size() != TEMPLATES + 1) {
			throw new IllegalStateException("generation failed: " + result.errors());
		}
		List<Artifact> artifacts = result.artifacts().stream().filter(a -> a.kind() != TemplateArtifacts.Kind.HTML)
				.toList();
		// always written (a fresh folder each time): the plugin skips unchanged inputs, which is not measured here
		Path run = Files.createTempDirectory(output.getParent(), "run");
		try {
			return Codegen.write(artifacts, run.resolve("generated-sources"), run.resolve("generated-resources"), null);
		} finally {
			Benchmarks.delete(run);
		}
	}
}
