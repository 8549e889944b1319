package io.formwork.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.formwork.forms.Grid;
import io.formwork.pdf.PageContent.Glyph;
import io.formwork.pdf.PageContent.Segment;
import io.formwork.runtime.Location;

/**
 * Tables of a PDF rebuilt from its ruling lines and text positions.
 *
 * <ol>
 * <li>Ruling lines are merged (collinear pieces that touch or overlap are one line) and put into groups of lines
 * that cross one another: a group with at least two horizontal and two vertical lines and more than one cell is a
 * table region.</li>
 * <li>The distinct x of its vertical lines and y of its horizontal lines cut the region into elementary cells;
 * two neighbouring elementary cells are one (merged) cell when no ruling line separates them, so that a cell
 * spanning rows or columns covers every grid position it spans, as {@link Grid} wants.</li>
 * <li>A glyph belongs to the cell its centre lies in; the cell's text is its lines joined as CJK text wraps
 * ({@link TextLines#join}): a label wrapped over two lines, or a heading printed one character per line, is one
 * label.</li>
 * <li>A region at the top of a page continues the last region of the page before when nothing but running
 * headers and page numbers lies between them and their columns agree: a table broken across pages is one
 * table.</li>
 * </ol>
 */
final class Tables {

	static final float SNAP = 2.5f;

	/** A table region of one page. */
	static final class Region {
		final PageContent page;
		final List<Segment> horizontals;
		final List<Segment> verticals;
		final float x0, x1, y0, y1;
		final List<Float> xs;
		final List<Float> ys;

		Region(PageContent page, List<Segment> horizontals, List<Segment> verticals) {
			this.page = page;
			this.horizontals = horizontals;
			this.verticals = verticals;
			float a = Float.MAX_VALUE, b = -Float.MAX_VALUE, c = Float.MAX_VALUE, d = -Float.MAX_VALUE;
			for (Segment s : horizontals) {
				a = Math.min(a, s.a());
				b = Math.max(b, s.b());
				c = Math.min(c, s.at());
				d = Math.max(d, s.at());
			}
			for (Segment s : verticals) {
				a = Math.min(a, s.at());
				b = Math.max(b, s.at());
				c = Math.min(c, s.a());
				d = Math.max(d, s.b());
			}
			this.x0 = a;
			this.x1 = b;
			this.y0 = c;
			this.y1 = d;
			this.xs = cluster(verticals.stream().map(Segment::at).toList());
			this.ys = cluster(horizontals.stream().map(Segment::at).toList());
		}

		boolean contains(Glyph g) {
			return g.centerX() >= x0 - 1 && g.centerX() <= x1 + 1 && g.centerY() >= y0 - 1 && g.centerY() <= y1 + 1;
		}
	}

	/** A table of the document: one region, or regions continued over pages. */
	static final class Table {
		final List<Region> parts = new ArrayList<>();
	}

	private Tables() {
	}

	/** The table regions of a page, top to bottom. */
	static List<Region> regions(PageContent page) {
		List<Segment> horizontals = merge(page.segments, true);
		List<Segment> verticals = merge(page.segments, false);
		int n = horizontals.size() + verticals.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < horizontals.size(); i++) {
			Segment h = horizontals.get(i);
			for (int j = 0; j < verticals.size(); j++) {
				Segment v = verticals.get(j);
				if (v.at() >= h.a() - SNAP && v.at() <= h.b() + SNAP && h.at() >= v.a() - SNAP && h.at() <= v.b() + SNAP) {
					union(parent, i, horizontals.size() + j);
				}
			}
		}
		List<Region> regions = new ArrayList<>();
		for (int root = 0; root < n; root++) {
			if (find(parent, root) != root) {
				continue;
			}
			List<Segment> hs = new ArrayList<>();
			List<Segment> vs = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (find(parent, i) == root) {
					if (i < horizontals.size()) {
						hs.add(horizontals.get(i));
					} else {
						vs.add(verticals.get(i - horizontals.size()));
					}
				}
			}
			if (hs.size() < 2 || vs.size() < 2) {
				continue;
			}
			Region region = new Region(page, hs, vs);
			if (region.xs.size() >= 2 && region.ys.size() >= 2 && (region.xs.size() > 2 || region.ys.size() > 2)) {
				regions.add(region);
			}
		}
		regions.sort(Comparator.comparingDouble(r -> r.y0));
		return regions;
	}

	/** Collinear pieces of ruling that touch or overlap, merged; lines shorter than 3 points dropped. */
	private static List<Segment> merge(List<Segment> segments, boolean horizontal) {
		List<Segment> some = new ArrayList<>(segments.stream().filter(s -> s.horizontal() == horizontal).toList());
		some.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::a));
		List<Segment> out = new ArrayList<>();
		int i = 0;
		while (i < some.size()) {
			int j = i;
			double sum = 0;
			while (j < some.size() && some.get(j).at() - some.get(i).at() <= SNAP) {
				sum += some.get(j).at();
				j++;
			}
			float at = (float) (sum / (j - i));
			List<Segment> line = new ArrayList<>(some.subList(i, j));
			line.sort(Comparator.comparingDouble(Segment::a));
			float a = line.get(0).a();
			float b = line.get(0).b();
			for (Segment s : line.subList(1, line.size())) {
				if (s.a() <= b + SNAP) {
					b = Math.max(b, s.b());
				} else {
					if (b - a >= 3) {
						out.add(new Segment(horizontal, at, a, b));
					}
					a = s.a();
					b = s.b();
				}
			}
			if (b - a >= 3) {
				out.add(new Segment(horizontal, at, a, b));
			}
			i = j;
		}
		return out;
	}

	/** Values within {@link #SNAP} of one another as one (their mean), sorted. */
	static List<Float> cluster(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(null);
		List<Float> out = new ArrayList<>();
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			double sum = 0;
			while (j < sorted.size() && sorted.get(j) - sorted.get(i) <= SNAP) {
				sum += sorted.get(j);
				j++;
			}
			out.add((float) (sum / (j - i)));
			i = j;
		}
		return out;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, a)] = find(parent, b);
	}

	/** True when {@code next} may continue {@code previous}: the same left and right edges and mostly the same columns. */
	static boolean continues(Region previous, Region next) {
		if (Math.abs(previous.x0 - next.x0) > 2 * SNAP || Math.abs(previous.x1 - next.x1) > 2 * SNAP) {
			return false;
		}
		int same = 0;
		for (float x : next.xs) {
			if (previous.xs.stream().anyMatch(p -> Math.abs(p - x) <= SNAP)) {
				same++;
			}
		}
		return same >= 0.6 * next.xs.size();
	}

	/**
	 * The grid of a table: its parts' rows one under the other over the columns of all parts.
	 *
	 * @param number the table's number in the document (from 1), for locations and messages
	 */
	static Grid grid(String source, Table table, int number) {
		List<Float> xs = new ArrayList<>();
		for (Region part : table.parts) {
			xs.addAll(part.xs);
		}
		xs = cluster(xs);
		int columns = Math.min(xs.size() - 1, Grid.MAX_COLUMNS);
		List<Grid.Cell[]> rows = new ArrayList<>();
		for (Region part : table.parts) {
			int height = part.ys.size() - 1;
			int cells = height * columns;
			int[] parent = new int[cells];
			for (int i = 0; i < cells; i++) {
				parent[i] = i;
			}
			for (int r = 0; r < height; r++) {
				float mid = (part.ys.get(r) + part.ys.get(r + 1)) / 2;
				for (int c = 0; c + 1 < columns; c++) {
					if (!ruled(part.verticals, xs.get(c + 1), mid)) {
						union(parent, r * columns + c, r * columns + c + 1);
					}
				}
			}
			for (int c = 0; c < columns; c++) {
				float mid = (xs.get(c) + xs.get(c + 1)) / 2;
				for (int r = 0; r + 1 < height; r++) {
					if (!ruled(part.horizontals, part.ys.get(r + 1), mid)) {
						union(parent, r * columns + c, (r + 1) * columns + c);
					}
				}
			}
			List<List<Glyph>> glyphs = new ArrayList<>();
			for (int i = 0; i < cells; i++) {
				glyphs.add(new ArrayList<>());
			}
			for (Glyph g : part.page.glyphs) {
				if (!part.contains(g)) {
					continue;
				}
				int c = index(xs, g.centerX(), columns);
				int r = index(part.ys, g.centerY(), height);
				glyphs.get(find(parent, r * columns + c)).add(g);
			}
			Grid.Cell[] made = new Grid.Cell[cells];
			int first = rows.size();
			List<Grid.Cell[]> partRows = new ArrayList<>();
			splitFigures(part, xs, columns, height, parent, glyphs, made, source, number, first);
			for (int r = 0; r < height; r++) {
				Grid.Cell[] line = new Grid.Cell[columns];
				for (int c = 0; c < columns; c++) {
					int root = find(parent, r * columns + c);
					if (made[root] == null) {
						List<String> texts = TextLines.lines(glyphs.get(root)).stream().map(TextLines.Line::text).toList();
						int row = first + r + 1;
						made[root] = new Grid.Cell(TextLines.join(texts, true), null, null,
								Location.ofCell(source, "第 " + part.page.number + " 页 表格 " + number + " 第 " + row + " 行第 " + (c + 1)
										+ " 列 page " + part.page.number + ", table " + number + " row " + row + " col " + (c + 1)));
					}
					line[c] = made[root];
				}
				partRows.add(line);
			}
			if (first > 0) {
				continueMergedCells(rows, partRows);
			}
			for (Grid.Cell[] line : partRows) {
				if (rows.size() < Grid.MAX_ROWS) {
					rows.add(line);
				}
			}
		}
		return new Grid("表格 " + number + " table " + number, rows.toArray(Grid.Cell[][]::new));
	}

	/**
	 * Figures printed on one line under several columns with no ruling between them (table 4's fifteen figures
	 * in one unruled row): a cell of one row spanning columns whose words are all figures or dashes, two or more,
	 * is cut into one cell per column, each word going to the column its centre lies in.
	 */
	private static void splitFigures(Region part, List<Float> xs, int columns, int height, int[] parent,
			List<List<Glyph>> glyphs, Grid.Cell[] made, String source, int number, int first) {
		for (int r = 0; r < height; r++) {
			int c = 0;
			while (c < columns) {
				int root = find(parent, r * columns + c);
				int end = c;
				while (end + 1 < columns && find(parent, r * columns + end + 1) == root) {
					end++;
				}
				boolean oneRow = (r == 0 || find(parent, (r - 1) * columns + c) != root)
						&& (r + 1 == height || find(parent, (r + 1) * columns + c) != root);
				if (end > c && oneRow) {
					List<List<Glyph>> words = words(glyphs.get(root));
					int firstFigure = 0;
					while (firstFigure < words.size() && !isFigure(words.get(firstFigure))) {
						firstFigure++;
					}
					List<List<Glyph>> figures = words.subList(firstFigure, words.size());
					String[] texts = new String[columns];
					boolean clear = figures.size() >= 2 && figures.stream().allMatch(Tables::isFigure);
					for (int w = 0; clear && w < words.size(); w++) {
						List<Glyph> word = words.get(w);
						float center = (word.get(0).x0() + word.get(word.size() - 1).x1()) / 2;
						int column = Math.max(c, Math.min(end, index(xs, center, columns)));
						if (texts[column] != null && w >= firstFigure) {
							clear = false; // a figure where a word already stands: not a row of figures under their columns
						}
						texts[column] = texts[column] == null ? text(word) : texts[column] + " " + text(word);
					}
					if (clear) {
						for (int column = c; column <= end; column++) {
							if (texts[column] == null) {
								continue;
							}
							int position = r * columns + column;
							int row = first + r + 1;
							made[position] = new Grid.Cell(texts[column], null, null, Location.ofCell(source, "第 " + part.page.number
									+ " 页 表格 " + number + " 第 " + row + " 行第 " + (column + 1) + " 列 page " + part.page.number
									+ ", table " + number + " row " + row + " col " + (column + 1)));
							parent[position] = position; // a cell of its own from now on
						}
						for (int i = c; i <= end; i++) {
							int position = r * columns + i;
							if (made[position] == null) {
								made[position] = new Grid.Cell("", null, null, Location.ofCell(source, "第 " + part.page.number + " 页 表格 "
										+ number + " page " + part.page.number + ", table " + number));
								parent[position] = position;
							}
						}
					}
				}
				c = end + 1;
			}
		}
	}

	/** The glyphs of a cell as words: runs on one line with no gap wider than a third of the font size. */
	private static List<List<Glyph>> words(List<Glyph> glyphs) {
		List<List<Glyph>> words = new ArrayList<>();
		for (TextLines.Line line : TextLines.lines(glyphs)) {
			List<Glyph> word = new ArrayList<>();
			Glyph previous = null;
			for (Glyph g : line.glyphs()) {
				if (previous != null && g.x0() - previous.x1() > Math.max(g.size(), previous.size()) * 0.35f) {
					words.add(word);
					word = new ArrayList<>();
				}
				word.add(g);
				previous = g;
			}
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static String text(List<Glyph> word) {
		StringBuilder text = new StringBuilder();
		word.forEach(g -> text.append(g.text()));
		return text.toString();
	}

	private static boolean isFigure(List<Glyph> word) {
		return isFigureText(text(word));
	}

	private static boolean isFigureText(String text) {
		return text.matches("[-+−]?[0-9０-９][0-9０-９,，.．]*%?|[-－—–/／]+");
	}

	/**
	 * A cell merged down over several rows and broken by the page: its text stays on the first page, and the part
	 * on the next page is a blank cell. Below the header rows the next page repeats (if any), a blank cell at
	 * the top of the continued part whose column ended on the page before in a cell spanning rows is that same
	 * cell (a heading such as "三、本年度办理结果" beside rows on both pages).
	 */
	private static void continueMergedCells(List<Grid.Cell[]> rows, List<Grid.Cell[]> part) {
		int repeated = 0;
		while (repeated < part.size() && repeated < rows.size() && sameTexts(rows.get(repeated), part.get(repeated))) {
			repeated++;
		}
		if (repeated >= part.size() || rows.size() < 2) {
			return;
		}
		Grid.Cell[] top = part.get(repeated);
		Grid.Cell[] last = rows.get(rows.size() - 1);
		Grid.Cell[] beforeLast = rows.get(rows.size() - 2);
		for (int c = 0; c < Math.min(top.length, last.length); c++) {
			Grid.Cell blank = top[c];
			Grid.Cell above = last[c];
			if (blank == null || !blank.isBlank() || above == null || above.isBlank() || c >= beforeLast.length
					|| beforeLast[c] != above) {
				continue;
			}
			for (Grid.Cell[] row : part) {
				for (int i = 0; i < row.length; i++) {
					if (row[i] == blank) {
						row[i] = above;
					}
				}
			}
		}
	}

	private static boolean sameTexts(Grid.Cell[] a, Grid.Cell[] b) {
		if (a.length != b.length) {
			return false;
		}
		for (int c = 0; c < a.length; c++) {
			String x = a[c] == null ? "" : a[c].text();
			String y = b[c] == null ? "" : b[c].text();
			if (!x.equals(y)) {
				return false;
			}
		}
		return true;
	}

	/** True when a ruling line at {@code at} (within {@link #SNAP}) crosses the point {@code mid} along it. */
	private static boolean ruled(List<Segment> lines, float at, float mid) {
		for (Segment s : lines) {
			if (Math.abs(s.at() - at) <= SNAP && s.a() - SNAP <= mid && s.b() + SNAP >= mid) {
				return true;
			}
		}
		return false;
	}

	/** The interval of the sorted boundaries that holds v (clamped to the first and last). */
	private static int index(List<Float> bounds, float v, int count) {
		for (int i = 0; i < count; i++) {
			if (v < bounds.get(i + 1)) {
				return i;
			}
		}
		return count - 1;
	}
}
