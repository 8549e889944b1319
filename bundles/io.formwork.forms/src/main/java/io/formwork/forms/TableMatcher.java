package io.formwork.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.formwork.filing.Numbers;
import io.formwork.filing.ProblemCodes;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Value;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.plan.CellSpec;

/**
 * Finds the template's tables in the tables of a document by their labels, never by position, and reads
 * their figures as facts.
 *
 * <ol>
 * <li>Each document table ({@link Grid}) is cut into blocks: a title row (one cell across the table, such as
 * "第二十条第（一）项"), header rows (labels over the value columns), then data rows (labels, then figures or
 * blanks). A new header after data rows starts a new block, so a table that stacks several small grids
 * (table 2 of the official template) gives one block per grid.</li>
 * <li>Each data row is known by the path of its labels from left to right (a heading merged down beside
 * its rows comes first: "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密"); a label cell left blank under a
 * heading takes the heading above it. Each value column is known by the path of its header labels from top
 * to bottom ("行政诉讼 / 未经复议直接起诉 / 结果维持").</li>
 * <li>A block is matched against every template table: each path against each data line of the template by
 * the {@link Labels#similarity} of the last label with the line's own label (at least
 * {@link Labels#THRESHOLD}), then by its ancestors (which tells the three "总计" columns of table 4 apart),
 * one document line per template line, best pairs first. A table of one data row (table 4) takes the block's
 * unlabelled row; the block goes to the template table it matches best.</li>
 * <li>Figures are read as reports print them ({@link Numbers#parse}: "251000元", "1,234", full-width digits,
 * &amp;nbsp;), a dash as blank, with the unit a header declares ("金额（单位：元）") unless the cell names its
 * own; the engine converts or reports units.</li>
 * </ol>
 * What does not match is reported with its labels: document tables that match nothing (when they hold
 * figures), rows and columns of a matched table that match no line, template tables and lines not found.
 */
final class TableMatcher {

	private static final Pattern DASH = Pattern.compile("[-－—–―/／\\\\、×xX*＊]+|无|空|不适用|N/?A|n/?a");
	private static final Pattern UNIT_IN_LABEL = Pattern.compile("[（(]\\s*(?:单位\\s*[:：]\\s*)?([^（）()]{1,6}?)\\s*[)）]|单位\\s*[:：]\\s*(\\S{1,6})");
	private static final int LISTED = 8;
	/**
	 * A footnote mark after a figure: ①, *, ※, †, [1], （注1）, 注1. Dropped before the figure is read ("15①" is 15).
	 */
	private static final Pattern FOOTNOTE = Pattern.compile(
			"(?<=[\\d%件条元个项份次])\\s*(?:[*＊※†‡]+|[\\u2460-\\u2473\\u2474-\\u2487\\u2776-\\u277F]|[\\[【（(]\\s*注?\\s*\\d{1,2}\\s*[\\]】）)]|注\\s*\\d{0,2})$");

	private final FormTemplate template;
	private final Set<String> units;
	private final Filing filing;

	TableMatcher(FormTemplate template, Filing filing) {
		this.template = template;
		this.units = template.units();
		this.filing = filing;
	}

	/** A column of a block: its first grid column, its header cells top-down. */
	private record Column(int index, List<Grid.Cell> path) {
	}

	/** A data row of a block: its grid row and its label cells left to right. */
	private record Row(int index, List<Grid.Cell> path) {
	}

	/** Part of a grid: an optional title, header rows, data rows. */
	private static final class Block {
		final Grid grid;
		String title;
		final List<Integer> headerRows = new ArrayList<>();
		final List<Integer> dataRows = new ArrayList<>();
		int labelColumns;
		final List<Row> rows = new ArrayList<>();
		final List<Column> columns = new ArrayList<>();

		Block(Grid grid) {
			this.grid = grid;
		}
	}

	/** A template line with the labels of the groups above it, outermost first. */
	private record Target(FormLayout.Line line, List<String> ancestors) {
	}

	/** The outcome of matching one block against one template table. */
	private static final class Match {
		final Block block;
		final FormLayout.Table table;
		final Map<Row, Target> rows = new LinkedHashMap<>();
		final Map<Column, Target> columns = new LinkedHashMap<>();
		final Set<Row> headingRows = new HashSet<>();
		final Set<Column> groupColumns = new HashSet<>();
		double score;

		Match(Block block, FormLayout.Table table) {
			this.block = block;
			this.table = table;
		}

		boolean usable() {
			return !rows.isEmpty() && !columns.isEmpty();
		}
	}

	/**
	 * Reads every template table found among the grids into the filing; returns how many template tables
	 * were found. Problems go to the filing.
	 */
	int read(List<Grid> grids) {
		List<Block> blocks = new ArrayList<>();
		for (Grid grid : joined(grids)) {
			blocks.addAll(blocks(grid));
		}
		List<FormLayout.Table> tables = template.layout().tables();
		Map<FormLayout.Table, List<Match>> found = new LinkedHashMap<>();
		List<Block> unmatched = new ArrayList<>();
		for (Block block : blocks) {
			Match best = null;
			for (FormLayout.Table table : tables) {
				Match match = match(block, table);
				if (match.usable() && (best == null || match.score > best.score + 1e-9)) {
					best = match;
				}
			}
			if (best == null) {
				unmatched.add(block);
			} else {
				found.computeIfAbsent(best.table, t -> new ArrayList<>()).add(best);
			}
		}
		for (FormLayout.Table table : tables) {
			List<Match> matches = found.get(table);
			if (matches != null) {
				for (Match match : matches) {
					readFacts(match);
				}
				reportMissing(table, matches);
			}
		}
		boolean none = found.isEmpty() && !tables.isEmpty();
		if (none) {
			String listed = tables.stream().map(t -> t.code() + "「" + t.labelZh() + "」").collect(Collectors.joining("、"));
			String listedEn = tables.stream().map(FormLayout.Table::code).collect(Collectors.joining(", "));
			filing.problem(Problem.error(FormProblems.UNREADABLE, Location.unknown(filing.source()),
					"文件中没有可识别的表格：模板 " + template.id() + " 的表格（" + listed + "）一个也没有找到"
							+ (blocks.isEmpty() ? "，文件中没有表格" : "，文件中的 " + blocks.size() + " 个表格都与之不符"),
					"No recognisable table: none of the tables of template " + template.id() + " (" + listedEn
							+ ") is in the file" + (blocks.isEmpty() ? ", which has no table"
									: "; its " + blocks.size() + " table(s) match none of them")));
		}
		for (Block block : unmatched) {
			if (none || holdsFigures(block)) {
				reportUnmatched(block);
			}
		}
		if (!none) {
			for (FormLayout.Table table : tables) {
				if (!found.containsKey(table)) {
					filing.problem(Problem.warning(FormProblems.TABLE_NOT_FOUND, Location.unknown(filing.source()),
							"文件中未找到模板表格 " + table.code() + "「" + table.labelZh() + "」",
							"Table " + table.code() + " '" + table.labelEn() + "' of the template is not in the document"));
				}
			}
		}
		return found.size();
	}

	// ------------------------------------------------------------------ cutting grids into blocks

	/**
	 * The grids as tables: columns blank in every row left out (the empty edge column of Word grids), and a grid
	 * that starts with data rows, as wide as the one before it, joined to it (a table split in two at a page
	 * break, its second part without a header of its own).
	 */
	private List<Grid> joined(List<Grid> grids) {
		List<Grid> out = new ArrayList<>();
		for (Grid grid : grids) {
			Grid trimmed = withoutEmptyColumns(grid);
			Grid previous = out.isEmpty() ? null : out.get(out.size() - 1);
			if (previous != null && continues(previous, trimmed)) {
				out.set(out.size() - 1, concat(previous, trimmed));
			} else {
				out.add(trimmed);
			}
		}
		return out;
	}

	private static Grid withoutEmptyColumns(Grid grid) {
		boolean[] keep = new boolean[grid.columns()];
		int kept = 0;
		for (int c = 0; c < grid.columns(); c++) {
			for (int r = 0; r < grid.rows() && !keep[c]; r++) {
				Grid.Cell cell = grid.at(r, c);
				keep[c] = cell != null && !cell.isBlank();
			}
			kept += keep[c] ? 1 : 0;
		}
		if (kept == grid.columns()) {
			return grid;
		}
		Grid.Cell[][] cells = new Grid.Cell[grid.rows()][];
		for (int r = 0; r < grid.rows(); r++) {
			List<Grid.Cell> row = new ArrayList<>();
			for (int c = 0; c < grid.columns(); c++) {
				if (keep[c]) {
					row.add(grid.at(r, c));
				}
			}
			cells[r] = row.toArray(Grid.Cell[]::new);
		}
		return new Grid(grid.name(), cells);
	}

	private boolean continues(Grid previous, Grid next) {
		if (previous.columns() != next.columns() || previous.rows() + next.rows() > Grid.MAX_ROWS) {
			return false;
		}
		Kind last = null;
		boolean header = false;
		for (int r = 0; r < previous.rows(); r++) {
			Kind kind = kind(previous, r);
			header |= kind == Kind.HEADER;
			if (kind != Kind.EMPTY && kind != Kind.BLANK) {
				last = kind;
			}
		}
		if (!header || last != Kind.DATA) {
			return false;
		}
		for (int r = 0; r < next.rows(); r++) {
			Kind kind = kind(next, r);
			if (kind != Kind.EMPTY && kind != Kind.BLANK) {
				return kind == Kind.DATA;
			}
		}
		return false;
	}

	private static Grid concat(Grid a, Grid b) {
		Grid.Cell[][] cells = new Grid.Cell[a.rows() + b.rows()][];
		for (int r = 0; r < a.rows(); r++) {
			cells[r] = row(a, r);
		}
		for (int r = 0; r < b.rows(); r++) {
			cells[a.rows() + r] = row(b, r);
		}
		return new Grid(a.name(), cells);
	}

	private static Grid.Cell[] row(Grid grid, int r) {
		Grid.Cell[] row = new Grid.Cell[grid.columns()];
		for (int c = 0; c < grid.columns(); c++) {
			row[c] = grid.at(r, c);
		}
		return row;
	}

	private enum Kind {
		EMPTY, BLANK, TITLE, HEADER, DATA
	}

	private List<Block> blocks(Grid grid) {
		List<Block> blocks = new ArrayList<>();
		Kind[] kinds = new Kind[grid.rows()];
		for (int r = 0; r < grid.rows(); r++) {
			kinds[r] = kind(grid, r);
		}
		Block current = null;
		String title = null;
		for (int r = 0; r < grid.rows(); r++) {
			Kind kind = kinds[r];
			if (kind == Kind.TITLE && current != null && !current.dataRows.isEmpty() && !nextIsHeader(kinds, r)) {
				kind = Kind.DATA; // a heading row among data rows ("三、本年度办理结果" on a row of its own)
			}
			switch (kind) {
			case EMPTY -> {
			}
			case BLANK -> {
				if (current != null && current.dataRows.isEmpty() && !current.headerRows.isEmpty()) {
					current.dataRows.add(r); // value cells left blank under the header, without a label (table 4)
				}
			}
			case TITLE -> {
				if (current != null && !current.dataRows.isEmpty()) {
					blocks.add(current);
					current = null;
				}
				title = firstText(grid, r);
			}
			case HEADER -> {
				if (current == null || !current.dataRows.isEmpty()) {
					if (current != null) {
						blocks.add(current);
					}
					current = new Block(grid);
					current.title = title;
					title = null;
				}
				current.headerRows.add(r);
			}
			case DATA -> {
				if (current == null) {
					current = new Block(grid);
					current.title = title;
					title = null;
				}
				current.dataRows.add(r);
			}
			}
		}
		if (current != null) {
			blocks.add(current);
		}
		for (Block block : blocks) {
			shape(block);
		}
		return blocks;
	}

	private static boolean nextIsHeader(Kind[] kinds, int r) {
		for (int i = r + 1; i < kinds.length; i++) {
			if (kinds[i] != Kind.EMPTY && kinds[i] != Kind.BLANK) {
				return kinds[i] == Kind.HEADER || kinds[i] == Kind.TITLE;
			}
		}
		return false;
	}

	/**
	 * EMPTY: nothing in it. TITLE: one label alone across the row. HEADER: a label after a blank or a figure
	 * (column labels beside an empty corner), or labels only. DATA: labels, then figures or blanks.
	 */
	private Kind kind(Grid grid, int r) {
		Set<Grid.Cell> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		int labels = 0;
		int values = 0;
		int blanks = 0;
		boolean gap = false;
		boolean labelAfterGap = false;
		for (int c = 0; c < grid.columns(); c++) {
			Grid.Cell cell = grid.at(r, c);
			if (cell == null || !seen.add(cell)) {
				continue;
			}
			if (cell.isBlank()) {
				blanks++;
				gap = true;
			} else if (isValue(cell)) {
				values++;
				gap = true;
			} else {
				labels++;
				labelAfterGap |= gap;
			}
		}
		if (labels == 0 && values == 0) {
			return blanks >= 2 ? Kind.BLANK : Kind.EMPTY;
		}
		if (labels == 1 && values == 0 && blanks == 0) {
			return Kind.TITLE;
		}
		if (labelAfterGap && (values == 0 || !figures(grid, r)) || labels >= 2 && values == 0 && blanks == 0) {
			return Kind.HEADER;
		}
		return Kind.DATA;
	}

	/**
	 * True when a row holds a figure (not only dashes or blanks): a row with a blank cell before its labels is
	 * then a data row whose heading cell continues from above (a table split at a page break), not a header.
	 */
	private boolean figures(Grid grid, int r) {
		for (int c = 0; c < grid.columns(); c++) {
			Grid.Cell cell = grid.at(r, c);
			if (cell != null && !cell.isBlank() && isValue(cell) && !DASH.matcher(figureText(cell)).matches()) {
				return true;
			}
		}
		return false;
	}

	private static String firstText(Grid grid, int r) {
		for (int c = 0; c < grid.columns(); c++) {
			String text = grid.text(r, c);
			if (!text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

	/** Label columns, row paths and column paths of a block. */
	private void shape(Block block) {
		Grid grid = block.grid;
		Map<Integer, Integer> extents = new HashMap<>();
		for (int r : block.dataRows) {
			extents.merge(extent(grid, r), 1, Integer::sum);
		}
		int labelColumns = 0;
		int best = 0;
		for (Map.Entry<Integer, Integer> e : extents.entrySet()) {
			if (e.getValue() > best || e.getValue() == best && e.getKey() > labelColumns) {
				best = e.getValue();
				labelColumns = e.getKey();
			}
		}
		block.labelColumns = labelColumns;
		List<Grid.Cell> above = null;
		for (int r : block.dataRows) {
			List<Grid.Cell> path = new ArrayList<>();
			Grid.Cell[] filled = new Grid.Cell[labelColumns];
			boolean anyLabel = false;
			for (int c = 0; c < labelColumns; c++) {
				Grid.Cell cell = grid.at(r, c);
				if (cell != null && !cell.isBlank() && !isValue(cell)) {
					anyLabel = true;
				}
			}
			for (int c = 0; c < labelColumns; c++) {
				Grid.Cell cell = grid.at(r, c);
				if ((cell == null || cell.isBlank()) && anyLabel && above != null && c < above.size()
						&& labelAt(grid, r, c + 1, labelColumns)) {
					cell = above.get(c); // a heading left blank below itself
				}
				filled[c] = cell;
				if (cell != null && !cell.isBlank() && !isValue(cell) && (path.isEmpty() || path.get(path.size() - 1) != cell)
						&& (path.isEmpty() || !Labels.clean(path.get(path.size() - 1).text()).equals(Labels.clean(cell.text())))) {
					path.add(cell);
				}
			}
			above = Arrays.asList(filled);
			block.rows.add(new Row(r, path));
		}
		int first = Math.min(labelColumns, firstHeaderColumn(block));
		for (int c = first; c < grid.columns(); c++) {
			if (c > first && sameColumn(block, c - 1, c)) {
				continue;
			}
			List<Grid.Cell> path = new ArrayList<>();
			for (int r : block.headerRows) {
				Grid.Cell cell = grid.at(r, c);
				if (cell == null || cell.isBlank() || path.contains(cell)) {
					continue;
				}
				if (labelColumns > 0 && grid.at(r, 0) == cell) {
					continue; // the corner, over the row labels
				}
				path.add(cell);
			}
			if (!path.isEmpty() && !block.columns.isEmpty() && samePath(block.columns.get(block.columns.size() - 1).path(), path)) {
				continue; // one header label over two grid columns: one column, read where its value is
			}
			block.columns.add(new Column(c, path));
		}
	}

	/**
	 * The first grid column under a header label other than the corner (the cell at the start of a header row):
	 * where the value columns begin by the header, which may be left of where the data rows' labels end when a
	 * row's label cell spans more columns than the corner above it (Word exports).
	 */
	private static int firstHeaderColumn(Block block) {
		int first = Integer.MAX_VALUE;
		for (int r : block.headerRows) {
			Grid.Cell corner = block.grid.at(r, 0);
			for (int c = 0; c < block.grid.columns() && c < first; c++) {
				Grid.Cell cell = block.grid.at(r, c);
				if (cell != null && cell != corner && !cell.isBlank()) {
					first = c;
				}
			}
		}
		return first;
	}

	/** True when there is a label in the row at or after column {@code from}, before {@code to}. */
	private boolean labelAt(Grid grid, int r, int from, int to) {
		for (int c = from; c < to; c++) {
			Grid.Cell cell = grid.at(r, c);
			if (cell != null && !cell.isBlank() && !isValue(cell)) {
				return true;
			}
		}
		return false;
	}

	private static boolean samePath(List<Grid.Cell> a, List<Grid.Cell> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	/** Columns covered by the same cells in every row of the block (a merged value column). */
	private static boolean sameColumn(Block block, int a, int b) {
		for (int r : block.headerRows) {
			if (block.grid.at(r, a) != block.grid.at(r, b)) {
				return false;
			}
		}
		for (int r : block.dataRows) {
			if (block.grid.at(r, a) != block.grid.at(r, b)) {
				return false;
			}
		}
		return true;
	}

	/** One past the last label cell of a data row that no figure precedes. */
	private int extent(Grid grid, int r) {
		int extent = 0;
		for (int c = 0; c < grid.columns(); c++) {
			Grid.Cell cell = grid.at(r, c);
			if (cell == null || cell.isBlank()) {
				continue;
			}
			if (isValue(cell)) {
				break;
			}
			extent = c + 1;
		}
		return extent;
	}

	/** A figure, a dash or a formula: what a value cell holds. */
	private boolean isValue(Grid.Cell cell) {
		if (cell.number() != null || cell.formula() != null) {
			return true;
		}
		String text = figureText(cell);
		if (text.isEmpty() || DASH.matcher(text).matches()) {
			return true;
		}
		Numbers.Parsed parsed = Numbers.parse(text);
		return parsed.ok() && (parsed.unit() == null || units.contains(parsed.unit()));
	}

	/** A cell's text as a figure: cleaned, a footnote mark after the figure left aside. */
	private static String figureText(Grid.Cell cell) {
		String text = Labels.clean(cell.text());
		return text.isEmpty() ? text : FOOTNOTE.matcher(text).replaceFirst("");
	}

	// ------------------------------------------------------------------ matching a block with a table

	private Match match(Block block, FormLayout.Table table) {
		Match match = new Match(block, table);
		List<Target> rowTargets = targets(table.rows());
		List<Target> columnTargets = targets(table.columns());
		List<String> rowGroups = groupLabels(table.rows());
		List<String> columnGroups = groupLabels(table.columns());

		List<Row> rows = block.rows.stream().filter(r -> !r.path().isEmpty()).toList();
		List<Row> unlabelled = block.rows.stream().filter(r -> r.path().isEmpty()).toList();
		Map<Row, Target> rowPairs = assign(rows, Row::path, rowTargets);
		match.rows.putAll(rowPairs);
		double score = rowPairs.size();
		if (rowTargets.size() == 1 && rowPairs.isEmpty() && !unlabelled.isEmpty()) {
			match.rows.put(unlabelled.get(0), rowTargets.get(0)); // table 4: one row, printed without a label
			score += 0.5;
		}
		for (Row row : rows) {
			if (!match.rows.containsKey(row) && matchesGroup(last(row.path()), rowGroups)) {
				match.headingRows.add(row);
			}
		}
		List<Column> columns = block.columns.stream().filter(c -> !c.path().isEmpty()).toList();
		Map<Column, Target> columnPairs = assign(columns, Column::path, columnTargets);
		match.columns.putAll(columnPairs);
		score += columnPairs.size();
		for (Column column : columns) {
			if (!match.columns.containsKey(column) && matchesGroup(last(column.path()), columnGroups)) {
				match.groupColumns.add(column);
			}
		}
		if (block.title != null && table.labelZh() != null) {
			double title = Labels.similarity(block.title, table.labelZh());
			score += title >= Labels.THRESHOLD ? title : 0;
		}
		match.score = score;
		return match;
	}

	private static Grid.Cell last(List<Grid.Cell> path) {
		return path.get(path.size() - 1);
	}

	private static boolean matchesGroup(Grid.Cell cell, List<String> groups) {
		for (String group : groups) {
			if (Labels.similarity(cell.text(), group) >= 0.85) {
				return true;
			}
		}
		return false;
	}

	/** Best pairs first, one document line per template line, the last label at least similar enough. */
	private static <L> Map<L, Target> assign(List<L> lines, Function<L, List<Grid.Cell>> paths,
			List<Target> targets) {
		record Pair<L>(L line, Target target, double score) {
		}
		List<Pair<L>> pairs = new ArrayList<>();
		for (L line : lines) {
			List<Grid.Cell> path = paths.apply(line);
			String own = Labels.key(last(path).text());
			for (Target target : targets) {
				double leaf = Labels.keySimilarity(own, Labels.key(target.line().labelZh()));
				for (String aka : target.line().aka()) {
					leaf = Math.max(leaf, Labels.keySimilarity(own, Labels.key(aka))); // a wording the template declares
				}
				if (leaf < Labels.THRESHOLD) {
					continue;
				}
				pairs.add(new Pair<>(line, target, 0.7 * leaf + 0.3 * ancestry(path, target.ancestors())));
			}
		}
		pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
		Map<L, Target> result = new LinkedHashMap<>();
		Set<Target> taken = new HashSet<>();
		for (Pair<L> pair : pairs) {
			if (!result.containsKey(pair.line()) && !taken.contains(pair.target())) {
				result.put(pair.line(), pair.target());
				taken.add(pair.target());
			}
		}
		return result;
	}

	/** How well the labels before the last one in a path match a template line's groups (1 when it has none). */
	private static double ancestry(List<Grid.Cell> path, List<String> ancestors) {
		if (ancestors.isEmpty()) {
			return 1;
		}
		double total = 0;
		for (String ancestor : ancestors) {
			double best = 0;
			for (int i = 0; i < path.size() - 1; i++) {
				best = Math.max(best, Labels.similarity(path.get(i).text(), ancestor));
			}
			total += best;
		}
		return total / ancestors.size();
	}

	private static List<Target> targets(FormLayout.Header header) {
		List<Target> out = new ArrayList<>();
		List<String> path = new ArrayList<>();
		if (header.labelZh() != null) {
			path.add(header.labelZh());
		}
		collectTargets(header.lines(), path, out);
		return out;
	}

	private static void collectTargets(List<FormLayout.Line> lines, List<String> path, List<Target> out) {
		for (FormLayout.Line line : lines) {
			if (line.isData()) {
				out.add(new Target(line, List.copyOf(path)));
			} else {
				path.add(line.labelZh());
				collectTargets(line.children(), path, out);
				path.remove(path.size() - 1);
			}
		}
	}

	private static List<String> groupLabels(FormLayout.Header header) {
		List<String> out = new ArrayList<>();
		if (header.labelZh() != null) {
			out.add(header.labelZh());
		}
		collectGroups(header.lines(), out);
		return out;
	}

	private static void collectGroups(List<FormLayout.Line> lines, List<String> out) {
		for (FormLayout.Line line : lines) {
			if (!line.isData()) {
				out.add(line.labelZh());
				collectGroups(line.children(), out);
			}
		}
	}

	// ------------------------------------------------------------------ reading figures

	private void readFacts(Match match) {
		Grid grid = match.block.grid;
		List<Column> labelled = match.block.columns.stream().filter(c -> !c.path().isEmpty()).toList();
		for (Map.Entry<Row, Target> row : match.rows.entrySet()) {
			String rowUnit = declaredUnit(row.getKey().path());
			List<Grid.Cell> logical = valueCells(match.block, row.getKey());
			boolean byOrder = logical.size() == labelled.size();
			for (Map.Entry<Column, Target> column : match.columns.entrySet()) {
				Grid.Cell cell = byOrder ? logical.get(labelled.indexOf(column.getKey()))
						: grid.at(row.getKey().index(), column.getKey().index());
				if (cell != null && row.getKey().path().contains(cell)) {
					continue; // the row's own label reaching under a column header
				}
				FormLayout.Line rowLine = row.getValue().line();
				FormLayout.Line columnLine = column.getValue().line();
				CellSpec spec = template.cell(match.table, rowLine, columnLine);
				String headerUnit = declaredUnit(column.getKey().path());
				read(cell, spec, CellAddress.cell(match.table.code(), rowLine.code(), columnLine.code()),
						headerUnit != null ? headerUnit : rowUnit);
			}
		}
		for (Row row : match.block.rows) {
			if (!row.path().isEmpty() && !match.rows.containsKey(row) && !match.headingRows.contains(row)
					&& rowHoldsFigures(match, row)) {
				Grid.Cell label = last(row.path());
				filing.problem(Problem.warning(FormProblems.UNMATCHED_LABEL, label.location(),
						"行「" + Labels.printed(label.text()) + "」与模板表格 " + match.table.code() + "「" + match.table.labelZh()
								+ "」的各行都不相符，其中的数值未读取",
						"The row '" + Labels.printed(label.text()) + "' matches no row of table " + match.table.code()
								+ "; its figures are not read"));
			}
		}
		for (Column column : match.block.columns) {
			if (!column.path().isEmpty() && !match.columns.containsKey(column) && !match.groupColumns.contains(column)
					&& columnHoldsFigures(match, column)) {
				Grid.Cell label = last(column.path());
				filing.problem(Problem.warning(FormProblems.UNMATCHED_LABEL, label.location(),
						"列「" + Labels.printed(label.text()) + "」与模板表格 " + match.table.code() + "「" + match.table.labelZh()
								+ "」的各列都不相符，其中的数值未读取",
						"The column '" + Labels.printed(label.text()) + "' matches no column of table "
								+ match.table.code() + "; its figures are not read"));
			}
		}
	}

	/**
	 * The value cells of a data row in their order, each once: every cell after its last label. When there are as
	 * many as the block has labelled columns, the row is read by this order rather than by grid position (header
	 * and data rows whose spans disagree).
	 */
	private List<Grid.Cell> valueCells(Block block, Row row) {
		Set<Grid.Cell> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.addAll(row.path());
		int from = 0;
		for (int c = 0; c < block.grid.columns(); c++) {
			if (row.path().contains(block.grid.at(row.index(), c))) {
				from = c + 1;
			}
		}
		List<Grid.Cell> cells = new ArrayList<>();
		for (int c = from; c < block.grid.columns(); c++) {
			Grid.Cell cell = block.grid.at(row.index(), c);
			if (cell != null && seen.add(cell)) {
				cells.add(cell);
			}
		}
		return cells;
	}

	private boolean rowHoldsFigures(Match match, Row row) {
		for (Column column : match.block.columns) {
			Grid.Cell cell = match.block.grid.at(row.index(), column.index());
			if (cell != null && !cell.isBlank() && isValue(cell) && !row.path().contains(cell)) {
				return true;
			}
		}
		return false;
	}

	private boolean columnHoldsFigures(Match match, Column column) {
		for (Row row : match.block.rows) {
			Grid.Cell cell = match.block.grid.at(row.index(), column.index());
			if (cell != null && !cell.isBlank() && isValue(cell)) {
				return true;
			}
		}
		return false;
	}

	private void read(Grid.Cell cell, CellSpec spec, CellAddress address, String declaredUnit) {
		if (cell == null) {
			return;
		}
		Location at = cell.location();
		if (spec == null) {
			if (!cell.isBlank() && !DASH.matcher(Labels.clean(cell.text())).matches()) {
				filing.problem(Problem.warning(FormProblems.NOT_REPORTED, at,
						address + " 不属于模板收集的数据，所填「" + shown(cell) + "」未读取",
						address + " is not collected by the template; '" + shown(cell) + "' is not read"));
			}
			return;
		}
		if (cell.formula() != null) {
			if (cell.number() == null) {
				filing.problem(Problem.error(FormProblems.FORMULA, at,
						"数值单元格中是公式 =" + cell.formula() + "，且没有保存的计算结果；请填写数值",
						"The value cell holds the formula =" + cell.formula() + " and no saved result; enter the figure"));
				return;
			}
			filing.problem(Problem.warning(FormProblems.FORMULA, at,
					"数值单元格中是公式 =" + cell.formula() + "，采用其保存的计算结果 " + plain(cell.number())
							+ "（Formwork 不计算公式）",
					"The value cell holds the formula =" + cell.formula() + "; its saved result " + plain(cell.number())
							+ " is used (Formwork does not evaluate formulas)"));
		}
		if (cell.number() != null) {
			filing.add(new Fact(address, Value.of(cell.number()), declaredUnit, at, null));
			return;
		}
		String text = figureText(cell);
		if (text.isEmpty() || DASH.matcher(text).matches()) {
			filing.add(new Fact(address, Value.blank(), null, at, null));
			return;
		}
		Numbers.Parsed parsed = Numbers.parse(text);
		if (!parsed.ok()) {
			filing.problem(Problem.error(ProblemCodes.NOT_A_NUMBER, at, parsed.errorZh(),
					parsed.errorEn()));
			return;
		}
		filing.add(new Fact(address, parsed.value(), parsed.unit() != null ? parsed.unit() : declaredUnit, at, null));
	}

	private static String shown(Grid.Cell cell) {
		return cell.number() != null ? plain(cell.number()) : Labels.clean(cell.text());
	}

	private static String plain(BigDecimal number) {
		return number.toPlainString();
	}

	/** A unit a label declares for its figures: "（单位：万元）", "（元）", "单位：件"; null when none is known. */
	private String declaredUnit(List<Grid.Cell> path) {
		for (int i = path.size() - 1; i >= 0; i--) {
			Matcher m = UNIT_IN_LABEL.matcher(Labels.clean(path.get(i).text()));
			while (m.find()) {
				String unit = m.group(1) != null ? m.group(1).strip() : m.group(2).strip();
				if (units.contains(unit)) {
					return unit;
				}
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ what does not match

	private boolean holdsFigures(Block block) {
		for (int r : block.dataRows) {
			for (int c = block.labelColumns; c < block.grid.columns(); c++) {
				Grid.Cell cell = block.grid.at(r, c);
				if (cell != null && !cell.isBlank() && isValue(cell)
						&& !DASH.matcher(Labels.clean(cell.text())).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	private void reportUnmatched(Block block) {
		List<String> rowLabels = new ArrayList<>();
		for (Row row : block.rows) {
			if (!row.path().isEmpty() && rowLabels.size() < LISTED) {
				rowLabels.add(Labels.printed(last(row.path()).text()));
			}
		}
		List<String> columnLabels = new ArrayList<>();
		for (Column column : block.columns) {
			if (!column.path().isEmpty() && columnLabels.size() < LISTED) {
				columnLabels.add(Labels.printed(last(column.path()).text()));
			}
		}
		Location at = firstLocation(block);
		String rows = rowLabels.isEmpty() ? "（无）" : "「" + String.join("」「", rowLabels) + "」";
		String columns = columnLabels.isEmpty() ? "（无）" : "「" + String.join("」「", columnLabels) + "」";
		String zh = block.grid.name() + (block.title == null ? "" : "「" + block.title + "」")
				+ " 与模板的表格都不相符：行 " + rows + "，列 " + columns;
		String en = block.grid.name() + (block.title == null ? "" : " '" + block.title + "'")
				+ " matches no table of the template: rows " + rows + ", columns " + columns;
		filing.problem(Problem.warning(FormProblems.UNMATCHED_TABLE, at == null ? Location.unknown(filing.source()) : at, zh, en));
	}

	private static Location firstLocation(Block block) {
		List<Integer> rows = new ArrayList<>(block.headerRows);
		rows.addAll(block.dataRows);
		for (int r : rows) {
			for (int c = 0; c < block.grid.columns(); c++) {
				Grid.Cell cell = block.grid.at(r, c);
				if (cell != null && cell.location() != null) {
					return cell.location();
				}
			}
		}
		return null;
	}

	private void reportMissing(FormLayout.Table table, List<Match> matches) {
		report(table, "行", "rows", targets(table.rows()), matches.stream().flatMap(m -> m.rows.values().stream()).toList());
		report(table, "列", "columns", targets(table.columns()),
				matches.stream().flatMap(m -> m.columns.values().stream()).toList());
	}

	private void report(FormLayout.Table table, String zh, String en, List<Target> all, List<Target> found) {
		Set<FormLayout.Line> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		found.forEach(t -> seen.add(t.line()));
		List<String> missing = new ArrayList<>();
		for (Target target : all) {
			if (!seen.contains(target.line())) {
				missing.add(target.ancestors().isEmpty() ? target.line().labelZh()
						: String.join(" / ", target.ancestors()) + " / " + target.line().labelZh());
			}
		}
		if (!missing.isEmpty()) {
			String listed = "「" + String.join("」「", missing.subList(0, Math.min(LISTED, missing.size()))) + "」"
					+ (missing.size() > LISTED ? " …" : "");
			filing.problem(Problem.warning(FormProblems.MISSING_LABEL, Location.unknown(filing.source()),
					"表格 " + table.code() + "「" + table.labelZh() + "」缺少模板中的" + missing.size() + "个" + zh + "：" + listed,
					"Table " + table.code() + " lacks " + missing.size() + " " + en + " of the template: " + listed));
		}
	}
}
