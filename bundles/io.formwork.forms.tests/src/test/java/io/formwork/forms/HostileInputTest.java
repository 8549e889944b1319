package io.formwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.filing.FilingReader;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;

/** Files built to hurt: each gives a located, explained problem, never an exception, and quickly. */
class HostileInputTest {

	@TempDir
	static Path dir;
	static FormTemplate template;
	static Path blankDocx;
	static Path filledXlsx;

	@BeforeAll
	static void forms() throws IOException {
		template = Templates.of(2021);
		blankDocx = dir.resolve("blank.docx");
		try (OutputStream out = Files.newOutputStream(blankDocx)) {
			DocxForm.write(template, null, out);
		}
		filledXlsx = dir.resolve("filled.xlsx");
		try (OutputStream out = Files.newOutputStream(filledXlsx)) {
			XlsxForm.write(template, Templates.json("example-city-2021"), out);
		}
	}

	static Problem unreadable(Filing filing) {
		assertThat(filing.problems()).anyMatch(p -> p.code().equals("filing.unreadable"));
		Problem problem = filing.problems().stream().filter(p -> p.code().equals("filing.unreadable")).findFirst().orElseThrow();
		assertThat(problem.severity()).isEqualTo(Severity.ERROR);
		assertThat(problem.location().file()).isEqualTo(filing.source());
		return problem;
	}

	@Test
	void aDocxThatIsNotAZipIsUnreadableAndSaysWhy() throws IOException {
		Path file = dir.resolve("text.docx");
		Files.writeString(file, "这不是 Word 文件");
		Problem problem = unreadable(new DocxFilingReader(template).read(file));
		assertThat(problem.zh()).contains("不是 DOCX");
		assertThat(problem.en()).contains("Not a DOCX file");
	}

	@Test
	void anOldBinaryWorkbookIsToldApartFromGarbage() throws IOException {
		Path file = dir.resolve("old.xlsx");
		byte[] ole2 = new byte[512];
		System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }, 0, ole2, 0, 8);
		Files.write(file, ole2);
		assertThat(unreadable(new XlsxFilingReader(template).read(file)).en()).contains("old binary Office file");
	}

	@Test
	void aTruncatedDocxIsUnreadable() throws IOException {
		Path file = dir.resolve("cut.docx");
		byte[] whole = Files.readAllBytes(blankDocx);
		Files.write(file, Arrays.copyOf(whole, whole.length / 2));
		unreadable(new DocxFilingReader(template).read(file));
	}

	@Test
	void aZipBombIsRefusedBeforeItInflates() throws IOException {
		Path file = dir.resolve("bomb.docx");
		byte[] spaces = new byte[60 << 20];
		Arrays.fill(spaces, (byte) ' ');
		byte[] document = concat("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
				spaces, "</w:body></w:document>");
		replace(blankDocx, file, "word/document.xml", document);
		assertThat(Files.size(file)).isLessThan(1 << 20);
		assertThat(unreadable(new DocxFilingReader(template).read(file)).en()).contains("zip bomb");
	}

	@Test
	void anExternalEntityInADocxIsNeverResolved() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path file = dir.resolve("xxe.docx");
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
				+ "<w:body><w:p><w:r><w:t>填报单位：&xxe;</w:t></w:r></w:p></w:body></w:document>";
		replace(blankDocx, file, "word/document.xml", document.getBytes(StandardCharsets.UTF_8));
		Filing filing = new DocxFilingReader(template).read(file);
		Problem problem = unreadable(filing);
		assertThat(problem.en()).contains("entity");
		assertThat(filing.body()).isNull();
		assertThat(filing.problems()).allMatch(p -> !p.zh().contains("TOP-SECRET") && !p.en().contains("TOP-SECRET"));
	}

	@Test
	void aBillionLaughsWorkbookIsRefused() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities + "]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
				+ "<c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>";
		Path file = dir.resolve("laughs.xlsx");
		replace(filledXlsx, file, "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
		assertThat(unreadable(new XlsxFilingReader(template).read(file)).en()).contains("entities");
	}

	@Test
	void aFormulaInAValueCellUsesItsSavedResultWithAWarningAndWithoutOneIsAnError() throws IOException {
		Path file = dir.resolve("formulas.xlsx");
		try (InputStream in = Files.newInputStream(filledXlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			var sheet = wb.getSheet("收到和处理政府信息公开申请情况");
			Cell total = sheet.getRow(4).getCell(9); // 一、本年新收 / 总计
			total.setCellFormula("SUM(D5:I5)");
			wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);
			Cell natural = sheet.getRow(5).getCell(3); // 二、上年结转 / 自然人
			natural.setCellFormula("1+1");
			((org.apache.poi.xssf.usermodel.XSSFCell) natural).getCTCell().unsetV();
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
		}
		Filing filing = new XlsxFilingReader(template).read(file);
		assertThat(filing.problems()).filteredOn(p -> p.code().equals(FormProblems.FORMULA)).hasSize(2);
		Problem saved = filing.problems().stream().filter(p -> p.severity() == Severity.WARNING && p.code().equals(FormProblems.FORMULA)).findFirst().orElseThrow();
		assertThat(saved.location().cell()).isEqualTo("收到和处理政府信息公开申请情况!J5");
		assertThat(saved.en()).contains("=SUM(D5:I5)").contains("187");
		assertThat(filing.fact(io.formwork.runtime.CellAddress.cell("t3", "received", "total")).value().number()).isEqualByComparingTo("187");
		Problem none = filing.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow();
		assertThat(none.location().cell()).isEqualTo("收到和处理政府信息公开申请情况!D6");
		assertThat(filing.fact(io.formwork.runtime.CellAddress.cell("t3", "carried_in", "natural"))).isNull();
	}

	@Test
	void aPageWithoutATableIsUnreadable() throws IOException {
		Path file = dir.resolve("notice.html");
		Files.writeString(file, "<html><body><h1>关于调整办公时间的通知</h1><p>自即日起……</p></body></html>");
		assertThat(unreadable(new HtmlFilingReader(template).read(file)).zh()).contains("没有可识别的表格");
	}

	@Test
	void aTableThatMatchesNothingIsReportedWithItsLabels() throws IOException {
		Path file = dir.resolve("other.html");
		Files.writeString(file, "<table><tr><td>项目</td><td>数量</td><td>金额</td></tr>"
				+ "<tr><td>办件</td><td>12</td><td>3.5</td></tr><tr><td>咨询</td><td>40</td><td>0</td></tr></table>");
		Filing filing = new HtmlFilingReader(template).read(file);
		unreadable(filing);
		Problem unmatched = filing.problems().stream().filter(p -> p.code().equals(FormProblems.UNMATCHED_TABLE)).findFirst().orElseThrow();
		assertThat(unmatched.zh()).contains("「办件」「咨询」").contains("「数量」「金额」");
		assertThat(unmatched.location().line()).isEqualTo(1);
	}

	@Test
	void hugeSpansAreBounded() throws IOException {
		Path file = dir.resolve("spans.html");
		Files.writeString(file, "<table><tr><td rowspan=\"99999999\" colspan=\"99999999\">x</td></tr>"
				+ "<tr><td>1</td></tr>".repeat(20000) + "</table>");
		Filing filing = new HtmlFilingReader(template).read(file);
		assertThat(filing.problems()).anyMatch(p -> p.code().equals(FormProblems.TOO_LARGE));
		unreadable(filing);
	}

	@Test
	void everyReaderSurvivesRandomBytes() throws IOException {
		java.util.Random random = new java.util.Random(42);
		FilingReader[] readers = { new DocxFilingReader(template), new XlsxFilingReader(template), new HtmlFilingReader(template) };
		String[] names = { "r.docx", "r.xlsx", "r.html" };
		byte[] valid = Files.readAllBytes(filledXlsx);
		for (int i = 0; i < 30; i++) {
			byte[] bytes = valid.clone();
			for (int j = 0; j < 20; j++) {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			}
			for (int r = 0; r < readers.length; r++) {
				Path file = dir.resolve(names[r]);
				Files.write(file, bytes);
				assertThat(readers[r].read(file)).isNotNull();
			}
		}
	}

	private static byte[] concat(String head, byte[] middle, String tail) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(middle);
		out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** A copy of a zip with one entry's content replaced. */
	static void replace(Path from, Path to, String entry, byte[] content) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			out.setLevel(9);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(entry)) {
					out.write(content);
				} else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
	}
}
