package io.formwork.lang.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.formwork.lang.formwork.Template;
import io.formwork.lang.revision.Revisions;

/**
 * The template of a filing that names none (a narrative report, a published page, a Word report written by
 * hand), told by the year it reports on: the latest template in force that year, as {@code formwork validate
 * --set} chooses for narrative texts.
 */
public final class TemplateChoice {

	/** A year in a file name, not part of a longer number. */
	private static final Pattern NAME_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
	/** A year as a report's title states it: "平凉市2018年政府信息公开工作年度报告". */
	private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年");

	private static final Pattern HTML_TITLE = Pattern.compile("(?is)<(?:title|h1)[^>]*>(.*?)</(?:title|h1)>");

	private TemplateChoice() {
	}

	/** The year a file's name states, else the "YYYY年" of its title (a page's title, a text's first line); 0 when none. */
	public static int yearOf(Path file) {
		Matcher name = NAME_YEAR.matcher(file.getFileName().toString());
		if (name.find()) {
			return Integer.parseInt(name.group(1));
		}
		String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".docx") || lower.endsWith(".xlsx")) {
			return 0;
		}
		try (InputStream in = Files.newInputStream(file)) {
			String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8).replace("\uFEFF", "");
			Matcher title = TITLE_YEAR.matcher(title(head, lower.endsWith(".html") || lower.endsWith(".htm")));
			return title.find() ? Integer.parseInt(title.group(1)) : 0;
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/** A page's {@code <title>} (else its first {@code <h1>}), or a text's first line that is not blank. */
	private static String title(String head, boolean html) {
		if (html) {
			Matcher title = HTML_TITLE.matcher(head);
			return title.find() ? title.group(1) : "";
		}
		return head.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
	}

	/**
	 * The latest template whose first year is not after {@code year}; of several from the same year, the one
	 * the others revise (the national template rather than a province's extension of it), then by id.
	 */
	public static Template inForce(Collection<Template> templates, int year) {
		return templates.stream().filter(t -> t.getYear() <= year)
				.max(Comparator.<Template> comparingInt(Template::getYear)
						.thenComparing(Comparator.<Template> comparingInt(t -> Revisions.lineage(t).size()).reversed())
						.thenComparing(Template::getName, Comparator.reverseOrder()))
				.orElse(null);
	}
}
