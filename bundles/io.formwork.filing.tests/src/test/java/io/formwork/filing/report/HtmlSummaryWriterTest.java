package io.formwork.filing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.formwork.filing.set.SetReport;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Location;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.aggregation.Hierarchy;

class HtmlSummaryWriterTest {

	static SetReport report() {
		Hierarchy hierarchy = new Hierarchy();
		hierarchy.add(new Hierarchy.Body("p", "省", "Province", null, true));
		hierarchy.add(new Hierarchy.Body("a", "甲市", "City A", "p", false));
		hierarchy.add(new Hierarchy.Body("b", "乙市", "City B", "p", false));
		Finding fail = new Finding("R1", Severity.ERROR, Status.FAIL, Location.of("t.form", 3, 2), "natural", List.of(),
				java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, new java.math.BigDecimal("-9"), null,
				"左边 <1> 不等于右边", "left <1> differs from the right");
		Finding imbalance = new Finding("AGG", Severity.ERROR, Status.FAIL, Location.of("bodies.json", 2, 3),
				CellAddress.parse("t[r, n]").toString(), List.of(), new java.math.BigDecimal("15"),
				new java.math.BigDecimal("12"), new java.math.BigDecimal("3"), java.math.BigDecimal.ZERO, "省 失衡 3", "Province off by 3");
		ValidationResult province = new ValidationResult(new Filing("2021/p.filing"), List.of(), List.of(imbalance));
		ValidationResult city = new ValidationResult(new Filing("2021/a.filing"), List.of(), List.of(fail));
		return new SetReport("某省 <2021>", List.of(2021), hierarchy,
				List.of(new SetReport.Item("p", 2021, "gid_2021", province), new SetReport.Item("a", 2021, "gid_2021", city)),
				List.of(new SetReport.Missing("b", 2021)), "AGG");
	}

	static String write(Language language) throws IOException {
		StringWriter out = new StringWriter();
		new HtmlSummaryWriter(language).write(report(), out);
		return out.toString();
	}

	@Test
	void thePageShowsTotalsAChartTheImbalanceAndWhatIsMissing() throws IOException {
		String page = write(Language.ZH);
		assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("<svg").contains("某省 &lt;2021&gt;")
				.contains("<b>2</b><span>份填报").contains("<b>1</b><span>份缺报").contains("乙市 <span class=\"code\">b</span>")
				.contains("<td class=\"n err\">3</td>").contains("左边 &lt;1&gt; 不等于右边").doesNotContain("<script");
	}

	@Test
	void englishNamesAndMessagesInEnglish() throws IOException {
		assertThat(write(Language.EN)).contains("<html lang=\"en\">").contains("City A").contains("left &lt;1&gt; differs");
	}

	@Test
	void theSameReportIsTheSameBytes() throws IOException {
		assertThat(write(Language.ZH)).isEqualTo(write(Language.ZH));
	}
}
