package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import io.formwork.pipeline.doors.DoorCorpus;
import io.formwork.pipeline.doors.DoorFindings;
import io.formwork.pipeline.doors.DoorFindings.Detail;

/**
 * The door-agreement test of the language server, as an editor runs it: the runnable jar started as a process
 * ({@code java -jar}) and a client on its standard input and output, over the door-agreement corpus
 * ({@link DoorCorpus}: every example textual, JSON and CSV filing, the province's two years of filings, 300 mutated
 * filings, published pages in HTML and Word) as its workspace. The diagnostics published for each filing (the
 * {@code .filing} files as the workspace is built, the other formats when the client opens them) are exactly the
 * findings the pipeline gives on the same set ({@code Pipeline.validateSet}, what the Maven plugin and the Eclipse
 * builder run): rule, instance, status, severity
 * and location, and the problems by code and location. Both sides are written in the canonical sorted form of
 * {@link DoorFindings} to {@code target/door-agreement/}. Runs in integration-test, after the server module has made
 * the jar.
 */
class DoorAgreementTest {

	@TempDir
	Path dir;

	@Test
	void theLanguageServersProcessGivesThePipelinesFindingsOnTheWholeCorpus() throws Exception {
		Path jar = Fixtures.serverJar();
		assertThat(jar).as("the runnable jar (made by package of io.formwork.lang.server)").isRegularFile();
		Path workspace = DoorCorpus.write(Fixtures.examples(), Files.createDirectories(dir.resolve("workspace")));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(workspace)) {
			files = walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(filing|json|csv|html|docx)$")).sorted()
					.toList();
		}
		assertThat(files).hasSizeGreaterThan(300);
		TreeSet<String> expected = DoorFindings.ofPipeline(workspace, Detail.LINE_COLUMN, false);

		TreeSet<String> served = new TreeSet<>();
		try (LspSession lsp = new LspSession(workspace, jar, dir.resolve("server-stderr.txt"))) {
			for (Path file : files) {
				String name = workspace.relativize(file).toString();
				List<Diagnostic> diagnostics;
				if (name.endsWith(".filing")) {
					diagnostics = lsp.diagnostics(name, d -> true);
				} else {
					// as an editor opens it (a Word page is no text: the server reads the file itself)
					lsp.open(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
					diagnostics = lsp.diagnostics(name, d -> true);
				}
				for (Diagnostic diagnostic : diagnostics) {
					if ("formwork".equals(diagnostic.getSource())) {
						served.add(line(name, diagnostic));
					}
				}
			}
		}
		Path out = Files.createDirectories(Path.of("target/door-agreement"));
		Files.write(out.resolve("pipeline.txt"), expected, StandardCharsets.UTF_8);
		Files.write(out.resolve("language-server.txt"), served, StandardCharsets.UTF_8);

		assertThat(expected).anyMatch(l -> l.contains("|R6|")).anyMatch(l -> l.contains("|R1|"))
				.anyMatch(l -> l.contains("|NOT_ASSESSABLE|"));
		assertThat(served).containsExactlyElementsOf(expected);
	}

	private static String line(String name, Diagnostic diagnostic) {
		JsonObject data = diagnostic.getData() instanceof JsonObject json ? json : new JsonObject();
		String at = diagnostic.getRange().getStart().getLine() == 0 && diagnostic.getRange().getStart().getCharacter() == 0
				&& diagnostic.getRange().getEnd().getCharacter() == 0 ? "-"
						: (diagnostic.getRange().getStart().getLine() + 1) + ":" + (diagnostic.getRange().getStart().getCharacter() + 1);
		if (data.has("problem")) {
			String severity = switch (diagnostic.getSeverity()) {
			case Error -> "ERROR";
			case Warning -> "WARNING";
			default -> "INFO";
			};
			return String.join("|", name, "problem", data.get("problem").getAsString(), "", "", severity, at);
		}
		return String.join("|", name, "rule", data.get("rule").getAsString(), data.get("instance").getAsString(),
				data.get("status").getAsString(), data.get("severity").getAsString(), at);
	}
}
