package io.formwork.filing.set;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;

/**
 * A set of filings: which body filed which year, for which template, in which file. Either a manifest,
 * {@code formwork-set.json} in the set's folder:
 *
 * <pre>
 * {
 *   "name": "示例省 2020—2021",
 *   "templates": ["../gov-info-disclosure/gov-info-disclosure-2019.form", "…"],
 *   "hierarchy": "bodies.json",
 *   "filings": [ { "body": "province", "year": 2020, "template": "gid_2019", "file": "2020/province.filing" } ]
 * }
 * </pre>
 *
 * or, without a manifest or without its {@code filings}, the folder convention: {@code <year>/<body>.<ext>}
 * (a four-digit folder per year; .filing, .json, .csv, .txt or .html files named by the body's code), the
 * template taken from the filing itself, and {@code bodies.json} as the hierarchy when it is there.
 */
public record SetManifest(Path folder, String name, List<Path> templates, Path hierarchy, List<Entry> filings,
		List<Problem> problems) {

	public static final String MANIFEST = "formwork-set.json";
	public static final String HIERARCHY = "bodies.json";
	public static final String BAD_SET = ProblemCodes.BAD_SET;

	/** One filing of the set; {@code template} is null when the filing itself is to say. */
	public record Entry(String body, int year, String template, Path file, Location location) {
	}

	public SetManifest {
		templates = List.copyOf(templates);
		filings = List.copyOf(filings);
		problems = List.copyOf(problems);
	}

	public static SetManifest read(Path folder) {
		Path manifest = folder.resolve(MANIFEST);
		List<Problem> problems = new ArrayList<>();
		List<Path> templates = new ArrayList<>();
		List<Entry> filings = new ArrayList<>();
		String name = folder.toAbsolutePath().normalize().getFileName().toString();
		Path hierarchy = Files.isRegularFile(folder.resolve(HIERARCHY)) ? folder.resolve(HIERARCHY) : null;
		boolean listed = false;
		if (Files.isRegularFile(manifest)) {
			String shown = manifest.toString();
			JsonTree.Node root = null;
			try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
				root = JsonTree.read(reader);
			} catch (IOException | RuntimeException e) {
				problems.add(Problem.error(BAD_SET, Location.unknown(shown), "无法读取清单：" + e.getMessage(),
						"The manifest cannot be read: " + e.getMessage()));
			}
			Map<String, JsonTree.Node> fields = root == null ? null : root.object();
			if (root != null && fields == null) {
				problems.add(HierarchyFile.problem(BAD_SET, shown, root, "清单应为 JSON 对象", "The manifest must be a JSON object"));
			}
			if (fields != null) {
				if (HierarchyFile.text(fields.get("name")) != null) {
					name = HierarchyFile.text(fields.get("name"));
				}
				JsonTree.Node list = fields.get("templates");
				if (list != null && list.array() != null) {
					for (JsonTree.Node template : list.array()) {
						if (template.string() == null) {
							problems.add(HierarchyFile.problem(BAD_SET, shown, template, "templates 中应为文件路径", "\"templates\" lists file paths"));
						} else {
							templates.add(folder.resolve(template.string()).normalize());
						}
					}
				}
				if (HierarchyFile.text(fields.get("hierarchy")) != null) {
					hierarchy = folder.resolve(HierarchyFile.text(fields.get("hierarchy"))).normalize();
				}
				JsonTree.Node entries = fields.get("filings");
				if (entries != null) {
					listed = true;
					if (entries.array() == null) {
						problems.add(HierarchyFile.problem(BAD_SET, shown, entries, "filings 应为数组", "\"filings\" must be an array"));
					} else {
						for (JsonTree.Node entry : entries.array()) {
							entry(shown, folder, entry, filings, problems);
						}
					}
				}
			}
		}
		if (!listed) {
			convention(folder, filings, problems);
		}
		return new SetManifest(folder, name, templates, hierarchy, filings, problems);
	}

	private static void entry(String shown, Path folder, JsonTree.Node node, List<Entry> out, List<Problem> problems) {
		Map<String, JsonTree.Node> fields = node.object();
		String body = fields == null ? null : HierarchyFile.text(fields.get("body"));
		String file = fields == null ? null : HierarchyFile.text(fields.get("file"));
		JsonTree.Node year = fields == null ? null : fields.get("year");
		if (body == null || file == null || year == null || year.number() == null) {
			problems.add(HierarchyFile.problem(BAD_SET, shown, node, "每份填报须有 body、year（数字）和 file",
					"Each filing needs \"body\", \"year\" (a number) and \"file\""));
			return;
		}
		out.add(new Entry(body, year.number().intValue(), HierarchyFile.text(fields.get("template")),
				folder.resolve(file).normalize(), Location.of(shown, node.line(), node.column())));
	}

	/** {@code <year>/<body>.<ext>} under the folder. */
	private static void convention(Path folder, List<Entry> out, List<Problem> problems) {
		try (Stream<Path> years = Files.list(folder)) {
			for (Path year : years.filter(Files::isDirectory).sorted().toList()) {
				String name = year.getFileName().toString();
				if (!name.matches("\\d{4}")) {
					continue;
				}
				try (Stream<Path> files = Files.list(year)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						String fileName = file.getFileName().toString();
						int dot = fileName.lastIndexOf('.');
						String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
						if (List.of(".filing", ".json", ".csv", ".txt", ".html", ".htm").contains(extension)) {
							out.add(new Entry(fileName.substring(0, dot), Integer.parseInt(name), null, file,
									Location.unknown(file.toString())));
						}
					}
				}
			}
		} catch (IOException e) {
			problems.add(Problem.error(BAD_SET, Location.unknown(folder.toString()), "无法读取文件夹：" + e.getMessage(),
					"The folder cannot be read: " + e.getMessage()));
		}
	}
}
