package io.formwork.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;

/**
 * Hostile and broken PDFs, each made by the test: every one ends as one {@code filing.unreadable} error that
 * names the file and says what is wrong (exit 2 at the doors), never a stack trace or a hang.
 */
@Timeout(300)
class HostilePdfTest {

	@TempDir
	Path dir;

	private Problem refused(Path file, String zh, String en) {
		Filing filing = new PdfFilingReader(Templates.of(2021), false).read(file);
		assertThat(filing.facts()).isEmpty();
		assertThat(filing.problems()).hasSize(1);
		Problem problem = filing.problems().get(0);
		assertThat(problem.code()).isEqualTo("filing.unreadable");
		assertThat(problem.severity().toString()).isEqualTo("ERROR");
		assertThat(problem.location().file()).isEqualTo(file.toString());
		assertThat(problem.zh()).contains(zh);
		assertThat(problem.en()).contains(en);
		assertThat(problem.zh() + problem.en()).doesNotContain("Exception").doesNotContain("\tat ");
		return problem;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private static byte[] text(String content) {
		return content.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void aFileThatIsNoPdfIsRefused() throws IOException {
		refused(write("report.pdf", "一、总体情况\n".getBytes(StandardCharsets.UTF_8)), "不是 PDF", "Not a PDF");
	}

	@Test
	void anEncryptedPdfIsRefusedAskingForAnUnencryptedOne() throws IOException {
		Path file = dir.resolve("encrypted.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Annual report 2024");
				content.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(file.toFile());
		}
		refused(file, "已加密", "encrypted");
	}

	@Test
	void aTruncatedPdfIsRefusedAsDamagedOrTruncated() throws IOException {
		byte[] whole = PdfBytes.onePage(null, text("BT /F1 12 Tf 72 720 Td (Annual report) Tj ET"));
		byte[] cut = java.util.Arrays.copyOf(whole, 60);
		refused(write("truncated.pdf", cut), "PDF", "PDF");
	}

	@Test
	void aMalformedPdfIsRefusedAsDamaged() throws IOException {
		refused(write("malformed.pdf", text("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [ 3 0 R >> >>\n")), "PDF", "PDF");
	}

	@Test
	void aPdfBombIsRefusedBeforeItIsInflated() throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 1024; i++) { // 1 GB of spaces, about 1 MB compressed
				out.write(spaces);
			}
		}
		Path file = write("bomb.pdf", PdfBytes.onePage("FlateDecode", compressed.toByteArray()));
		assertThat(Files.size(file)).isLessThan(4L << 20);
		refused(file, "PDF 炸弹", "PDF bomb");
	}

	@Test
	void aPdfOfTooManyPagesIsRefused() throws IOException {
		PdfBytes pdf = new PdfBytes();
		int pages = PdfFilingReader.MAX_PAGES + 1;
		int content = pdf.stream("", text("BT /F1 12 Tf 72 720 Td (x) Tj ET"));
		int pagesObject = content + pages + 1;
		StringBuilder kids = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			int page = pdf.add("<< /Type /Page /Parent " + pagesObject + " 0 R /MediaBox [0 0 595 842] /Contents " + content + " 0 R >>");
			kids.append(page).append(" 0 R ");
		}
		pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
		int catalog = pdf.add("<< /Type /Catalog /Pages " + pagesObject + " 0 R >>");
		refused(write("pages.pdf", pdf.bytes(catalog)), "超过 " + PdfFilingReader.MAX_PAGES + " 页", "more than the limit of " + PdfFilingReader.MAX_PAGES);
	}

	@Test
	void aFormThatDrawsItselfIsRefusedAsNestedTooDeep() throws IOException {
		PdfBytes pdf = new PdfBytes();
		int form = 1; // draws itself through its own resources
		pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm0 " + form + " 0 R >> >>", text("/Fm0 Do"));
		int content = pdf.stream("", text("/Fm0 Do"));
		int page = pdf.add("<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm0 " + form
				+ " 0 R >> >> /Contents " + content + " 0 R >>");
		pdf.add("<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
		int catalog = pdf.add("<< /Type /Catalog /Pages 4 0 R >>");
		refused(write("recursive.pdf", pdf.bytes(catalog)), "PDF", "PDF");
	}

	@Test
	void objectsNestedTenThousandDeepAreRefused() throws IOException {
		String nested = "[".repeat(10_000) + "]".repeat(10_000);
		byte[] bytes = PdfBytes.onePage(null, text("BT /F1 12 Tf 72 720 Td (x) Tj ET"));
		String pdf = new String(bytes, StandardCharsets.ISO_8859_1).replace("/Type /Catalog", "/Type /Catalog /Deep " + nested);
		// the cross-reference offsets after the catalog no longer hold: the parser must find its way or give up
		Filing filing = new PdfFilingReader(Templates.of(2021), false).read(write("deep.pdf", pdf.getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(filing.problems()).hasSize(1);
		assertThat(filing.problems().get(0).code()).isEqualTo("filing.unreadable");
	}

	@Test
	void aScannedPdfIsRefusedSayingItHasNoTextLayer() throws IOException {
		Path file = dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 612, 792);
			}
			document.save(file.toFile());
		}
		Problem problem = refused(file, "没有文字层", "no text layer");
		assertThat(problem.zh()).contains("扫描件").contains("OCR");
		assertThat(problem.en()).contains("scan").contains("OCR");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
		Path file = dir.resolve("huge.pdf");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.write(text("%PDF-1.7\n"));
			raf.setLength(((long) PdfFilingReader.MAX_MB << 20) + 1); // sparse: nothing written
		}
		refused(file, "大于 " + PdfFilingReader.MAX_MB + " MB", "larger than " + PdfFilingReader.MAX_MB + " MB");
	}
}
