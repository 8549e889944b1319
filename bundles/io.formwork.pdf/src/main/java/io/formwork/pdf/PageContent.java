package io.formwork.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What one page of a PDF holds for reading: its glyphs with their positions and its ruling lines (the
 * horizontal and vertical strokes and thin filled rectangles that draw table borders), in page coordinates
 * with the origin at the top left, y growing downwards, in points.
 */
final class PageContent {

	/** A character as printed: its box (top-left origin), baseline, font size and text. */
	record Glyph(float x0, float x1, float top, float baseline, float size, String text) {
		float centerX() {
			return (x0 + x1) / 2;
		}

		float centerY() {
			return (top + baseline) / 2;
		}
	}

	/** A horizontal (y fixed, from a to b in x) or vertical (x fixed, from a to b in y) ruling line. */
	record Segment(boolean horizontal, float at, float a, float b) {
	}

	final int number;
	final float width;
	final float height;
	final List<Glyph> glyphs = new ArrayList<>();
	final List<Segment> segments = new ArrayList<>();
	int images;

	PageContent(int number, float width, float height) {
		this.number = number;
		this.width = width;
		this.height = height;
	}

	/** The text of every page and its ruling lines. */
	static List<PageContent> read(PDDocument document, Budget budget) throws IOException {
		List<PageContent> pages = new ArrayList<>();
		int number = 0;
		for (PDPage page : document.getPages()) {
			number++;
			PDRectangle box = page.getCropBox();
			PageContent content = new PageContent(number, box.getWidth(), box.getHeight());
			new Rulings(page, content, budget).processPage(page);
			pages.add(content);
		}
		Glyphs glyphs = new Glyphs(pages, budget);
		glyphs.setSortByPosition(false);
		glyphs.getText(document);
		return pages;
	}

	/**
	 * Limits on the work one document may cause: content-stream operators and glyphs in all, and the nesting
	 * of forms inside forms. A document that passes them is refused, never read for ever.
	 */
	static final class Budget {
		static final long MAX_OPERATORS = 20_000_000;
		static final long MAX_GLYPHS = 5_000_000;
		static final int MAX_FORM_DEPTH = 12;

		static final long SECONDS = 100;

		private final long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
		long operators;
		long glyphs;

		void operator() throws IOException {
			if ((++operators & 1023) == 0 && System.nanoTime() > deadline) {
				throw new LimitException("读取超过 " + SECONDS + " 秒", "reading took more than " + SECONDS + " s");
			}
			if (operators > MAX_OPERATORS) {
				throw new LimitException("内容流的操作数超过 " + MAX_OPERATORS + " 个", "more than " + MAX_OPERATORS + " content stream operators");
			}
		}
	}

	/** A limit of {@link Budget} passed: the document is refused with this message. */
	static final class LimitException extends IOException {
		private static final long serialVersionUID = 1L;
		final String zh;
		final String en;

		LimitException(String zh, String en) {
			super(en);
			this.zh = zh;
			this.en = en;
		}
	}

	/** Glyphs of each page, as PDFBox's text stripper positions them (overlapping duplicates removed). */
	private static final class Glyphs extends PDFTextStripper {
		private final List<PageContent> pages;
		private final Budget budget;
		private int forms;

		Glyphs(List<PageContent> pages, Budget budget) {
			this.pages = pages;
			this.budget = budget;
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			budget.operator();
			super.processOperator(operator, operands);
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			if (++forms > Budget.MAX_FORM_DEPTH) {
				throw new LimitException("表单对象嵌套超过 " + Budget.MAX_FORM_DEPTH + " 层", "form XObjects nested more than " + Budget.MAX_FORM_DEPTH + " deep");
			}
			try {
				super.showForm(form);
			} finally {
				forms--;
			}
		}

		@Override
		protected void writePage() throws IOException {
			PageContent page = pages.get(getCurrentPageNo() - 1);
			for (List<TextPosition> article : getCharactersByArticle()) {
				for (TextPosition t : article) {
					if (++budget.glyphs > Budget.MAX_GLYPHS) {
						throw new LimitException("字符超过 " + Budget.MAX_GLYPHS + " 个", "more than " + Budget.MAX_GLYPHS + " characters");
					}
					String text = t.getUnicode();
					if (text == null || text.isBlank()) {
						continue;
					}
					float size = Math.max(1f, t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
					float x0 = t.getXDirAdj();
					float width = t.getWidthDirAdj() > 0 ? t.getWidthDirAdj() : size / 2;
					float baseline = t.getYDirAdj();
					float height = t.getHeightDir() > 0 ? Math.min(t.getHeightDir(), size) : size * 0.7f;
					page.glyphs.add(new Glyph(x0, x0 + width, baseline - height, baseline, size, text));
				}
			}
		}
	}

	/** Ruling lines of a page: stroked horizontal and vertical segments, thin filled rectangles; and images. */
	private static final class Rulings extends PDFGraphicsStreamEngine {
		private static final float THIN = 3f;
		private final PageContent content;
		private final Budget budget;
		private final float left;
		private final float top;
		private final List<List<Point2D.Float>> path = new ArrayList<>();
		private List<Point2D.Float> current;
		private int forms;

		Rulings(PDPage page, PageContent content, Budget budget) {
			super(page);
			this.content = content;
			this.budget = budget;
			PDRectangle box = page.getCropBox();
			this.left = box.getLowerLeftX();
			this.top = box.getUpperRightY();
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			budget.operator();
			super.processOperator(operator, operands);
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			if (++forms > Budget.MAX_FORM_DEPTH) {
				throw new LimitException("表单对象嵌套超过 " + Budget.MAX_FORM_DEPTH + " 层", "form XObjects nested more than " + Budget.MAX_FORM_DEPTH + " deep");
			}
			try {
				super.showForm(form);
			} finally {
				forms--;
			}
		}

		private Point2D.Float page(Point2D p) {
			return new Point2D.Float((float) p.getX() - left, top - (float) p.getY());
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			List<Point2D.Float> rectangle = new ArrayList<>(List.of(page(p0), page(p1), page(p2), page(p3), page(p0)));
			path.add(rectangle);
			current = null;
		}

		@Override
		public void moveTo(float x, float y) {
			current = new ArrayList<>();
			current.add(page(new Point2D.Float(x, y)));
			path.add(current);
		}

		@Override
		public void lineTo(float x, float y) {
			if (current == null) {
				moveTo(x, y);
				return;
			}
			current.add(page(new Point2D.Float(x, y)));
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			lineTo(x3, y3); // a curve is no ruling; its end point keeps the path going
			if (current != null && current.size() >= 2) {
				current.set(current.size() - 2, null); // but no segment to it
			}
		}

		@Override
		public Point2D getCurrentPoint() {
			if (current == null || current.isEmpty() || current.get(current.size() - 1) == null) {
				return new Point2D.Float();
			}
			Point2D.Float p = current.get(current.size() - 1);
			return new Point2D.Float(p.x + left, top - p.y);
		}

		@Override
		public void closePath() {
			if (current != null && !current.isEmpty() && current.get(0) != null) {
				current.add(current.get(0));
			}
		}

		@Override
		public void endPath() {
			path.clear();
			current = null;
		}

		@Override
		public void strokePath() {
			for (List<Point2D.Float> sub : path) {
				for (int i = 1; i < sub.size(); i++) {
					Point2D.Float a = sub.get(i - 1);
					Point2D.Float b = sub.get(i);
					if (a == null || b == null) {
						continue;
					}
					if (Math.abs(a.y - b.y) < 1f && Math.abs(a.x - b.x) >= 1f) {
						content.segments.add(new Segment(true, (a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x)));
					} else if (Math.abs(a.x - b.x) < 1f && Math.abs(a.y - b.y) >= 1f) {
						content.segments.add(new Segment(false, (a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y)));
					}
				}
			}
			endPath();
		}

		@Override
		public void fillPath(int windingRule) {
			for (List<Point2D.Float> sub : path) {
				float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
				boolean axisAligned = true;
				for (int i = 0; i < sub.size(); i++) {
					Point2D.Float p = sub.get(i);
					if (p == null) {
						axisAligned = false;
						continue;
					}
					x0 = Math.min(x0, p.x);
					y0 = Math.min(y0, p.y);
					x1 = Math.max(x1, p.x);
					y1 = Math.max(y1, p.y);
					if (i > 0 && sub.get(i - 1) != null) {
						Point2D.Float q = sub.get(i - 1);
						axisAligned &= Math.abs(p.x - q.x) < 0.5f || Math.abs(p.y - q.y) < 0.5f;
					}
				}
				if (!axisAligned || x0 > x1) {
					continue;
				}
				float w = x1 - x0;
				float h = y1 - y0;
				if (h <= THIN && w > h) {
					content.segments.add(new Segment(true, (y0 + y1) / 2, x0, x1));
				} else if (w <= THIN && h > w) {
					content.segments.add(new Segment(false, (x0 + x1) / 2, y0, y1));
				}
			}
			endPath();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			List<List<Point2D.Float>> copy = new ArrayList<>(path);
			fillPath(windingRule);
			path.addAll(copy);
			strokePath();
		}

		@Override
		public void drawImage(PDImage image) {
			content.images++;
		}

		@Override
		public void clip(int windingRule) {
			// the clipping path is not drawn; endPath follows and clears it
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

		@Override
		public void showTextString(byte[] string) {
			// text is read by the text stripper
		}

		@Override
		public void showTextStrings(COSArray array) {
		}
	}
}
