package io.formwork.pipeline.doors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * The findings of a door in one canonical, sorted form, one line each, for the door-agreement tests:
 * {@code file|rule|RULE|instance|STATUS|SEVERITY|where} for every rule instance that did not pass and
 * {@code file|problem|CODE|||SEVERITY|where} for every problem; {@code file} relative to the corpus folder, {@code where}
 * {@code line:column} of the finding's first located operand (or the problem's location), {@code -} when it has none.
 * With {@link Detail#FILE_LINE_COLUMN_CELL} (doors whose reports carry whole locations: the command line, the Maven
 * plugin) {@code where} also names the file the place is in (a previous period's, for R6) and the cell.
 */
public final class DoorFindings {

	/** How much of a location the canonical line holds. */
	public enum Detail {
		LINE_COLUMN, FILE_LINE_COLUMN_CELL
	}

	private DoorFindings() {
	}

	/**
	 * What {@code Pipeline.validateSet} gives on the corpus folder (templates and filings under it, previous periods
	 * paired by the set rule): the reference every door is compared with.
	 */
	public static TreeSet<String> ofPipeline(Path root, Detail detail, boolean failedOnly) throws IOException, io.formwork.pipeline.CompiledTemplate.TemplateError {
		Path corpus = root.toAbsolutePath().normalize();
		TreeSet<String> lines = new TreeSet<>();
		Pipeline pipeline = new Pipeline(Templates.load(List.of(corpus), null));
		pipeline.validateSet(pipeline.filings(corpus, List.of()), result -> lines.addAll(of(corpus, result, detail, failedOnly)));
		return lines;
	}

	/** The canonical lines of one result. */
	public static List<String> of(Path root, ValidationResult result, Detail detail, boolean failedOnly) {
		String name = relative(root, result.filing().source());
		List<String> lines = new ArrayList<>();
		for (Problem problem : result.problems()) {
			lines.add(String.join("|", name, "problem", problem.code(), "", "", problem.severity().name(),
					where(root, problem.location(), detail)));
		}
		for (Finding finding : result.findings()) {
			if (finding.status() == Status.FAIL || finding.status() == Status.NOT_ASSESSABLE && !failedOnly) {
				lines.add(String.join("|", name, "rule", finding.ruleId(), finding.instance() == null ? "" : finding.instance(),
						finding.status().name(), finding.severity().name(), where(root, finding.filingLocation(), detail)));
			}
		}
		return lines;
	}

	/**
	 * The canonical lines of a JSON report ({@code --format json}, the Maven plugin's {@code formwork.json}, schema
	 * {@code formwork-report/1}), read as a program reads it.
	 */
	public static TreeSet<String> ofJsonReport(Path root, Path report, Detail detail) throws IOException {
		Path corpus = root.toAbsolutePath().normalize();
		JsonNode document = new ObjectMapper().readTree(report.toFile());
		if (!"formwork-report/1".equals(document.path("format").asText())) {
			throw new IOException(report + ": not a formwork-report/1 document");
		}
		TreeSet<String> lines = new TreeSet<>();
		for (JsonNode filing : document.path("filings")) {
			String name = relative(corpus, filing.path("source").asText());
			for (JsonNode problem : filing.path("problems")) {
				lines.add(String.join("|", name, "problem", problem.path("code").asText(), "", "",
						severity(problem.path("severity").asText()), whereJson(corpus, problem.path("location"), detail)));
			}
			for (JsonNode finding : filing.path("findings")) {
				String status = switch (finding.path("status").asText()) {
				case "fail" -> Status.FAIL.name();
				case "notAssessable" -> Status.NOT_ASSESSABLE.name();
				case "pass" -> Status.PASS.name();
				default -> throw new IOException(report + ": unknown status " + finding.path("status"));
				};
				if (status.equals(Status.PASS.name())) {
					continue;
				}
				JsonNode located = null;
				for (JsonNode operand : finding.path("operands")) {
					if (operand.path("location").isObject()) {
						located = operand.path("location");
						break;
					}
				}
				lines.add(String.join("|", name, "rule", finding.path("ruleId").asText(),
						finding.path("instance").isNull() ? "" : finding.path("instance").asText(""), status,
						severity(finding.path("severity").asText()), whereJson(corpus, located, detail)));
			}
		}
		return lines;
	}

	private static String severity(String en) {
		return en.toUpperCase(Locale.ROOT);
	}

	private static String where(Path root, Location location, Detail detail) {
		if (location == null) {
			return "-";
		}
		return where(root, location.file(), location.line(), location.column(), location.cell(), detail);
	}

	private static String whereJson(Path root, JsonNode location, Detail detail) {
		if (location == null || !location.isObject()) {
			return "-";
		}
		return where(root, location.hasNonNull("file") ? location.get("file").asText() : null, location.path("line").asInt(0),
				location.path("column").asInt(0), location.hasNonNull("cell") ? location.get("cell").asText() : null, detail);
	}

	private static String where(Path root, String file, int line, int column, String cell, Detail detail) {
		String at = line <= 0 ? "-" : line + ":" + column;
		if (detail == Detail.LINE_COLUMN) {
			return at;
		}
		return (file == null ? "" : relative(root, file)) + "@" + at + (cell == null ? "" : "(" + cell + ")");
	}

	/** A path relative to the corpus (with / between names), or the text as it is when it is not a path in it. */
	static String relative(Path root, String source) {
		try {
			Path path = Path.of(source).toAbsolutePath().normalize();
			return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : source;
		} catch (RuntimeException e) {
			return source;
		}
	}
}
