package io.formwork.filing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;

import io.formwork.filing.ProblemCodes;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * SARIF 2.1.0 for code-scanning tools: one run of the tool "formwork"; one result per input problem (its rule
 * is the problem code), per failed finding (level error, warning or note) and per finding that cannot be
 * assessed (kind notApplicable, level none), located in the filing, with the rule's place in the template as
 * a related location. Messages are in one language. Compact JSON (no indentation): SARIF is read by tools
 * (GitHub code scanning, SARIF viewers), and indentation only makes a large log larger and slower to write
 * (BENCHMARKS.md, issue 14).
 */
public final class SarifWriter implements ReportWriter {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

	private final Language language;
	/**
	 * Each rule's {@code relatedLocations} as compact JSON, made once for this writer's run (rule places come from
	 * the templates, so they are few) and shared by the threads that render.
	 */
	private final Map<Related, String> related = new ConcurrentHashMap<>();

	public SarifWriter(Language language) {
		this.language = language;
	}

	/** One SARIF result before it is written, and the rule it reports. */
	private record Result(String ruleId, Severity severity, boolean notApplicable, String message, Location location,
			String source, Location related, String relatedMessage) {
	}

	/** One reportingDescriptor. */
	private record Rule(String id, Severity severity, String description) {
	}

	/**
	 * A filing's results as compact JSON (each an element of the run's "results" array), each but its
	 * {@code ruleIndex}, which depends on the filings before it: result {@code i} is {@code text} from
	 * {@code cuts[2i]} to {@code cuts[2i+1]}, its rule's index, then up to {@code cuts[2i+2]}. {@code described}
	 * holds, for each problem code and rule the filing names, in order of first appearance, what describes it (a
	 * {@link Problem} or a {@link Finding}).
	 */
	private record Laid(ValidationResult result, String text, int[] cuts, String[] ruleIds,
			Map<String, Object> described) implements Part {
	}

	@Override
	public Part render(ValidationResult result) throws IOException {
		String source = result.filing().source();
		Map<String, Object> described = new LinkedHashMap<>();
		Map<String, String> uris = new HashMap<>();
		List<String> ruleIds = new ArrayList<>();
		int[] cuts = new int[8];
		JsonOutput.Chars text = new JsonOutput.Chars(4096);
		try (JsonGenerator json = JsonOutput.compact(text)) {
			for (Problem problem : result.problems()) {
				described.putIfAbsent(problem.code(), problem);
				ruleIds.add(problem.code());
				cuts = start(cuts, ruleIds.size() - 1, json, text, problem.code());
				rest(json, new Result(problem.code(), problem.severity(), false, problem.message(language),
						problem.location(), source, null, null), uris);
			}
			for (Finding finding : result.findings()) {
				// a rule is described once it is seen, a pass included (when the results list passes)
				described.putIfAbsent(finding.ruleId(), finding);
				if (finding.status() == Status.PASS) {
					continue;
				}
				boolean notApplicable = finding.status() == Status.NOT_ASSESSABLE;
				ruleIds.add(finding.ruleId());
				cuts = start(cuts, ruleIds.size() - 1, json, text, finding.ruleId());
				rest(json, new Result(finding.ruleId(), finding.severity(), notApplicable,
						notApplicable ? notAssessable(finding) : finding.message(language), finding.filingLocation(),
						source, finding.ruleLocation(), language == Language.ZH ? "规则 " + finding.ruleId() + " 在此声明"
								: "Rule " + finding.ruleId() + " is stated here"), uris);
			}
			json.flush();
			cuts = grown(cuts, 2 * ruleIds.size());
			cuts[2 * ruleIds.size()] = text.text.length();
		}
		return new Laid(result, text.toString(), cuts, ruleIds.toArray(String[]::new), described);
	}

	/**
	 * Starts result {@code i}: its cut {@code 2i} where it begins, its object up to {@code "ruleIndex": }, and its cut
	 * {@code 2i+1} there (the index is the stream's to write).
	 */
	private static int[] start(int[] cuts, int i, JsonGenerator json, JsonOutput.Chars text, String ruleId)
			throws IOException {
		json.flush();
		int[] room = grown(cuts, 2 * i + 1);
		room[2 * i] = text.text.length();
		json.writeStartObject();
		json.writeStringField("ruleId", ruleId);
		json.writeFieldName("ruleIndex");
		json.writeRawValue("");
		json.flush();
		room[2 * i + 1] = text.text.length();
		return room;
	}

	private static int[] grown(int[] cuts, int last) {
		return last < cuts.length ? cuts : Arrays.copyOf(cuts, Math.max(cuts.length * 2, last + 1));
	}

	/**
	 * Streamed: the run's results are written as filings are added, and the rules they name (each problem code and
	 * rule once, in order of first appearance: {@code ruleIndex}) after them, in the run's {@code tool} object;
	 * SARIF does not order an object's properties.
	 */
	@Override
	public Stream open(Writer out) throws IOException {
		JsonGenerator json = JsonOutput.compact(out);
		json.writeStartObject();
		json.writeStringField("$schema", SCHEMA);
		json.writeStringField("version", "2.1.0");
		json.writeArrayFieldStart("runs");
		json.writeStartObject();
		json.writeStringField("columnKind", "utf16CodeUnits");
		json.writeArrayFieldStart("results");
		Map<String, Rule> rules = new LinkedHashMap<>();
		Map<String, Integer> index = new HashMap<>();
		return new Stream() {
			@Override
			public void add(ValidationResult result) throws IOException {
				add(render(result));
			}

			@Override
			public void add(Part part) throws IOException {
				if (!(part instanceof Laid laid)) {
					add(part.result());
					return;
				}
				for (Map.Entry<String, Object> named : laid.described().entrySet()) {
					if (!index.containsKey(named.getKey())) {
						index.put(named.getKey(), index.size());
						rules.put(named.getKey(), describe(named.getKey(), named.getValue()));
					}
				}
				String text = laid.text();
				int[] cuts = laid.cuts();
				for (int i = 0; i < laid.ruleIds().length; i++) {
					json.writeRawValue(text, cuts[2 * i], cuts[2 * i + 1] - cuts[2 * i]);
					json.writeRaw(Integer.toString(index.get(laid.ruleIds()[i])));
					json.writeRaw(text, cuts[2 * i + 1], cuts[2 * i + 2] - cuts[2 * i + 1]);
				}
			}

			@Override
			public void finish() throws IOException {
				json.writeEndArray();
				json.writeObjectFieldStart("tool");
				json.writeObjectFieldStart("driver");
				json.writeStringField("name", "formwork");
				json.writeArrayFieldStart("rules");
				for (Rule rule : rules.values()) {
					json.writeStartObject();
					json.writeStringField("id", rule.id());
					text(json, "shortDescription", rule.description());
					json.writeObjectFieldStart("defaultConfiguration");
					json.writeStringField("level", level(rule.severity()));
					json.writeEndObject();
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
				json.writeEndObject();
				json.writeEndObject();
				json.writeEndArray();
				json.writeEndObject();
				json.close();
				out.write("\n");
				out.flush();
			}
		};
	}

	/** The reportingDescriptor of a problem code or a rule, from the first problem or finding that names it. */
	private Rule describe(String id, Object first) {
		if (first instanceof Problem problem) {
			String description = ProblemCodes.describe(problem.code(), language);
			return new Rule(id, problem.severity(), description == null ? id : description);
		}
		Finding finding = (Finding) first;
		return new Rule(id, finding.severity(), ruleText(finding));
	}

	/** The rest of a result's object, after its {@code ruleIndex}, and its end. */
	private void rest(JsonGenerator json, Result result, Map<String, String> uris) throws IOException {
		if (result.notApplicable()) {
			json.writeStringField("kind", "notApplicable");
			json.writeStringField("level", "none");
		} else {
			json.writeStringField("level", level(result.severity()));
		}
		text(json, "message", result.message());
		json.writeArrayFieldStart("locations");
		location(json, result.location() == null ? Location.unknown(result.source()) : result.location(),
				result.source(), null, uris);
		json.writeEndArray();
		if (result.related() != null) {
			json.writeFieldName("relatedLocations");
			json.writeRawValue(related.computeIfAbsent(new Related(result.related(), result.relatedMessage()),
					SarifWriter::related));
		}
		json.writeEndObject();
	}

	/** A rule's place in its template and the message beside it: the same for every result of the rule. */
	private record Related(Location location, String message) {
	}


	private static String related(Related place) {
		JsonOutput.Chars text = new JsonOutput.Chars(256);
		try (JsonGenerator json = JsonOutput.compact(text)) {
			json.writeStartArray();
			location(json, place.location(), null, place.message(), new HashMap<>());
			json.writeEndArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // into a string: cannot happen
		}
		return text.toString();
	}

	/** A SARIF location: the file, the region when the line is known, a spreadsheet cell as a logical location. */
	private static void location(JsonGenerator json, Location location, String source, String message,
			Map<String, String> uris) throws IOException {
		json.writeStartObject();
		json.writeObjectFieldStart("physicalLocation");
		json.writeObjectFieldStart("artifactLocation");
		String file = location.file() != null ? location.file() : source;
		json.writeStringField("uri", file == null ? uri(null) : uris.computeIfAbsent(file, SarifWriter::uri));
		json.writeEndObject();
		if (location.line() > 0) {
			json.writeObjectFieldStart("region");
			json.writeNumberField("startLine", location.line());
			if (location.column() > 0) {
				json.writeNumberField("startColumn", location.column());
			}
			json.writeEndObject();
		}
		json.writeEndObject();
		if (location.cell() != null) {
			json.writeArrayFieldStart("logicalLocations");
			json.writeStartObject();
			json.writeStringField("name", location.cell());
			json.writeEndObject();
			json.writeEndArray();
		}
		if (message != null) {
			text(json, "message", message);
		}
		json.writeEndObject();
	}

	private static void text(JsonGenerator json, String name, String text) throws IOException {
		json.writeObjectFieldStart(name);
		json.writeStringField("text", text);
		json.writeEndObject();
	}

	static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	/**
	 * A file as a URI reference: a relative path stays relative (percent-encoded where URIs need it), an
	 * absolute one becomes a {@code file:} URI, and a URI (a template read from {@code platform:/…}) is kept.
	 */
	static String uri(String file) {
		if (file == null) {
			return "";
		}
		if (SCHEME.matcher(file).matches()) {
			return file;
		}
		String path = file.replace('\\', '/');
		try {
			if (Path.of(file).isAbsolute()) {
				return Path.of(file).toUri().toASCIIString();
			}
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException | InvalidPathException e) {
			return path;
		}
	}

	/** "Rule R1 (gid_2021.form:85:2)": the finding carries no label, so its id and where the template states it. */
	/** "规则 R1 收支平衡（t.form:135:2）" / "Rule R1 Balance of requests (t.form:135:2)": id, name, where stated. */
	private String ruleText(Finding finding) {
		boolean zh = language == Language.ZH;
		String title = finding.ruleTitle(language);
		String named = (zh ? "规则 " : "Rule ") + finding.ruleId() + (title == null ? "" : " " + title);
		String where = finding.ruleLocation() == null ? "" : finding.ruleLocation().toString();
		if (where.isEmpty()) {
			return named;
		}
		return zh ? named + "（" + where + "）" : named + " (" + where + ")";
	}

	/** Why a finding cannot be assessed: which operands are blank or not reported. */
	private String notAssessable(Finding finding) {
		boolean zh = language == Language.ZH;
		List<String> reasons = new ArrayList<>();
		for (Operand operand : finding.operands()) {
			if (operand.value() == null || operand.value().isBlank()) {
				boolean reported = operand.location() != null;
				reasons.add(operand.address() + (zh ? (reported ? " 为空" : " 未填报")
						: (reported ? " is blank" : " is not reported")));
			}
		}
		String instance = finding.instance() == null ? "" : finding.instance();
		if (zh) {
			return "规则 " + finding.ruleId() + (instance.isEmpty() ? " " : "（" + instance + "）") + "无法评估"
					+ (reasons.isEmpty() ? "" : "：" + String.join("，", reasons));
		}
		String rule = finding.ruleId() + (instance.isEmpty() ? "" : " (" + instance + ")");
		return "Rule " + rule + " cannot be assessed" + (reasons.isEmpty() ? "" : ": " + String.join(", ", reasons));
	}
}
