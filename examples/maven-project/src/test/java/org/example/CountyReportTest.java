package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.example.reports.Gid2021Filing;
import org.junit.jupiter.api.Test;

import io.formwork.runtime.Language;

class CountyReportTest {

	@Test
	void aConsistentTableHasNoFailure() {
		Gid2021Filing filing = CountyReport.build(41);
		assertEquals(List.of(), CountyReport.failures(filing, Language.EN));
		assertEquals(0, CountyReport.errors(filing));
		assertEquals(0, 40 + 3 - 41 - filing.t3CarriedOverNatural().intValue());
	}

	@Test
	void aWrongTotalFailsTheBalance() {
		// R2 (the sum of the outcomes) reads rows this table leaves blank: it cannot be assessed, so it does not fail
		List<String> failures = CountyReport.failures(CountyReport.build(44), Language.EN);
		assertEquals(List.of(
				"R1[natural] In each column, item one plus item two equals item three plus item four (Natural persons: 43 ≠ 46)"),
				failures);
		assertEquals(1, CountyReport.errors(CountyReport.build(44)));
		assertTrue(CountyReport.failures(CountyReport.build(44), Language.ZH).get(0).contains("本列数据的勾稽关系"));
	}
}
