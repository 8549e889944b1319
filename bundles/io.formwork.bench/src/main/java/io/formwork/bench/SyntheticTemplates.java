package io.formwork.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Templates made for the editor and generation benchmarks. */
public final class SyntheticTemplates {

	/** The text of the large template and where the cursor of the content-assist benchmark goes. */
	public record Large(String text, int cursor, int indicators, int rules) {
	}

	/** Rows of each table of the large template (the last one its total). */
	static final int ROWS = 20;

	private SyntheticTemplates() {
	}

	/**
	 * A template with {@code indicators} indicators of its own (a multiple of {@link #ROWS}): tables of 20 rows
	 * (19 items and their total) by three columns (A, B and their total), in sections of five tables, and two rules
	 * per table: the total row of each column ({@code sum([r01] to [r19])}) and the total column of each row. The
	 * content-assist cursor is inside the last rule, just after {@code sum([}.
	 */
	public static Large large(int indicators) {
		if (indicators <= 0 || indicators % ROWS != 0) {
			throw new IllegalArgumentException("a positive multiple of " + ROWS + " indicators");
		}
		int tables = indicators / ROWS;
		StringBuilder text = new StringBuilder(indicators * 200);
		text.append("template synthetic_").append(indicators).append(" \"合成模板（").append(indicators)
				.append(" 个指标）\" en \"Synthetic template (").append(indicators).append(" indicators)\"\n");
		text.append("\tyear 2021 period annual {\n");
		text.append("\tunit 件 en \"items\"\n");
		text.append("\tdimension side \"方\" en \"Side\" {\n");
		text.append("\t\tmember a \"甲方\" en \"Side A\"\n\t\tmember b \"乙方\" en \"Side B\"\n");
		text.append("\t\tmember total \"合计\" en \"Total\"\n\t}\n\n");
		for (int i = 1; i <= indicators; i++) {
			text.append("\tindicator ").append(indicator(i)).append(" \"指标 ").append(i).append("\" en \"Indicator ")
					.append(i).append("\" {\n\t\ttype count\n\t\tunit 件\n\t}\n");
		}
		for (int t = 1; t <= tables; t++) {
			if ((t - 1) % 5 == 0) {
				if (t > 1) {
					text.append("\t}\n");
				}
				int s = (t - 1) / 5 + 1;
				text.append("\n\tsection s").append(s).append(" \"第 ").append(s).append(" 部分\" en \"Part ").append(s)
						.append("\" {\n");
			}
			text.append("\t\ttable ").append(table(t)).append(" \"表 ").append(t).append("\" en \"Table ").append(t)
					.append("\" {\n\t\t\tcolumns side\n\t\t\trows {\n");
			for (int r = 1; r <= ROWS; r++) {
				text.append("\t\t\t\trow ").append(row(r)).append(" \"").append(r == ROWS ? "合计" : "项目 " + r)
						.append("\" indicator ").append(indicator((t - 1) * ROWS + r)).append('\n');
			}
			text.append("\t\t\t}\n\t\t}\n");
		}
		text.append("\t}\n\n");
		int cursor = -1;
		for (int t = 1; t <= tables; t++) {
			text.append("\tcheck C").append(t).append(" \"表 ").append(t).append(" 各列合计\" en \"Table ").append(t)
					.append(" column totals\" error for each column in ").append(table(t)).append(" {\n");
			text.append("\t\tassert [").append(row(ROWS)).append("] = sum([");
			if (t == tables) {
				cursor = text.length();
			}
			text.append(row(1)).append("] to [").append(row(ROWS - 1)).append("])\n");
			text.append("\t\tmessage \"{column}：合计 {left} 不等于各项之和 {right}\" en \"{column}: total {left} is not the sum {right}\"\n\t}\n");
			text.append("\tcheck D").append(t).append(" \"表 ").append(t).append(" 各行合计\" en \"Table ").append(t)
					.append(" row totals\" error for each row in ").append(table(t)).append(" {\n");
			text.append("\t\tassert [total] = [a] + [b]\n");
			text.append("\t\tmessage \"{row}：合计 {left} 不等于 {right}\" en \"{row}: total {left} is not {right}\"\n\t}\n");
		}
		text.append("}\n");
		return new Large(text.toString(), cursor, indicators, 2 * tables);
	}

	private static String indicator(int i) {
		return String.format("i%04d", i);
	}

	private static String table(int t) {
		return String.format("t%03d", t);
	}

	private static String row(int r) {
		return String.format("r%02d", r);
	}

	/**
	 * Writes {@code count} templates of the size of a real one into a folder, with the catalog they import and the
	 * 2019 template they revise: the 2021 template of the examples (a revision of 2019's) under the names
	 * {@code bench_01} …; so the folder holds {@code count + 1} templates.
	 */
	public static List<Path> copies(Path examples, int count, Path folder) throws IOException {
		Path gid = examples.resolve("gov-info-disclosure");
		Files.createDirectories(folder);
		Files.copy(gid.resolve("gov-info-disclosure-catalog.form"), folder.resolve("gov-info-disclosure-catalog.form"));
		Files.copy(gid.resolve("gov-info-disclosure-2019.form"), folder.resolve("gov-info-disclosure-2019.form"));
		String template = Files.readString(gid.resolve("gov-info-disclosure-2021.form"), StandardCharsets.UTF_8);
		if (!template.contains("template gid_2021 ") || !template.contains(" revises gid_2019")) {
			throw new IllegalStateException("the 2021 template no longer reads 'template gid_2021 … revises gid_2019'");
		}
		List<Path> files = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			String name = String.format("bench_%02d", k);
			Path file = folder.resolve(name + ".form");
			Files.writeString(file, template.replace("template gid_2021 ", "template " + name + " "),
					StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}
}
