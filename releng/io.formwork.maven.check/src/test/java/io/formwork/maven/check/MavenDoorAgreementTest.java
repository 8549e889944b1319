package io.formwork.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.formwork.pipeline.doors.DoorFindings;
import io.formwork.pipeline.doors.DoorFindings.Detail;

/**
 * The door-agreement test of the Maven plugin: Maven has run the plugin's {@code validate} goal on the
 * door-agreement corpus (the invoker's {@code src/doors/door-agreement}, offline, with the installed plugin), and
 * every finding of its {@code target/formwork/formwork.json} (rule, instance, status, severity, the file, line,
 * column and cell of its place) and every problem is what {@code Pipeline.validateSet} gives on the same folder.
 * Runs in post-integration-test, after the invoker's build.
 */
class MavenDoorAgreementTest {

	@Test
	void theMavenPluginsReportHoldsThePipelinesFindingsOnTheWholeCorpus() throws Exception {
		Path corpus = Path.of(System.getProperty("formwork.doorCorpus", "target/door-corpus"));
		Path build = Path.of(System.getProperty("formwork.doorBuild", "target/it/doors/door-agreement"));
		Path report = build.resolve("target/formwork/formwork.json");
		String log = Files.readString(build.resolve("build.log"), StandardCharsets.UTF_8);
		assertThat(report).as(log).isRegularFile();
		assertThat(log).contains("BUILD SUCCESS").contains("failOnError is false").doesNotContain("\tat ");

		TreeSet<String> reported = DoorFindings.ofJsonReport(corpus, report, Detail.FILE_LINE_COLUMN_CELL);
		TreeSet<String> expected = DoorFindings.ofPipeline(corpus, Detail.FILE_LINE_COLUMN_CELL, false);
		Path out = Files.createDirectories(Path.of("target/door-agreement"));
		Files.write(out.resolve("pipeline.txt"), expected, StandardCharsets.UTF_8);
		Files.write(out.resolve("maven-plugin.txt"), reported, StandardCharsets.UTF_8);

		assertThat(expected).hasSizeGreaterThan(300).anyMatch(l -> l.contains("|R6|")).anyMatch(l -> l.contains("|R1|"))
				.anyMatch(l -> l.contains("|NOT_ASSESSABLE|"));
		assertThat(reported).containsExactlyElementsOf(expected);
	}
}
