package io.formwork.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.formwork.pdf.PageContent.Glyph;

/**
 * Glyphs put into lines (by their baselines) and lines into text: characters of a line in order, a space where
 * the gap between two characters is wide, and wrapped lines joined as CJK text wraps (without a hyphen and
 * without a space between two CJK characters; with a space between two Latin words).
 */
final class TextLines {

	/** A printed line: its glyphs left to right, its text, its box. */
	record Line(List<Glyph> glyphs, String text, float x0, float x1, float top, float baseline, float size) {
	}

	private TextLines() {
	}

	/** The lines the glyphs make, top to bottom. */
	static List<Line> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
		List<List<Glyph>> groups = new ArrayList<>();
		List<Glyph> group = null;
		float baseline = 0;
		for (Glyph g : sorted) {
			if (group != null && Math.abs(g.baseline() - baseline) <= Math.max(1.5f, g.size() * 0.3f)) {
				group.add(g);
			} else {
				group = new ArrayList<>();
				group.add(g);
				groups.add(group);
				baseline = g.baseline();
			}
		}
		List<Line> lines = new ArrayList<>();
		for (List<Glyph> line : groups) {
			line.sort(Comparator.comparingDouble(Glyph::x0));
			lines.add(line(line));
		}
		return lines;
	}

	private static Line line(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		Glyph previous = null;
		float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, top = Float.MAX_VALUE, baseline = 0, size = 0;
		for (Glyph g : glyphs) {
			if (previous != null) {
				float gap = g.x0() - previous.x1();
				if (gap > Math.max(g.size(), previous.size()) * 0.35f) {
					text.append(' ');
				}
			}
			text.append(g.text());
			previous = g;
			x0 = Math.min(x0, g.x0());
			x1 = Math.max(x1, g.x1());
			top = Math.min(top, g.top());
			baseline = Math.max(baseline, g.baseline());
			size = Math.max(size, g.size());
		}
		return new Line(List.copyOf(glyphs), text.toString(), x0, x1, top, baseline, size);
	}

	/** Lines joined into one text as wrapped text is read: no separator at a CJK wrap, a space between words. */
	static String join(List<String> lines) {
		return join(lines, false);
	}

	/**
	 * Lines joined; in a table cell ({@code cell}) digits on both sides of a wrap are one number ("1,23" over
	 * "4" is 1,234).
	 */
	static String join(List<String> lines, boolean cell) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			String piece = line.strip();
			if (piece.isEmpty()) {
				continue;
			}
			char before = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
			boolean number = cell && (Character.isDigit(before) || before == ',') && Character.isDigit(piece.charAt(0));
			if (!text.isEmpty() && !number && needsSpace(before, piece.charAt(0))) {
				text.append(' ');
			}
			text.append(piece);
		}
		return text.toString();
	}

	/** True when a wrap between these two characters stood for a space: both sides Latin letters or digits. */
	static boolean needsSpace(char before, char after) {
		return isLatin(before) && isLatin(after);
	}

	private static boolean isLatin(char c) {
		return c < 0x2E80 && Character.isLetterOrDigit(c);
	}
}
