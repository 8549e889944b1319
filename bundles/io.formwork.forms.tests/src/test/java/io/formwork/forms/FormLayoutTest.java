package io.formwork.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.runtime.Filing;

/** How the generated forms are laid out, what they protect, and how LibreOffice renders them. */
class FormLayoutTest {

	@Test
	void table3IsPrintedAsTheOfficialTemplatePrintsIt() {
		FormTemplate template = Templates.of(2021);
		PrintedTable t3 = PrintedTable.of(template, template.layout().tables().stream().filter(t -> t.code().equals("t3")).findFirst().orElseThrow(), false, false);
		assertThat(t3.headerRows()).isEqualTo(3);
		assertThat(t3.labelColumns()).isEqualTo(3);
		assertThat(t3.columns()).isEqualTo(10);
		assertThat(cell(t3, 0, 0)).isEqualTo(new Span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3));
		assertThat(cell(t3, 0, 3)).isEqualTo(new Span("申请人情况", 1, 7));
		assertThat(cell(t3, 1, 3)).isEqualTo(new Span("自然人", 2, 1));
		assertThat(cell(t3, 1, 4)).isEqualTo(new Span("法人或其他组织", 1, 5));
		assertThat(cell(t3, 3, 0)).isEqualTo(new Span("一、本年新收政府信息公开申请数量", 1, 3));
		assertThat(cell(t3, 5, 0)).isEqualTo(new Span("三、本年度办理结果", 22, 1));
		assertThat(cell(t3, 7, 1)).isEqualTo(new Span("（三）不予公开", 8, 1));
		assertThat(cell(t3, 7, 2)).isEqualTo(new Span("1.属于国家秘密", 1, 1));
		assertThat(cell(t3, 27, 0)).isEqualTo(new Span("四、结转下年度继续办理", 1, 3));
	}

	@Test
	void table4GroupsItsOutcomesUnderReviewAndLitigation() {
		FormTemplate template = Templates.of(2019);
		PrintedTable t4 = PrintedTable.of(template, template.layout().tables().stream().filter(t -> t.code().equals("t4")).findFirst().orElseThrow(), false, false);
		assertThat(cell(t4, 0, 1)).isEqualTo(new Span("行政复议", 2, 5));
		assertThat(cell(t4, 0, 6)).isEqualTo(new Span("行政诉讼", 1, 10));
		assertThat(cell(t4, 1, 6)).isEqualTo(new Span("未经复议直接起诉", 1, 5));
		assertThat(cell(t4, 2, 1)).isEqualTo(new Span("结果维持", 1, 1));
		assertThat(cell(t4, 2, 15)).isEqualTo(new Span("总计", 1, 1));
	}

	record Span(String text, int rows, int columns) {
	}

	private static Span cell(PrintedTable table, int row, int column) {
		return table.cells().stream().filter(c -> c.row() == row && c.column() == column)
				.map(c -> new Span(c.text(), c.rowSpan(), c.columnSpan())).findFirst().orElse(null);
	}

	@Test
	void theWordFormHasTheSectionsInOrderAndItsTemplateInItsProperties(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("blank.docx");
		try (OutputStream out = Files.newOutputStream(file)) {
			DocxForm.write(Templates.of(2021), null, out);
		}
		try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getText().matches("^[一二三四五六]、.*")) {
					headings.add(p.getText());
				}
			}
			assertThat(headings).containsExactly("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
					"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("（一）主动公开", "（五）监督保障");
			assertThat(doc.getTables()).hasSize(6);
			XWPFTable t3 = doc.getTables().get(4);
			assertThat(t3.getRow(0).getCell(0).getText()).contains("勾稽关系");
			assertThat(t3.getRow(0).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
			assertThat(doc.getProperties().getCustomProperties().getProperty(Ooxml.TEMPLATE_PROPERTY).getLpwstr()).isEqualTo("gid_2021");
			assertThat(doc.getProperties().getCustomProperties().getProperty(Ooxml.YEAR_PROPERTY).getI4()).isEqualTo(2021);
		}
	}

	@Test
	void theWorkbookProtectsItsLabelsTypesItsValuesAndHoldsNoFormula(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("form.xlsx");
		Filing fill = Templates.json("example-county-2019");
		fill.body("=HYPERLINK(\"http://example.invalid\",\"点击\")");
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsxForm.write(Templates.of(2019), fill, out);
		}
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			assertThat(XlsxForm.sheetNames(wb)).containsExactly(XlsxForm.TEXT_SHEET, "第二十条第（一）项", "第二十条第（五）项",
					"第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况");
			for (int s = 0; s < wb.getNumberOfSheets(); s++) {
				XSSFSheet sheet = wb.getSheetAt(s);
				assertThat(sheet.getProtect()).as(sheet.getSheetName()).isTrue();
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
			Cell body = wb.getSheet(XlsxForm.TEXT_SHEET).getRow(1).getCell(1);
			assertThat(body.getCellType()).isEqualTo(CellType.STRING);
			assertThat(body.getCellStyle().getQuotePrefixed()).isTrue();
			XSSFSheet t3 = wb.getSheet("收到和处理政府信息公开申请情况");
			Cell label = t3.getRow(4).getCell(0);
			assertThat(label.getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(label.getCellStyle().getLocked()).isTrue();
			Cell value = t3.getRow(4).getCell(3);
			assertThat(value.getCellStyle().getLocked()).isFalse();
			assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0");
			DataValidation counts = t3.getDataValidations().get(0);
			assertThat(counts.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
			assertThat(counts.getValidationConstraint().getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
			assertThat(counts.getValidationConstraint().getFormula1()).isEqualTo("0");
			assertThat(wb.getSheet("第二十条第（九）项").getRow(1).getCell(2).getStringCellValue()).isEqualTo("采购总金额（万元）");
			var change = wb.getSheet("第二十条第（五）项").getDataValidations();
			assertThat(change).anyMatch(v -> v.getValidationConstraint().getOperator() == DataValidationConstraint.OperatorType.BETWEEN);
		}
	}

	@Test
	void libreOfficeRendersTheWordFormToPdf(@TempDir Path dir) throws IOException, InterruptedException {
		Path soffice = Path.of("/usr/bin/soffice");
		if (!Files.isExecutable(soffice)) {
			System.out.println("SKIPPED libreOfficeRendersTheWordFormToPdf: no LibreOffice (/usr/bin/soffice); apt-get install libreoffice-writer-nogui");
		}
		assumeTrue(Files.isExecutable(soffice), "no LibreOffice (/usr/bin/soffice)");
		Path file = dir.resolve("form.docx");
		try (OutputStream out = Files.newOutputStream(file)) {
			DocxForm.write(Templates.of(2021), Templates.json("example-city-2021-error"), out);
		}
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		Path pdf = dir.resolve("form.pdf");
		assertThat(pdf).exists();
		byte[] bytes = Files.readAllBytes(pdf);
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1).isBetween(2, 8);
	}
}
