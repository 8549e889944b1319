package io.formwork.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.layout.FormLayout;

/**
 * A template as a Word form: the title, a line for the reporting body, then the sections in order, each
 * narrative part as its heading and an empty paragraph to write in, each table laid out as the official
 * template lays it out ({@link PrintedTable}: merged headers, the 勾稽 note, numbering as printed). Carries the
 * template's id and year as custom document properties. Given a filing, the form comes filled: its figures
 * in the cells, its narrative claims as sentences made from their first phrase.
 */
public final class DocxForm {

	private static final int PAGE_WIDTH = 11906;
	private static final int PAGE_HEIGHT = 16838;
	private static final int MARGIN = 1134;
	private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
	private static final String FONT = "宋体";
	private static final String HEADING_FONT = "黑体";

	private DocxForm() {
	}

	/** Writes the form (filled with {@code fill} if not null); the same input always gives the same bytes. */
	public static void write(FormTemplate template, Filing fill, OutputStream out) throws IOException {
		Ooxml.secure();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			page(doc);
			FormLayout layout = template.layout();
			paragraph(doc, layout.titleZh(), HEADING_FONT, 18, true, ParagraphAlignment.CENTER);
			String body = fill == null ? null : fill.body();
			paragraph(doc, DocxFilingReader.BODY_LABEL + (body == null ? "" : body), FONT, 12, false, ParagraphAlignment.LEFT);
			for (FormLayout.Part part : layout.parts()) {
				part(doc, template, part, null, fill);
			}
			Ooxml.describe(doc.getProperties(), template, body);
			doc.write(bytes);
		}
		out.write(Ooxml.deterministic(bytes.toByteArray()));
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
	}

	private static void part(XWPFDocument doc, FormTemplate template, FormLayout.Part part,
			FormLayout.Section section, Filing fill) {
		if (part instanceof FormLayout.Section inner) {
			paragraph(doc, inner.labelZh(), HEADING_FONT, section == null ? 14 : 12, true, ParagraphAlignment.LEFT);
			long tables = inner.parts().stream().filter(FormLayout.Table.class::isInstance).count();
			for (FormLayout.Part child : inner.parts()) {
				if (child instanceof FormLayout.Table table) {
					table(doc, PrintedTable.of(template, table, tables > 1, false), fill);
				} else {
					part(doc, template, child, inner, fill);
				}
			}
		} else if (part instanceof FormLayout.Narrative narrative) {
			if (section == null || !Labels.key(narrative.labelZh()).equals(Labels.key(section.labelZh()))) {
				paragraph(doc, narrative.labelZh(), FONT, 12, true, ParagraphAlignment.LEFT);
			}
			XWPFParagraph text = paragraph(doc, sentences(narrative, fill), FONT, 12, false, ParagraphAlignment.BOTH);
			text.setIndentationFirstLine(480);
		} else if (part instanceof FormLayout.Table table) {
			table(doc, PrintedTable.of(template, table, false, false), fill);
		}
	}

	/** The narrative's claims stated in sentences made from their first phrase, when the filing has them. */
	static String sentences(FormLayout.Narrative narrative, Filing fill) {
		if (fill == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (FormLayout.Claim claim : narrative.claims()) {
			Fact fact = fill.fact(CellAddress.claim(claim.name()));
			// a phrase tied to the count beside it ({*}) cannot be written alone
			String phrase = claim.phrases().stream().filter(p -> !p.contains("{*}")).findFirst().orElse(null);
			if (fact != null && !fact.value().isBlank() && phrase != null) {
				text.append(phrase.replace("{value}", fact.value().toString())).append('。');
			}
		}
		return text.toString();
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int size, boolean bold,
			ParagraphAlignment alignment) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(120);
		XWPFRun run = paragraph.createRun();
		run(run, text, font, size, bold);
		return paragraph;
	}

	private static void run(XWPFRun run, String text, String font, int size, boolean bold) {
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
		if (text != null && !text.isEmpty()) {
			run.setText(text);
		}
	}

	private static void table(XWPFDocument doc, PrintedTable printed, Filing fill) {
		XWPFTable table = doc.createTable();
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(TEXT_WIDTH));
		int[] widths = widths(printed);
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		PrintedTable.Cell[][] covering = new PrintedTable.Cell[printed.rows()][printed.columns()];
		for (PrintedTable.Cell cell : printed.cells()) {
			for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
				for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
					covering[r][c] = cell;
				}
			}
		}
		for (int r = 0; r < printed.rows(); r++) {
			XWPFTableRow row = table.insertNewTableRow(r + 1);
			row.setCantSplitRow(true);
			if (r < printed.headerRows()) {
				row.setRepeatHeader(true);
			}
			for (int c = 0; c < printed.columns();) {
				PrintedTable.Cell cell = covering[r][c];
				int span = cell == null ? 1 : cell.columnSpan();
				int width = 0;
				for (int i = c; i < c + span; i++) {
					width += widths[i];
				}
				XWPFTableCell tc = row.addNewTableCell();
				CTTcPr properties = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
				var w = properties.addNewTcW();
				w.setW(BigInteger.valueOf(width));
				w.setType(STTblWidth.DXA);
				if (span > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
				}
				tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				if (cell != null && cell.rowSpan() > 1) {
					properties.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
				}
				if (cell != null && cell.row() == r) {
					content(tc, cell, fill);
				} else {
					run(tc.getParagraphs().get(0).createRun(), "", FONT, 9, false);
				}
				c += span;
			}
		}
		table.removeRow(0);
		doc.createParagraph();
	}

	/**
	 * Column widths: the row labels take 30% of the text width (one column) to 45% (several, the innermost
	 * level, which holds the longest labels, two and a half times as wide as each outer one); the values share
	 * the rest equally.
	 */
	private static int[] widths(PrintedTable printed) {
		int labels = printed.labelColumns();
		int values = printed.columns() - labels;
		int labelTotal = values == 0 ? TEXT_WIDTH : TEXT_WIDTH * (labels > 1 ? 45 : values > 8 ? 12 : 30) / 100;
		int[] widths = new int[printed.columns()];
		double units = labels > 1 ? labels - 1 + 2.5 : 1;
		for (int c = 0; c < labels; c++) {
			widths[c] = (int) (labelTotal * (c == labels - 1 && labels > 1 ? 2.5 : 1) / units);
		}
		for (int c = labels; c < widths.length; c++) {
			widths[c] = (TEXT_WIDTH - labelTotal) / values;
		}
		return widths;
	}

	private static void content(XWPFTableCell tc, PrintedTable.Cell cell, Filing fill) {
		XWPFParagraph paragraph = tc.getParagraphs().get(0);
		String text = cell.text();
		boolean bold = false;
		ParagraphAlignment alignment = ParagraphAlignment.CENTER;
		switch (cell.role()) {
		case TITLE -> bold = true;
		case ROW_HEADER -> alignment = ParagraphAlignment.LEFT;
		case NOT_REPORTED -> {
			text = "—";
			tc.setColor("D9D9D9");
		}
		case VALUE -> {
			Fact fact = fill == null ? null : fill.fact(cell.address());
			text = fact == null || fact.value().isBlank() ? "" : fact.value().toString();
		}
		default -> {
		}
		}
		paragraph.setAlignment(alignment);
		run(paragraph.createRun(), text, FONT, 9, bold);
	}

	/** For tests: the printed tables of a template, in order. */
	static List<PrintedTable> printedTables(FormTemplate template) {
		return template.layout().tables().stream().map(t -> PrintedTable.of(template, t, false, false)).toList();
	}
}
