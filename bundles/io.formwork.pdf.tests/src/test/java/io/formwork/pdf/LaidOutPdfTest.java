package io.formwork.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import io.formwork.forms.FormTemplate;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;

/**
 * A report laid out as published PDFs are: made by the test from the filled 2019 Word form, then turned into
 * PDF by LibreOffice. Table 3's label columns are narrowed so that its labels wrap inside their cells
 * (「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」 over several lines, 「商业企 / 业」) and its heading
 * 「三、本年度办理结果」 prints one character per line; its header rows are not repeated, and a long overview
 * pushes it across a page break; every page has a running header and a page number 「- N -」; the overview's
 * sentence with the figure the narrative rule reads wraps across a line; table 4's 15 figures stand on one line
 * with no ruling between them.
 */
class LaidOutPdfTest {

	@TempDir
	static Path dir;
	static FormTemplate template;
	static Filing original;
	static Filing read;
	static String text;

	@BeforeAll
	static void printTheReport() throws Exception {
		Pdfs.needLibreOffice("LaidOutPdfTest");
		template = Templates.of(2019);
		original = Templates.json("example-county-2019");
		Path form = Pdfs.filledForm(template, original, dir.resolve("form.docx"));
		Path laidOut = dir.resolve("report.docx");
		try (InputStream in = Files.newInputStream(form); XWPFDocument doc = new XWPFDocument(in)) {
			layOut(doc);
			try (OutputStream out = Files.newOutputStream(laidOut)) {
				doc.write(out);
			}
		}
		Path pdf = Pdfs.convert(laidOut);
		try (var document = Loader.loadPDF(pdf.toFile())) {
			text = new PDFTextStripper().getText(document);
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
		}
		read = new PdfFilingReader(template).read(pdf);
	}

	static final String FILLER = "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年";

	static void layOut(XWPFDocument doc) {
		doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("示例县人民政府办公室 2019 年政府信息公开工作年度报告");
		XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setAlignment(ParagraphAlignment.CENTER);
		footer.createRun().setText("- ");
		var field = footer.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		field.addNewR().addNewT().setStringValue("1");
		footer.createRun().setText(" -");
		for (XWPFParagraph paragraph : doc.getParagraphs()) {
			if (paragraph.getText().startsWith("收到政府信息公开申请")) {
				String sentence = paragraph.getText();
				while (paragraph.getRuns().size() > 0) {
					paragraph.removeRun(0);
				}
				// 36 characters before the figure's sentence: at 40 characters a line it wraps inside it
				paragraph.createRun().setText(FILLER + sentence + "。" + (FILLER + "依法依规做好信息公开工作。").repeat(40));
				paragraph.getRuns().get(0).setFontSize(12);
				paragraph.getRuns().get(0).setFontFamily("Noto Serif CJK SC");
			}
		}
		for (XWPFTable table : doc.getTables()) {
			if (table.getText().contains("行政诉讼")) {
				// table 4's figures on one line with no ruling between them
				List<XWPFTableCell> figures = table.getRows().get(table.getRows().size() - 1).getTableCells();
				for (int i = 0; i < figures.size(); i++) {
					CTTcPr properties = figures.get(i).getCTTc().isSetTcPr() ? figures.get(i).getCTTc().getTcPr() : figures.get(i).getCTTc().addNewTcPr();
					var borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
					if (i > 1) { // the label cell keeps its ruling
						borders.addNewLeft().setVal(STBorder.NIL);
					}
					if (i > 0 && i + 1 < figures.size()) {
						borders.addNewRight().setVal(STBorder.NIL);
					}
				}
			}
			if (table.getText().contains("本年新收")) {
				widths(table, new int[] { 420, 1000, 1300, 800, 800, 800, 800, 800, 800, 800 });
				for (XWPFTableRow row : table.getRows()) {
					row.setRepeatHeader(false);
				}
			}
		}
	}

	/** New column widths (twips), in the grid and in every cell by its span. */
	private static void widths(XWPFTable table, int[] widths) {
		var grid = table.getCTTbl().getTblGrid();
		for (int i = 0; i < grid.sizeOfGridColArray() && i < widths.length; i++) {
			grid.getGridColArray(i).setW(BigInteger.valueOf(widths[i]));
		}
		for (XWPFTableRow row : table.getRows()) {
			int column = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				int span = properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
				int width = 0;
				for (int i = column; i < column + span && i < widths.length; i++) {
					width += widths[i];
				}
				var w = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
				w.setW(BigInteger.valueOf(width));
				w.setType(STTblWidth.DXA);
				column += span;
			}
		}
	}

	@Test
	void theReportReadsWithoutAProblem() {
		assertThat(read.problems()).isEmpty();
	}

	@Test
	void labelsWrappedInsideTheirCellsAreOneLabel() {
		assertThat(text).doesNotContain("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"); // wrapped as printed
		assertThat(value("t3", "partly_granted", "total")).isEqualTo(original.fact(CellAddress.cell("t3", "partly_granted", "total")).value().toString());
		assertThat(value("t3", "received", "business")).isEqualTo(original.fact(CellAddress.cell("t3", "received", "business")).value().toString());
	}

	@Test
	void aHeadingPrintedOneCharacterPerLineIsAHeading() {
		assertThat(text).contains("本\n年\n度"); // as printed
		assertThat(value("t3", "granted", "natural")).isEqualTo(original.fact(CellAddress.cell("t3", "granted", "natural")).value().toString());
	}

	@Test
	void table3BrokenAcrossTwoPagesIsOneTableWithEveryFigureRead() {
		Map<String, String> expected = PdfRoundTripTest.values(original);
		Map<String, String> got = PdfRoundTripTest.values(read);
		expected.keySet().removeIf(k -> !k.startsWith("t3"));
		got.keySet().removeIf(k -> !k.startsWith("t3"));
		assertThat(got).isEqualTo(expected);
		List<String> pages = read.facts().values().stream().filter(f -> f.address().toString().startsWith("t3"))
				.map(f -> f.location().cell().replaceAll("^第 (\\d+) 页 表格 (\\d+) .*", "$1 $2")).distinct().toList();
		assertThat(pages).hasSize(2); // two pages, one table number
		assertThat(pages.stream().map(p -> p.split(" ")[1]).distinct()).hasSize(1);
	}

	@Test
	void table4sFifteenFiguresOnOneLineAreEachRead() {
		long t4 = read.facts().keySet().stream().filter(a -> a.toString().startsWith("t4")).count();
		assertThat(t4).isEqualTo(15);
		Map<String, String> expected = PdfRoundTripTest.values(original);
		expected.keySet().removeIf(k -> !k.startsWith("t4"));
		Map<String, String> got = PdfRoundTripTest.values(read);
		got.keySet().removeIf(k -> !k.startsWith("t4"));
		assertThat(got).isEqualTo(expected);
	}

	@Test
	void pageNumbersAndRunningHeadersAreNeitherTableNorText() {
		assertThat(text).contains("- 2 -").contains("示例县人民政府办公室 2019 年政府信息公开工作年度报告");
		assertThat(read.problems()).noneMatch(p -> p.zh().contains("- 2 -") || p.zh().contains("年度报告"));
		assertThat(read.body()).isEqualTo(original.body());
	}

	@Test
	void aSentenceWrappedAcrossLinesIsReadByTheNarrativeReader() {
		assertThat(text).doesNotContain(FILLER + "收到政府信息公开申请"); // the line breaks inside the sentence
		Fact stated = read.fact(CellAddress.claim("stated_requests"));
		assertThat(stated).isNotNull();
		assertThat(stated.value().toString()).isEqualTo(original.fact(CellAddress.claim("stated_requests")).value().toString());
		assertThat(stated.location().cell()).matches("第 1 页第 \\d+ 行第 \\d+ 字 page 1, line \\d+, char \\d+");
	}

	private static String value(String table, String row, String column) {
		Fact fact = read.fact(CellAddress.cell(table, row, column));
		return fact == null ? null : fact.value().toString();
	}

}
