package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * The door-agreement test of the language server: one corpus (every example textual, JSON and CSV filing, the
 * province's two years of filings, and a few hundred mutated filings) in one workspace gives, through a client,
 * exactly the findings the pipeline gives the command line on the same set ({@code Pipeline.validateSet}, what
 * {@code formwork validate --set} runs): rule, instance, status, severity and location, and the problems by code
 * and location. Both sides are written in one canonical sorted form to {@code target/door-agreement/} (for the
 * other doors' tests to compare with).
 */
class DoorAgreementTest {

	private static final int MUTATED_PER_SEED = 60;

	@TempDir
	Path dir;

	@Test
	void theLanguageServerGivesTheFindingsOfTheCommandLinesPipelineOnTheWholeCorpus() throws Exception {
		Path workspace = corpus(dir);
		List<Path> files = new Pipeline(Templates.load(List.of(workspace), null)).filings(workspace, List.of())
				.stream().filter(f -> f.toString().endsWith(".filing") || f.toString().endsWith(".json")
						|| f.toString().endsWith(".csv"))
				.toList();
		assertThat(files).hasSizeGreaterThan(300);

		TreeSet<String> expected = new TreeSet<>();
		Pipeline pipeline = new Pipeline(Templates.load(List.of(workspace), null));
		pipeline.validateSet(pipeline.filings(workspace, List.of()), result -> {
			Path file = Path.of(result.filing().source()).toAbsolutePath().normalize();
			if (files.contains(file)) {
				expected.addAll(lines(workspace, file, result));
			}
		});

		TreeSet<String> served = new TreeSet<>();
		try (LspSession lsp = new LspSession(workspace)) {
			for (Path file : files) {
				String name = workspace.relativize(file).toString();
				List<Diagnostic> diagnostics;
				if (name.endsWith(".filing")) {
					diagnostics = lsp.diagnostics(name, d -> true);
				} else {
					lsp.open(name, Files.readString(file, StandardCharsets.UTF_8));
					diagnostics = lsp.diagnostics(name, d -> !d.isEmpty() || true);
				}
				for (Diagnostic diagnostic : diagnostics) {
					if ("formwork".equals(diagnostic.getSource())) {
						served.add(line(name, diagnostic));
					}
				}
			}
		}
		Path out = Path.of("target/door-agreement");
		Files.createDirectories(out);
		Files.write(out.resolve("pipeline.txt"), expected, StandardCharsets.UTF_8);
		Files.write(out.resolve("language-server.txt"), served, StandardCharsets.UTF_8);

		assertThat(expected).anyMatch(l -> l.contains("|R6|")).anyMatch(l -> l.contains("|R1|"));
		assertThat(served).containsExactlyElementsOf(expected);
	}

	/** A finding or problem in the canonical form: file|rule|instance|status|severity|line:column. */
	private static List<String> lines(Path workspace, Path file, ValidationResult result) {
		String name = workspace.relativize(file).toString();
		List<String> lines = new ArrayList<>();
		for (Problem problem : result.problems()) {
			lines.add(String.join("|", name, "problem", problem.code(), "", "", problem.severity().name(),
					where(problem.location())));
		}
		for (Finding finding : result.findings()) {
			if (finding.status() != Status.PASS) {
				lines.add(String.join("|", name, "rule", finding.ruleId(), finding.instance() == null ? "" : finding.instance(),
						finding.status().name(), finding.severity().name(), where(finding.filingLocation())));
			}
		}
		return lines;
	}

	private static String where(Location location) {
		return location == null || location.line() <= 0 ? "-" : location.line() + ":" + location.column();
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

	/**
	 * The corpus as one workspace: the example templates, the example filings (textual, JSON, CSV), the province's
	 * filings of 2020 and 2021 (same bodies: R6 reads the previous year), and filings mutated from the examples
	 * with a fixed seed (a figure changed, blanked or made negative).
	 */
	static Path corpus(Path dir) throws IOException {
		Path examples = Fixtures.examples();
		try (var forms = Files.list(examples.resolve("gov-info-disclosure"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
				Files.copy(form, dir.resolve(form.getFileName()));
			}
		}
		Path filings = Files.createDirectories(dir.resolve("filings"));
		try (var list = Files.list(examples.resolve("gov-info-disclosure/filings"))) {
			for (Path filing : list.filter(f -> f.toString().matches(".*\\.(filing|json|csv)$")).toList()) {
				Files.copy(filing, filings.resolve(filing.getFileName()));
			}
		}
		for (String year : List.of("2020", "2021")) {
			Path to = Files.createDirectories(dir.resolve("province").resolve(year));
			try (var list = Files.list(examples.resolve("province").resolve(year))) {
				for (Path filing : list.toList()) {
					Files.copy(filing, to.resolve(filing.getFileName()));
				}
			}
		}
		Path mutated = Files.createDirectories(dir.resolve("mutated"));
		Random random = new Random(20261207L);
		for (String seed : List.of("example-city-2021.filing", "example-county-2019.filing", "example-city-2021.json",
				"example-county-2019.csv", "example-city-2021-error.filing")) {
			String text = Files.readString(examples.resolve("gov-info-disclosure/filings").resolve(seed));
			String extension = seed.substring(seed.lastIndexOf('.'));
			for (int i = 0; i < MUTATED_PER_SEED; i++) {
				Files.writeString(mutated.resolve(seed.replace(extension, "") + "-m" + i + extension),
						mutate(text, extension, random), StandardCharsets.UTF_8);
			}
		}
		return dir;
	}

	/** The text with one figure changed: a small or large change, a zero, or (in .filing) blank or negative. */
	private static String mutate(String text, String extension, Random random) {
		Pattern figure = switch (extension) {
		case ".filing" -> Pattern.compile("(?<=[a-z_] )(\\d+(?:\\.\\d+)?)(?=[,\\n])");
		case ".json" -> Pattern.compile("(?<=\"value\": )(\\d+(?:\\.\\d+)?)");
		default -> Pattern.compile("(?<=\",)(\\d+(?:\\.\\d+)?)(?=\\r?\\n)");
		};
		Matcher m = figure.matcher(text);
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		if (spans.isEmpty()) {
			throw new IllegalStateException("no figure to mutate in " + extension);
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		String old = text.substring(span[0], span[1]);
		String replacement = switch (random.nextInt(extension.equals(".filing") ? 5 : 3)) {
		case 0 -> String.valueOf(Math.max(0, (long) Double.parseDouble(old) + 1 + random.nextInt(3)));
		case 1 -> String.valueOf(random.nextInt(100000));
		case 2 -> "0";
		case 3 -> "blank";
		default -> "-" + old;
		};
		return text.substring(0, span[0]) + replacement + text.substring(span[1]);
	}
}
