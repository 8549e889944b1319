package io.formwork.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.plan.CellSpec;

/**
 * A template as an Excel workbook: a first sheet "文字部分" with the reporting body and one row per narrative
 * part (its section, its heading, a cell to write the text in), then one sheet per table, laid out as the
 * official template prints it ({@link PrintedTable}), with the table's label as its first row and an
 * amount's unit in its column header. Every sheet is protected: labels cannot be changed, only the value
 * cells (and the text cells) are unlocked. Value cells are typed — whole numbers for counts, decimals for
 * amounts, with data validation that rejects negative figures unless the indicator is signed. The workbook
 * holds no formula. Text is always written as text, and text that a spreadsheet would take for a formula
 * (starting with = + - @) is marked as literal (quote prefix), so that no value ever starts a formula.
 * Carries the template's id and year as custom properties.
 */
public final class XlsxForm {

	/** The name of the sheet that holds the body and the narrative parts. */
	public static final String TEXT_SHEET = "文字部分";

	private XlsxForm() {
	}

	/** Writes the form (filled with {@code fill} if not null); the same input always gives the same bytes. */
	public static void write(FormTemplate template, Filing fill, OutputStream out) throws IOException {
		Ooxml.secure();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Styles styles = new Styles(wb);
			String body = fill == null ? null : fill.body();
			texts(wb, template, fill, body, styles);
			Set<String> names = new HashSet<>();
			names.add(TEXT_SHEET);
			for (FormLayout.Table table : template.layout().tables()) {
				String name = WorkbookUtil.createSafeSheetName(table.labelZh() == null ? table.code() : table.labelZh());
				String unique = name;
				for (int i = 2; !names.add(unique); i++) {
					unique = WorkbookUtil.createSafeSheetName(name.substring(0, Math.min(name.length(), 26)) + " (" + i + ")");
				}
				sheet(wb.createSheet(unique), PrintedTable.of(template, table, true, true), fill, styles);
			}
			Ooxml.describe(wb.getProperties(), template, body);
			wb.write(bytes);
		}
		out.write(Ooxml.deterministic(bytes.toByteArray()));
	}

	private static void texts(XSSFWorkbook wb, FormTemplate template, Filing fill, String body, Styles styles) {
		XSSFSheet sheet = wb.createSheet(TEXT_SHEET);
		sheet.setColumnWidth(0, 30 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		sheet.setColumnWidth(2, 80 * 256);
		Row title = sheet.createRow(0);
		text(title.createCell(0), template.layout().titleZh(), styles.title, styles);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
		Row bodyRow = sheet.createRow(1);
		text(bodyRow.createCell(0), "填报单位", styles.header, styles);
		text(bodyRow.createCell(1), body == null ? "" : body, styles.text, styles);
		bodyRow.createCell(2).setCellStyle(styles.text);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
		Row head = sheet.createRow(2);
		text(head.createCell(0), "部分", styles.header, styles);
		text(head.createCell(1), "标题", styles.header, styles);
		text(head.createCell(2), "内容（在此填写）", styles.header, styles);
		int r = 3;
		for (FormLayout.Narrative narrative : template.layout().narratives()) {
			FormLayout.Section section = template.layout().sectionOf(narrative);
			Row row = sheet.createRow(r++);
			text(row.createCell(0), section == null ? "" : section.labelZh(), styles.rowHeader, styles);
			text(row.createCell(1), narrative.labelZh(), styles.rowHeader, styles);
			text(row.createCell(2), DocxForm.sentences(narrative, fill), styles.text, styles);
			row.setHeightInPoints(60);
		}
		sheet.protectSheet("");
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private static void sheet(XSSFSheet sheet, PrintedTable printed, Filing fill, Styles styles) {
		for (int c = 0; c < printed.columns(); c++) {
			sheet.setColumnWidth(c, (c < printed.labelColumns() ? (printed.labelColumns() == 1 ? 36 : 18) : 12) * 256);
		}
		Map<Integer, Row> rows = new HashMap<>();
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		Map<String, CellRangeAddressList> validations = new LinkedHashMap<>();
		for (PrintedTable.Cell cell : printed.cells()) {
			CellStyle style = switch (cell.role()) {
			case TITLE -> styles.title;
			case CORNER, COLUMN_HEADER -> styles.header;
			case ROW_HEADER -> styles.rowHeader;
			case NOT_REPORTED -> styles.notReported;
			case VALUE -> styles.value(cell.spec());
			};
			for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
				Row row = rows.computeIfAbsent(r, sheet::createRow);
				for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
					row.createCell(c).setCellStyle(style);
				}
			}
			Cell first = rows.get(cell.row()).getCell(cell.column());
			if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1, cell.column(),
						cell.column() + cell.columnSpan() - 1));
			}
			switch (cell.role()) {
			case VALUE -> {
				Fact fact = fill == null ? null : fill.fact(cell.address());
				if (fact != null && !fact.value().isBlank()) {
					first.setCellValue(fact.value().number().doubleValue());
				}
				validations.computeIfAbsent(validation(cell.spec()), k -> new CellRangeAddressList())
						.addCellRangeAddress(cell.row(), cell.column(), cell.row(), cell.column());
			}
			case NOT_REPORTED -> text(first, "—", style, styles);
			default -> text(first, cell.text(), style, styles);
			}
		}
		for (Map.Entry<String, CellRangeAddressList> entry : validations.entrySet()) {
			DataValidationConstraint constraint = switch (entry.getKey()) {
			case "count" -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
			case "signed-count" -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
					"-999999999999", "999999999999");
			case "decimal" -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
			default -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1E15", "1E15");
			};
			DataValidation validation = helper.createValidation(constraint, entry.getValue());
			validation.setShowErrorBox(true);
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.setEmptyCellAllowed(true);
			String message = switch (entry.getKey()) {
			case "count" -> "请填写不小于 0 的整数。 Enter a whole number, 0 or more.";
			case "signed-count" -> "请填写整数。 Enter a whole number.";
			case "decimal" -> "请填写不小于 0 的数。 Enter a number, 0 or more.";
			default -> "请填写数字。 Enter a number.";
			};
			validation.createErrorBox("数值无效 Invalid figure", message);
			sheet.addValidationData(validation);
		}
		sheet.createFreezePane(printed.labelColumns(), printed.headerRows());
		sheet.protectSheet("");
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private static String validation(CellSpec spec) {
		boolean count = spec.kind() == CellSpec.Kind.COUNT;
		return (spec.signed() ? "signed-" : "") + (count ? "count" : "decimal");
	}

	/** Text as text; text a spreadsheet would take for a formula is marked literal. */
	static void text(Cell cell, String text, CellStyle style, Styles styles) {
		String value = text == null ? "" : text;
		cell.setCellValue(value);
		cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
	}

	/** True for text that a spreadsheet (or a CSV reader) would evaluate: = + - @ or a tab or return first. */
	public static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	/** The workbook's cell styles, made once. */
	static final class Styles {
		final XSSFWorkbook wb;
		final CellStyle title;
		final CellStyle header;
		final CellStyle rowHeader;
		final CellStyle notReported;
		final CellStyle text;
		private final Map<String, CellStyle> values = new HashMap<>();
		private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

		Styles(XSSFWorkbook wb) {
			this.wb = wb;
			Font bold = wb.createFont();
			bold.setBold(true);
			bold.setFontName("宋体");
			Font plain = wb.createFont();
			plain.setFontName("宋体");
			title = wb.createCellStyle();
			title.setFont(bold);
			title.setAlignment(HorizontalAlignment.CENTER);
			header = bordered(bold, true);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			rowHeader = bordered(plain, true);
			notReported = bordered(plain, true);
			notReported.setAlignment(HorizontalAlignment.CENTER);
			notReported.setFillForegroundColor(IndexedColors.GREY_40_PERCENT.getIndex());
			notReported.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = bordered(plain, false);
			text.setVerticalAlignment(VerticalAlignment.TOP);
		}

		private CellStyle bordered(Font font, boolean locked) {
			CellStyle style = wb.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setLocked(locked);
			return style;
		}

		/** An unlocked, typed value cell: "0" for counts, the indicator's decimals for the rest. */
		CellStyle value(CellSpec spec) {
			String format = spec.kind() == CellSpec.Kind.COUNT ? "0"
					: spec.decimals() != null && spec.decimals() > 0 ? "0." + "0".repeat(Math.min(spec.decimals(), 10))
							: spec.decimals() != null ? "0" : "General";
			return values.computeIfAbsent(format, f -> {
				CellStyle style = bordered(wb.getFontAt(0), false);
				style.setDataFormat(wb.createDataFormat().getFormat(f));
				style.setAlignment(HorizontalAlignment.RIGHT);
				return style;
			});
		}

		CellStyle quoted(CellStyle style) {
			return quoted.computeIfAbsent(style, s -> {
				CellStyle copy = wb.createCellStyle();
				copy.cloneStyleFrom(s);
				copy.setQuotePrefixed(true);
				return copy;
			});
		}
	}

	/** For tests: the sheet names a template's form has, in order. */
	static List<String> sheetNames(XSSFWorkbook wb) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < wb.getNumberOfSheets(); i++) {
			names.add(wb.getSheetName(i));
		}
		return names;
	}
}
