package io.formwork.pdf;

import java.util.ArrayList;
import java.util.List;

import io.formwork.narrative.ClaimSpec;
import io.formwork.narrative.Extraction;
import io.formwork.narrative.NarrativeExtractor;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * The text of a PDF outside its tables, page furniture left out, as paragraphs: a printed line continues the
 * paragraph of the line before unless that line stopped short of the right edge, this one is indented, or a gap
 * (a table, a blank line) lies between them; across a page break too. Lines are joined as CJK text wraps
 * ({@link TextLines#join}), so a sentence broken over two lines is one sentence for the narrative reader. Each
 * character keeps the page, line and position it was printed at, for locations.
 */
final class PdfNarrative {

	/** Where a piece of a paragraph was printed: from {@code offset} in the paragraph, page and line (1-based). */
	private record Piece(int offset, int page, int line) {
	}

	private final List<String> paragraphs = new ArrayList<>();
	private final List<List<Piece>> pieces = new ArrayList<>();

	private PdfNarrative() {
	}

	static PdfNarrative of(PdfFilingReader.Layout layout) {
		PdfNarrative narrative = new PdfNarrative();
		float left = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		for (List<TextLines.Line> lines : layout.lines) {
			for (TextLines.Line line : lines) {
				if (!layout.furniture.contains(line)) {
					left = Math.min(left, line.x0());
					right = Math.max(right, line.x1());
				}
			}
		}
		for (Tables.Table table : layout.tables) {
			for (Tables.Region region : table.parts) {
				right = Math.max(right, region.x1); // the text block's right edge, where a full line ends
			}
		}
		StringBuilder text = null;
		List<Piece> where = null;
		TextLines.Line previous = null;
		for (int p = 0; p < layout.lines.size(); p++) {
			int number = 0;
			boolean firstOnPage = true;
			for (TextLines.Line line : layout.lines.get(p)) {
				number++;
				if (layout.furniture.contains(line)) {
					continue;
				}
				boolean continues = previous != null && text != null
						&& previous.x1() >= right - 2 * previous.size()
						&& line.x0() <= left + 1.2 * line.size()
						&& (firstOnPage || line.top() - previous.baseline() < 1.2 * line.size());
				if (!continues) {
					if (text != null) {
						narrative.add(text, where);
					}
					text = new StringBuilder();
					where = new ArrayList<>();
				}
				String piece = line.text().strip();
				if (!text.isEmpty() && TextLines.needsSpace(text.charAt(text.length() - 1), piece.isEmpty() ? ' ' : piece.charAt(0))) {
					text.append(' ');
				}
				where.add(new Piece(text.length(), p + 1, number));
				text.append(piece);
				previous = line;
				firstOnPage = false;
			}
		}
		if (text != null) {
			narrative.add(text, where);
		}
		return narrative;
	}

	private void add(StringBuilder text, List<Piece> where) {
		if (!text.isEmpty()) {
			paragraphs.add(text.toString());
			pieces.add(where);
		}
	}

	List<String> paragraphs() {
		return paragraphs;
	}

	/** The figures the claims declare, read from the paragraphs into the filing, located at page and line. */
	void read(Filing filing, List<ClaimSpec> claims) {
		if (claims.isEmpty() || paragraphs.isEmpty()) {
			return;
		}
		Extraction extraction = NarrativeExtractor.extract(String.join("\n", paragraphs), filing.source(), claims);
		for (Fact fact : extraction.facts()) {
			filing.add(new Fact(fact.address(), fact.value(), null, where(fact.location()), fact.source()));
		}
		for (Problem problem : extraction.problems()) {
			filing.problem(new Problem(problem.code(), problem.severity(), where(problem.location()), problem.zh(), problem.en()));
		}
	}

	/** A location in the joined text (paragraph as line, character as column) as page, line and character. */
	private Location where(Location at) {
		if (at == null || at.line() <= 0 || at.line() > paragraphs.size()) {
			return at;
		}
		List<Piece> of = pieces.get(at.line() - 1);
		int offset = Math.max(0, at.column() - 1);
		Piece piece = of.get(0);
		for (Piece p : of) {
			if (p.offset() <= offset) {
				piece = p;
			}
		}
		int character = offset - piece.offset() + 1;
		return Location.ofCell(at.file(), "第 " + piece.page() + " 页第 " + piece.line() + " 行第 " + character + " 字 page "
				+ piece.page() + ", line " + piece.line() + ", char " + character).quoting(at.quote());
	}
}
