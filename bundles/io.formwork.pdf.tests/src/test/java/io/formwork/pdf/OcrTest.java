package io.formwork.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;

/** OCR of a scanned report, when Tesseract is installed and asked for: the narrative is read from the scan. */
class OcrTest {

	@Test
	void aScannedOverviewIsReadByOcrWhenAskedFor(@TempDir Path dir) throws IOException {
		if (!Ocr.available()) {
			System.out.println("SKIPPED aScannedOverviewIsReadByOcrWhenAskedFor: no tesseract on the PATH; apt-get install tesseract-ocr tesseract-ocr-chi-sim");
		}
		assumeTrue(Ocr.available(), "no tesseract on the PATH");
		BufferedImage image = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 48));
		g.drawString("一、总体情况", 150, 300);
		g.drawString("本年收到政府信息公开申请38件。", 150, 400);
		g.dispose();
		Path file = dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 612, 792);
			}
			document.save(file.toFile());
		}
		Filing filing = new PdfFilingReader(Templates.of(2019), true).read(file);
		Fact stated = filing.fact(CellAddress.claim("stated_requests"));
		assertThat(stated).as("problems: %s", filing.problems()).isNotNull();
		assertThat(stated.value().toString()).isEqualTo("38");
	}
}
