package io.formwork.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import io.formwork.runtime.Problem;

/**
 * A PDF without a text layer (a scanned report) and what can be done about it. Formwork never needs OCR; when
 * Tesseract ({@code tesseract-ocr} and {@code tesseract-ocr-chi-sim} on Debian) is on the PATH and OCR is asked
 * for (system property {@code formwork.pdf.ocr=true} or environment variable {@code FORMWORK_PDF_OCR=1}), each
 * page is rendered at {@value #DPI} dpi and its words, with their positions, read by Tesseract take the place of
 * the text layer. Scans have no ruling lines for tables to be rebuilt from, so OCR gives the narrative only.
 */
final class Ocr {

	static final int DPI = 300;
	private static final long PAGE_SECONDS = 120;

	private Ocr() {
	}

	static boolean requested() {
		return Boolean.getBoolean("formwork.pdf.ocr") || "1".equals(System.getenv("FORMWORK_PDF_OCR"))
				|| "true".equalsIgnoreCase(System.getenv("FORMWORK_PDF_OCR"));
	}

	/** True when a {@code tesseract} executable is on the PATH. */
	static boolean available() {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tesseract"))) {
				return true;
			}
		}
		return false;
	}

	/** The message for a PDF without a text layer: what it is, and what can be done. */
	static Problem noTextLayer(String source, int pages, int images) {
		String what = images > 0 ? "是扫描件（" + pages + " 页，只有图像）" : "没有任何文字（" + pages + " 页）";
		String whatEn = images > 0 ? "is a scan (" + pages + " page(s) of images only)" : "holds no text at all (" + pages + " page(s))";
		String offer = available()
				? "本机装有 Tesseract，可设置环境变量 FORMWORK_PDF_OCR=1 以文字识别（OCR）读取其文字（表格仍需文字版）"
				: "可安装 Tesseract（Debian：tesseract-ocr、tesseract-ocr-chi-sim）后设置 FORMWORK_PDF_OCR=1 以文字识别（OCR）读取其文字";
		String offerEn = available()
				? "Tesseract is installed: set FORMWORK_PDF_OCR=1 to read its text by OCR (tables still need a PDF with text)"
				: "install Tesseract (Debian: tesseract-ocr, tesseract-ocr-chi-sim) and set FORMWORK_PDF_OCR=1 to read its text by OCR";
		return PdfFilingReader.unreadable(source, "PDF 没有文字层，" + what + "，无法读取其中的表格和文字；请提供带文字的 PDF（由 Word/WPS 导出，而非扫描），或" + offer,
				"The PDF has no text layer: it " + whatEn + ", so its tables and text cannot be read; provide a PDF with text (exported from Word or WPS, not scanned), or " + offerEn);
	}

	/** The pages read by Tesseract: words as glyphs at their positions, no ruling lines. */
	static List<PageContent> read(PDDocument document, String source) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		List<PageContent> pages = new ArrayList<>();
		Path dir = Files.createTempDirectory("formwork-ocr");
		try {
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				var box = document.getPage(i).getCropBox();
				PageContent page = new PageContent(i + 1, box.getWidth(), box.getHeight());
				BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
				Path png = dir.resolve("page-" + (i + 1) + ".png");
				ImageIO.write(image, "png", png.toFile());
				Process process = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "chi_sim+eng", "tsv")
						.redirectError(ProcessBuilder.Redirect.DISCARD).start();
				byte[] out = process.getInputStream().readAllBytes();
				try {
					if (!process.waitFor(PAGE_SECONDS, TimeUnit.SECONDS)) {
						process.destroyForcibly();
						throw new IOException("tesseract took more than " + PAGE_SECONDS + " s on page " + (i + 1));
					}
				} catch (InterruptedException e) {
					process.destroyForcibly();
					Thread.currentThread().interrupt();
					throw new IOException("interrupted");
				}
				float scale = 72f / DPI;
				for (String row : new String(out, StandardCharsets.UTF_8).split("\n")) {
					String[] f = row.split("\t");
					if (f.length < 12 || !"5".equals(f[0]) || f[11].isBlank()) {
						continue; // level 5 is a word
					}
					float left = Float.parseFloat(f[6]) * scale;
					float top = Float.parseFloat(f[7]) * scale;
					float width = Float.parseFloat(f[8]) * scale;
					float height = Float.parseFloat(f[9]) * scale;
					page.glyphs.add(new PageContent.Glyph(left, left + width, top, top + height, Math.max(1, height), f[11].strip()));
				}
				pages.add(page);
			}
		} finally {
			try (var files = Files.list(dir)) {
				for (Path p : files.toList()) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(dir);
		}
		return pages;
	}

}
