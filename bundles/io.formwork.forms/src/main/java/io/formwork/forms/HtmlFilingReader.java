package io.formwork.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import io.formwork.filing.FilingReader;
import io.formwork.narrative.NarrativeExtractor;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * Reads a published report page (.html) as government sites print it: its tables, with rowspan and colspan
 * spread over the grid, found by their labels ({@link TableMatcher}: numbering, widths, &amp;nbsp; and {@code
 * <br />} left aside, wording that varies slightly tolerated), and its narrative text, from which the figures
 * the template's claims declare are read ({@link NarrativeExtractor#extractHtml}), so that one page is checked
 * tables and text together. The character set is the page's own (a meta tag or byte order mark; UTF-8
 * otherwise). A table cell is located at its line and column in the HTML source, with "表格 2 第 5 行第 3 列
 * table 2 row 5 col 3" (the row as the table counts its tr, the column in the grid with spans spread).
 * Only innermost tables are read (a layout table around the content is not a table of the report).
 */
public final class HtmlFilingReader implements FilingReader {

	static final long MAX_BYTES = 50L << 20;
	static final int MAX_SPAN = 1000;

	private final FormTemplate template;

	public HtmlFilingReader(FormTemplate template) {
		this.template = template;
	}

	@Override
	public Filing read(Path file) {
		String source = file.toString();
		Filing filing = new Filing(source);
		Document doc;
		try {
			if (Files.size(file) > MAX_BYTES) {
				return filing.problem(Ooxml.unreadable(source, "文件大于 50 MB，不予读取", "The file is larger than 50 MB and is not read"));
			}
			try (InputStream in = Files.newInputStream(file)) {
				doc = Jsoup.parse(in, null, "", Parser.htmlParser().setTrackPosition(true));
			}
		} catch (IOException | RuntimeException e) {
			return filing.problem(Ooxml.unreadable(source, "无法读取文件：" + e.getMessage(), "Cannot read the file: " + e.getMessage()));
		}
		List<Grid> grids = new ArrayList<>();
		int number = 0;
		// the tables holding another table, found from the inner ones up (each walks to its nearest enclosing table
		// only): linear in the page, where counting every table's descendants was quadratic in nested tables
		var tables = doc.select("table");
		Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element table : tables) {
			for (Element parent = table.parent(); parent != null; parent = parent.parent()) {
				if (parent.nameIs("table")) {
					outer.add(parent);
					break;
				}
			}
		}
		for (Element table : tables) {
			if (outer.contains(table)) {
				continue; // not innermost
			}
			number++;
			grids.add(grid(source, table, number, filing));
		}
		new TableMatcher(template, filing).read(grids);
		if (!template.claims().isEmpty()) {
			var extraction = NarrativeExtractor.extractHtml(doc.html(), source, template.claims());
			for (Fact fact : extraction.facts()) {
				filing.add(new Fact(fact.address(), fact.value(), null, fact.location(), fact.source()));
			}
			for (Problem problem : extraction.problems()) {
				filing.problem(problem);
			}
		}
		return filing;
	}

	private static Grid grid(String source, Element table, int number, Filing filing) {
		List<Element> rows = new ArrayList<>();
		for (Element row : table.getElementsByTag("tr")) {
			rows.add(row);
		}
		int height = Math.min(rows.size(), Grid.MAX_ROWS);
		if (rows.size() > Grid.MAX_ROWS) {
			filing.problem(Ooxml.tooLarge(source, "表格 " + number, "table " + number));
		}
		Grid.Cell[][] cells = new Grid.Cell[height][Grid.MAX_COLUMNS];
		int width = 0;
		boolean cut = false;
		for (int r = 0; r < height; r++) {
			int c = 0;
			for (Element td : rows.get(r).children()) {
				if (!td.nameIs("td") && !td.nameIs("th")) {
					continue;
				}
				while (c < Grid.MAX_COLUMNS && cells[r][c] != null) {
					c++;
				}
				if (c >= Grid.MAX_COLUMNS) {
					cut = true;
					break;
				}
				int rowSpan = span(td.attr("rowspan"));
				int columnSpan = span(td.attr("colspan"));
				var start = td.sourceRange().start();
				Grid.Cell cell = new Grid.Cell(cellText(td), null, null, new Location(source, start.lineNumber(),
						start.columnNumber(), "表格 " + number + " 第 " + (r + 1) + " 行第 " + (c + 1) + " 列 table " + number
								+ " row " + (r + 1) + " col " + (c + 1)));
				for (int i = r; i < Math.min(r + rowSpan, height); i++) {
					for (int j = c; j < Math.min(c + columnSpan, Grid.MAX_COLUMNS); j++) {
						if (cells[i][j] == null) {
							cells[i][j] = cell;
						}
					}
				}
				cut |= c + columnSpan > Grid.MAX_COLUMNS;
				c = Math.min(c + columnSpan, Grid.MAX_COLUMNS);
				width = Math.max(width, c);
			}
		}
		if (cut) {
			filing.problem(Ooxml.tooLarge(source, "表格 " + number, "table " + number));
		}
		Grid.Cell[][] trimmed = new Grid.Cell[height][];
		for (int r = 0; r < height; r++) {
			trimmed[r] = Arrays.copyOf(cells[r], width);
		}
		return new Grid("表格 " + number + " table " + number, trimmed);
	}

	/** A cell's text without its superscripts (footnote marks: 15<sup>1</sup> is 15). */
	private static String cellText(Element td) {
		if (td.getElementsByTag("sup").isEmpty()) {
			return td.text();
		}
		Element copy = td.clone();
		copy.getElementsByTag("sup").remove();
		return copy.text();
	}

	/** A rowspan or colspan: 1 when absent or unreadable, at most {@value #MAX_SPAN}. */
	private static int span(String attribute) {
		String digits = attribute.strip();
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(digits)));
	}
}
