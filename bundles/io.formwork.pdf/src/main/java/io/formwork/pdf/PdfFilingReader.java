package io.formwork.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import io.formwork.filing.FilingReader;
import io.formwork.forms.DocumentTables;
import io.formwork.forms.FormProblems;
import io.formwork.forms.FormTemplate;
import io.formwork.forms.Grid;
import io.formwork.forms.Labels;
import io.formwork.pdf.PageContent.Glyph;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * Reads a report published as PDF, as its pages print it: the tables drawn with ruling lines are rebuilt from
 * the lines and the positions of the text ({@link Tables}) into the same {@link Grid}s the DOCX and HTML readers
 * build, and found by their labels as those readers find them ({@link DocumentTables}); the text outside the
 * tables, running headers and page numbers left out, is joined into paragraphs as CJK text wraps and read by
 * the narrative reader ({@link PdfNarrative}). A table cell is located as "第 4 页 表格 2 第 5 行第 3 列 page 4,
 * table 2 row 5 col 3", a sentence as "第 2 页第 7 行第 12 字 page 2, line 7, char 12".
 *
 * <p>Refused with {@code filing.unreadable} (exit 2), never a stack trace: not a PDF, larger than
 * {@value #MAX_MB} MB, more than {@value #MAX_PAGES} pages, encrypted with a password, malformed or truncated
 * beyond repair, a stream that inflates past {@link StreamCheck} limits (a PDF bomb), objects nested too deep,
 * too much content; a PDF with no text layer (a scan) is refused with a message that says so, and offers OCR
 * when Tesseract is installed ({@link Ocr}).
 */
public final class PdfFilingReader implements FilingReader {

	static final int MAX_MB = 100;
	static final int MAX_PAGES = 500;
	/** What PDFBox may hold in memory for one document beyond the file itself. */
	static final long MAX_CACHE_BYTES = 256L << 20;

	static final String BODY_LABEL = "填报单位：";

	static {
		quietPdfBox();
	}

	private final FormTemplate template;
	private final boolean ocr;

	/**
	 * PDFBox logs what it repairs in a damaged file, with stack traces, through Commons Logging; a user is told
	 * what matters in the filing's problems instead, so its logging is turned off (unless a logging factory was
	 * chosen already).
	 */
	static void quietPdfBox() {
		if (System.getProperty("org.apache.commons.logging.LogFactory") == null
				&& System.getProperty("org.apache.commons.logging.Log") == null) {
			System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
			System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
		}
	}

	public PdfFilingReader(FormTemplate template) {
		this(template, Ocr.requested());
	}

	/** @param ocr read a PDF without a text layer with Tesseract when it is installed */
	public PdfFilingReader(FormTemplate template, boolean ocr) {
		this.template = template;
		this.ocr = ocr;
	}

	/** True when the file starts as a PDF does ({@code %PDF-} within its first 1024 bytes). */
	public static boolean isPdf(byte[] head) {
		String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
		return start.contains("%PDF-");
	}

	/**
	 * The template a PDF names in its document information ({@code formwork.template}, as a form printed from
	 * Formwork may carry it), or null: most published PDFs name none, and template discovery decides.
	 */
	public static String templateOf(Path file) {
		try {
			if (Files.size(file) > (long) MAX_MB << 20) {
				return null;
			}
			try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
					MemoryUsageSetting.setupMainMemoryOnly(MAX_CACHE_BYTES).streamCache)) {
				PDDocumentInformation info = document.getDocumentInformation();
				String id = info == null ? null : info.getCustomMetadataValue("formwork.template");
				return id == null || id.isBlank() ? null : id.strip();
			}
		} catch (IOException | RuntimeException | StackOverflowError e) {
			return null;
		}
	}

	@Override
	public Filing read(Path file) {
		String source = file.toString();
		Filing filing = new Filing(source);
		try {
			if (Files.size(file) > (long) MAX_MB << 20) {
				return filing.problem(unreadable(source, "文件大于 " + MAX_MB + " MB，不予读取",
						"The file is larger than " + MAX_MB + " MB and is not read"));
			}
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(1024);
			}
			if (!isPdf(head)) {
				return filing.problem(unreadable(source, "不是 PDF 文件（开头没有 %PDF-）", "Not a PDF file (it does not start with %PDF-)"));
			}
		} catch (IOException e) {
			return filing.problem(unreadable(source, "无法读取文件：" + e.getMessage(), "Cannot read the file: " + e.getMessage()));
		}
		Outcome outcome = Sandbox.run(source, () -> read(file, source));
		if (outcome.problem != null) {
			return new Filing(source).problem(outcome.problem);
		}
		return outcome.filing;
	}

	/** The result of reading in the sandbox thread: a filing, or the problem that stopped it. */
	record Outcome(Filing filing, Problem problem) {
	}

	private Outcome read(Path file, String source) {
		List<PageContent> pages;
		Filing filing = new Filing(source);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_CACHE_BYTES).streamCache)) {
			int count = document.getNumberOfPages();
			if (count > MAX_PAGES) {
				return refuse(source, "共 " + count + " 页，超过 " + MAX_PAGES + " 页的上限，不予读取",
						"It has " + count + " pages, more than the limit of " + MAX_PAGES + ", and is not read");
			}
			if (count == 0) {
				return refuse(source, "PDF 中没有页面", "The PDF has no page");
			}
			Problem bomb = StreamCheck.check(document.getDocument(), source);
			if (bomb != null) {
				return new Outcome(null, bomb);
			}
			PDDocumentInformation info = document.getDocumentInformation();
			String id = info == null ? null : info.getCustomMetadataValue("formwork.template");
			String year = info == null ? null : info.getCustomMetadataValue("formwork.year");
			String body = info == null ? null : info.getCustomMetadataValue("formwork.body");
			filing.template(id);
			if (year != null && year.matches("\\d{4}")) {
				filing.year(Integer.valueOf(year));
			}
			filing.body(body);
			pages = PageContent.read(document, new PageContent.Budget());
			int glyphs = pages.stream().mapToInt(p -> p.glyphs.size()).sum();
			if (glyphs == 0) {
				int images = pages.stream().mapToInt(p -> p.images).sum();
				if (ocr && Ocr.available()) {
					pages = Ocr.read(document, source);
				} else {
					return new Outcome(null, Ocr.noTextLayer(source, count, images));
				}
			}
		} catch (InvalidPasswordException e) {
			return refuse(source, "PDF 已加密，需要密码才能打开；请提供不加密的 PDF",
					"The PDF is encrypted and needs a password to open; provide an unencrypted PDF");
		} catch (PageContent.LimitException e) {
			return refuse(source, "PDF 内容过多，不予读取：" + e.zh, "The PDF has too much content and is not read: " + e.en);
		} catch (IOException | RuntimeException e) {
			return refuse(source, "无法作为 PDF 读取（文件损坏或不完整）：" + message(e),
					"Cannot be read as a PDF (damaged or truncated): " + message(e));
		} catch (StackOverflowError e) {
			return refuse(source, "PDF 中的对象嵌套过深，不予读取", "The PDF's objects are nested too deeply and it is not read");
		}
		read(filing, source, pages);
		return new Outcome(filing, null);
	}

	/** Tables and narrative of the pages into the filing. */
	void read(Filing filing, String source, List<PageContent> pages) {
		Layout layout = Layout.of(pages);
		List<Grid> grids = new ArrayList<>();
		int number = 0;
		for (Tables.Table table : layout.tables) {
			grids.add(Tables.grid(source, table, ++number));
		}
		if (!template.layout().tables().isEmpty()) {
			DocumentTables.read(template, filing, grids);
		}
		PdfNarrative narrative = PdfNarrative.of(layout);
		if (filing.body() == null) {
			for (String paragraph : narrative.paragraphs()) {
				String cleaned = Labels.clean(paragraph);
				String label = Labels.clean(BODY_LABEL);
				if (cleaned.startsWith(label) && cleaned.length() > label.length()) {
					filing.body(cleaned.substring(label.length()).strip());
					break;
				}
			}
		}
		narrative.read(filing, template.claims());
	}

	private static Outcome refuse(String source, String zh, String en) {
		return new Outcome(null, unreadable(source, zh, en));
	}

	static Problem unreadable(String source, String zh, String en) {
		return Problem.error(FormProblems.UNREADABLE, Location.unknown(source), zh, en);
	}

	static String message(Throwable e) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = e; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null) {
				text.append(text.isEmpty() ? "" : "; ").append(t.getMessage().lines().findFirst().orElse(""));
			} else if (text.isEmpty()) {
				text.append(t.getClass().getSimpleName());
			}
		}
		return text.toString();
	}

	/**
	 * The pages taken apart: table regions chained into tables, the lines outside them, and which of those are
	 * running headers and page numbers.
	 */
	static final class Layout {
		final List<PageContent> pages;
		final List<Tables.Table> tables = new ArrayList<>();
		/** Per page, the lines outside every table, top to bottom. */
		final List<List<TextLines.Line>> lines = new ArrayList<>();
		/** The lines that are page furniture (running headers, page numbers). */
		final Set<TextLines.Line> furniture = Collections.newSetFromMap(new IdentityHashMap<>());

		private Layout(List<PageContent> pages) {
			this.pages = pages;
		}

		static Layout of(List<PageContent> pages) {
			Layout layout = new Layout(pages);
			List<List<Tables.Region>> regions = new ArrayList<>();
			for (PageContent page : pages) {
				List<Tables.Region> onPage = Tables.regions(page);
				regions.add(onPage);
				List<Glyph> outside = new ArrayList<>();
				for (Glyph g : page.glyphs) {
					if (onPage.stream().noneMatch(r -> r.contains(g))) {
						outside.add(g);
					}
				}
				layout.lines.add(TextLines.lines(outside));
			}
			Furniture.mark(layout);
			Tables.Table open = null;
			for (int p = 0; p < pages.size(); p++) {
				List<Tables.Region> onPage = regions.get(p);
				for (int i = 0; i < onPage.size(); i++) {
					Tables.Region region = onPage.get(i);
					Tables.Region last = open == null ? null : open.parts.get(open.parts.size() - 1);
					if (i == 0 && last != null && last.page.number == p && Tables.continues(last, region)
							&& !layout.textBetween(p - 1, last.y1, p, region.y0)) {
						open.parts.add(region);
					} else {
						open = new Tables.Table();
						open.parts.add(region);
						layout.tables.add(open);
					}
				}
				if (!onPage.isEmpty() && layout.textBetween(p, onPage.get(onPage.size() - 1).y1, p, Float.MAX_VALUE)) {
					open = null;
				}
			}
			return layout;
		}

		/**
		 * True when text other than page furniture lies below {@code fromY} on page {@code fromPage} (index) or above
		 * {@code toY} on page {@code toPage} (index).
		 */
		boolean textBetween(int fromPage, float fromY, int toPage, float toY) {
			for (TextLines.Line line : lines.get(fromPage)) {
				if (line.top() > fromY && !furniture.contains(line) && (fromPage != toPage || line.baseline() < toY)) {
					return true;
				}
			}
			if (fromPage != toPage) {
				for (TextLines.Line line : lines.get(toPage)) {
					if (line.baseline() < toY && !furniture.contains(line)) {
						return true;
					}
				}
			}
			return false;
		}
	}
}
