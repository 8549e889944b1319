package io.formwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;

/** Reports not made by Formwork: a Word report and published pages, read by their labels. */
class DocumentReadersTest {

	@Test
	void aWordReportWrittenElsewhereReadsAsTheFilingItPrints() {
		FormTemplate template = Templates.of(2021);
		Filing read = new DocxFilingReader(template).read(Templates.fixture("handwritten/example-city-2021-error.docx"));
		assertThat(read.problems()).isEmpty();
		assertThat(read.template()).isNull();
		var values = FormRoundTripTest.values(read);
		var expected = FormRoundTripTest.values(Templates.json("example-city-2021-error"));
		assertThat(values.remove("t2_8[fees, fee_amount]")).isEqualTo("12863700"); // printed in 元 under 万元
		expected.remove("t2_8[fees, fee_amount]");
		assertThat(values).isEqualTo(expected);
		Fact fee = read.fact(CellAddress.cell("t2_8", "fees", "fee_amount"));
		assertThat(fee.value().number()).isEqualByComparingTo("12863700");
		assertThat(fee.statedUnit()).isEqualTo("元");
		assertThat(read.fact(CellAddress.claim("stated_requests")).location().cell()).isEqualTo("段落 paragraph");
	}

	@Test
	void publishedPagesOfBothFormatsReadAsTheirFilings() {
		for (String name : new String[] { "example-county-2019", "example-city-2021-error" }) {
			FormTemplate template = Templates.of(name.contains("2019") ? 2019 : 2021);
			Filing read = new HtmlFilingReader(template).read(Templates.examples().resolve("filings/" + name + ".html"));
			assertThat(read.problems()).as(name).isEmpty();
			var expected = FormRoundTripTest.values(Templates.json(name));
			var values = FormRoundTripTest.values(read);
			if (name.contains("2021")) {
				assertThat(values.remove("t2_8[fees, fee_amount]")).isEqualTo("12863700"); // printed in 元, converted by the engine
				expected.remove("t2_8[fees, fee_amount]");
			}
			assertThat(values).as(name).isEqualTo(expected);
		}
	}

	@Test
	void aPageCellIsLocatedInTheSourceAndInItsTable() {
		Filing read = new HtmlFilingReader(Templates.of(2021)).read(Templates.examples().resolve("filings/example-city-2021-error.html"));
		var at = read.fact(CellAddress.cell("t3", "received", "natural")).location();
		assertThat(at.line()).isPositive();
		assertThat(at.cell()).isEqualTo("表格 2 第 4 行第 4 列 table 2 row 4 col 4");
		assertThat(read.fact(CellAddress.cell("t3", "received", "natural")).value().number()).isEqualByComparingTo("152");
	}

	@Test
	void headerVariantsBlanksDashesAndUnitsAreReadAndAForeignRowIsReported(@TempDir Path dir) throws IOException {
		// a county's own page: 2019 format, table 3 only, headers worded its way, one row the template does not have
		String page = """
				<html><body><p>三、收到和处理政府信息公开申请情况</p>
				<table border="1">
				<tr><td rowspan="3" colspan="2">&nbsp;</td><td colspan="7">申请人情况</td></tr>
				<tr><td rowspan="2">自然人</td><td colspan="5">法人或者其他组织</td><td rowspan="2">总&nbsp;计</td></tr>
				<tr><td>商业<br />企业</td><td>科研<br/>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
				<tr><td colspan="2">一、本年新收到的政府信息公开申请数量</td><td>１２</td><td>3件</td><td>—</td><td>&nbsp;</td><td>0</td><td>1</td><td>16</td></tr>
				<tr><td colspan="2">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
				<tr><td rowspan="3">三、本年度办理结果</td><td>(一)予以公开</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
				<tr><td>（二）部分公开</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
				<tr><td>（八）无法联系到申请人</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
				</table></body></html>
				""";
		Path file = dir.resolve("county.html");
		Files.writeString(file, page);
		Filing read = new HtmlFilingReader(Templates.of(2019)).read(file);

		assertThat(read.fact(CellAddress.cell("t3", "received", "natural")).value().number()).isEqualByComparingTo("12");
		Fact business = read.fact(CellAddress.cell("t3", "received", "business"));
		assertThat(business.value().number()).isEqualByComparingTo("3");
		assertThat(business.statedUnit()).isEqualTo("件");
		assertThat(read.fact(CellAddress.cell("t3", "received", "research")).value().isBlank()).isTrue();
		assertThat(read.fact(CellAddress.cell("t3", "received", "charity")).value().isBlank()).isTrue();
		assertThat(read.fact(CellAddress.cell("t3", "received", "total")).value().number()).isEqualByComparingTo("16");
		assertThat(read.fact(CellAddress.cell("t3", "partly_granted", "total")).value().number()).isEqualByComparingTo("2");
		assertThat(read.problems()).extracting(Problem::code).contains(FormProblems.UNMATCHED_LABEL, FormProblems.MISSING_LABEL,
				FormProblems.TABLE_NOT_FOUND);
		Problem foreign = read.problems().stream().filter(p -> p.code().equals(FormProblems.UNMATCHED_LABEL)).findFirst().orElseThrow();
		assertThat(foreign.zh()).contains("（八）无法联系到申请人");
		assertThat(foreign.location().cell()).contains("第 8 行");
		assertThat(read.problems()).noneMatch(p -> p.code().equals("filing.unreadable"));
	}
}
