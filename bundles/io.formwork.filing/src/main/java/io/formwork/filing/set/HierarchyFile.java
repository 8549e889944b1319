package io.formwork.filing.set;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Severity;
import io.formwork.runtime.aggregation.AggregationCheck;
import io.formwork.runtime.aggregation.Hierarchy;

/**
 * Reads the hierarchy of reporting bodies (JSON, see README): bodies nested under their parents, and how a
 * consolidated report must add up.
 *
 * <pre>
 * {
 *   "aggregation": { "rule": "AGG", "severity": "error", "tolerance": 0, "blankAsZero": false },
 *   "bodies": [
 *     { "code": "province", "name": "示例省", "en": "Example Province", "children": [
 *       { "code": "dongzhou", "name": "东州市", "children": [ { "code": "anping", "name": "安平县" } ] }
 *     ] }
 *   ]
 * }
 * </pre>
 *
 * A body with children consolidates them unless it says {@code "consolidated": false}.
 */
public final class HierarchyFile {

	public static final String BAD_HIERARCHY = ProblemCodes.BAD_HIERARCHY;

	public record Read(Hierarchy hierarchy, AggregationCheck.Options options, List<Problem> problems) {
		public Read {
			problems = List.copyOf(problems);
		}
	}

	private HierarchyFile() {
	}

	public static Read read(Path file) {
		String shown = file.toString();
		List<Problem> problems = new ArrayList<>();
		Hierarchy hierarchy = new Hierarchy();
		AggregationCheck.Options options = AggregationCheck.Options.defaults(Location.unknown(shown));
		JsonTree.Node root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = JsonTree.read(reader);
		} catch (IOException | RuntimeException e) {
			problems.add(Problem.error(BAD_HIERARCHY, Location.unknown(shown), "无法读取层级文件：" + e.getMessage(),
					"The hierarchy cannot be read: " + e.getMessage()));
			return new Read(hierarchy, options, problems);
		}
		if (root.object() == null) {
			problems.add(problem(shown, root, "层级文件应为 JSON 对象", "The hierarchy file must be a JSON object"));
			return new Read(hierarchy, options, problems);
		}
		JsonTree.Node aggregation = root.object().get("aggregation");
		if (aggregation != null) {
			options = options(shown, aggregation, problems);
		} else {
			options = new AggregationCheck.Options("AGG", Severity.ERROR, BigDecimal.ZERO, false, Set.of(),
					Location.of(shown, root.line(), root.column()));
		}
		JsonTree.Node bodies = root.object().get("bodies");
		if (bodies == null || bodies.array() == null) {
			problems.add(problem(shown, root, "缺少 bodies 数组", "\"bodies\" (an array) is missing"));
		} else {
			for (JsonTree.Node body : bodies.array()) {
				body(shown, body, null, hierarchy, problems);
			}
		}
		return new Read(hierarchy, options, problems);
	}

	private static void body(String shown, JsonTree.Node node, String parent, Hierarchy hierarchy, List<Problem> problems) {
		Map<String, JsonTree.Node> fields = node.object();
		if (fields == null) {
			problems.add(problem(shown, node, "每个单位应为 JSON 对象", "Each body must be a JSON object"));
			return;
		}
		String code = text(fields.get("code"));
		String name = text(fields.get("name"));
		if (code == null || name == null) {
			problems.add(problem(shown, node, "单位须有 code 与 name", "A body needs a \"code\" and a \"name\""));
			return;
		}
		JsonTree.Node children = fields.get("children");
		boolean consolidated = children != null && children.array() != null && !children.array().isEmpty();
		if (fields.get("consolidated") != null && fields.get("consolidated").bool() != null) {
			consolidated = fields.get("consolidated").bool();
		}
		if (!hierarchy.add(new Hierarchy.Body(code, name, text(fields.get("en")), parent, consolidated))) {
			problems.add(problem(shown, node, "单位代码 " + code + " 重复", "The body code " + code + " is used twice"));
			return;
		}
		if (children != null) {
			if (children.array() == null) {
				problems.add(problem(shown, children, "children 应为数组", "\"children\" must be an array"));
				return;
			}
			for (JsonTree.Node child : children.array()) {
				body(shown, child, code, hierarchy, problems);
			}
		}
	}

	private static AggregationCheck.Options options(String shown, JsonTree.Node node, List<Problem> problems) {
		Location location = Location.of(shown, node.line(), node.column());
		Map<String, JsonTree.Node> fields = node.object();
		if (fields == null) {
			problems.add(problem(shown, node, "aggregation 应为 JSON 对象", "\"aggregation\" must be a JSON object"));
			return AggregationCheck.Options.defaults(location);
		}
		String rule = fields.get("rule") == null ? "AGG" : text(fields.get("rule"));
		Severity severity = Severity.ERROR;
		if (fields.get("severity") != null) {
			String text = String.valueOf(text(fields.get("severity"))).toUpperCase(Locale.ROOT);
			try {
				severity = Severity.valueOf(text);
			} catch (IllegalArgumentException e) {
				problems.add(problem(shown, fields.get("severity"), "severity 应为 error、warning 或 info",
						"\"severity\" is error, warning or info"));
			}
		}
		BigDecimal tolerance = fields.get("tolerance") == null ? BigDecimal.ZERO : fields.get("tolerance").number();
		if (tolerance == null || tolerance.signum() < 0) {
			problems.add(problem(shown, fields.get("tolerance"), "tolerance 应为非负数", "\"tolerance\" is a number, not negative"));
			tolerance = BigDecimal.ZERO;
		}
		boolean blankAsZero = fields.get("blankAsZero") != null && Boolean.TRUE.equals(fields.get("blankAsZero").bool());
		Set<String> tables = new LinkedHashSet<>();
		if (fields.get("tables") != null && fields.get("tables").array() != null) {
			for (JsonTree.Node table : fields.get("tables").array()) {
				if (table.string() != null) {
					tables.add(table.string());
				}
			}
		}
		return new AggregationCheck.Options(rule == null ? "AGG" : rule, severity, tolerance, blankAsZero, tables, location);
	}

	static String text(JsonTree.Node node) {
		return node == null ? null : node.string();
	}

	static Problem problem(String file, JsonTree.Node node, String zh, String en) {
		return problem(BAD_HIERARCHY, file, node, zh, en);
	}

	/** A problem of a set's JSON file (the hierarchy, the manifest) at a node, with the file's code. */
	static Problem problem(String code, String file, JsonTree.Node node, String zh, String en) {
		return Problem.error(code, node == null ? Location.unknown(file) : Location.of(file, node.line(), node.column()), zh, en);
	}
}
