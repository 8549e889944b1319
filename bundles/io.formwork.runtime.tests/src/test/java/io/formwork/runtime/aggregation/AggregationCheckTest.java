package io.formwork.runtime.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

class AggregationCheckTest {

	static final CellAddress CASES = CellAddress.parse("t[r, cases]");
	static final CellAddress AMOUNT = CellAddress.parse("t[r, amount]");
	static final CellAddress SHARE = CellAddress.parse("t[r, share]");

	static final Plan PLAN;
	static {
		Map<CellAddress, CellSpec> cells = new LinkedHashMap<>();
		cells.put(CASES, new CellSpec(CASES, "cases", "件数", "Cases", CellSpec.Kind.COUNT, "件", null, false, null));
		cells.put(AMOUNT, new CellSpec(AMOUNT, "money", "金额", "Amount", CellSpec.Kind.AMOUNT, "万元", 2, false, null));
		cells.put(SHARE, new CellSpec(SHARE, "share", "占比", "Share", CellSpec.Kind.PERCENT, null, 2, false, null));
		PLAN = new Plan("p", 2021, "p", "p", null, cells, Map.of(), List.of());
	}

	static final Hierarchy HIERARCHY = new Hierarchy();
	static {
		HIERARCHY.add(new Hierarchy.Body("city", "市", "City", null, true));
		HIERARCHY.add(new Hierarchy.Body("a", "甲县", "County A", "city", false));
		HIERARCHY.add(new Hierarchy.Body("b", "乙县", "County B", "city", false));
	}

	static Filing filing(String body, String cases, String amount, String share) {
		Filing filing = new Filing(body + ".filing").body(body);
		filing.add(Fact.of(CASES, cases == null ? Value.blank() : Value.of(cases), Location.of(body + ".filing", 1, 1)));
		filing.add(Fact.of(AMOUNT, Value.of(amount), Location.of(body + ".filing", 2, 1)));
		filing.add(Fact.of(SHARE, Value.of(share), Location.of(body + ".filing", 3, 1)));
		return filing;
	}

	static List<AggregationCheck.Child> children(Filing a, Filing b) {
		return List.of(new AggregationCheck.Child(HIERARCHY.body("a"), a), new AggregationCheck.Child(HIERARCHY.body("b"), b));
	}

	static AggregationCheck check() {
		return new AggregationCheck(PLAN, AggregationCheck.Options.defaults(Location.of("bodies.json", 2, 3)));
	}

	@Test
	void aConsolidatedReportEqualToItsChildrensSumPassesCellByCell() {
		List<Finding> findings = check().check(HIERARCHY.body("city"), filing("city", "12", "3.50", "40.00"),
				children(filing("a", "5", "1.25", "10.00"), filing("b", "7", "2.25", "30.00")));
		assertThat(findings).extracting(Finding::instance).containsExactly("t[r, cases]", "t[r, amount]");
		assertThat(findings).extracting(Finding::status).containsOnly(Status.PASS);
	}

	@Test
	void theImbalanceOfACellIsReportedWithEveryFigure() {
		List<Finding> findings = check().check(HIERARCHY.body("city"), filing("city", "15", "3.50", "40.00"),
				children(filing("a", "5", "1.25", "10.00"), filing("b", "7", "2.25", "30.00")));
		Finding cases = findings.get(0);
		assertThat(cases.status()).isEqualTo(Status.FAIL);
		assertThat(cases.severity()).isEqualTo(Severity.ERROR);
		assertThat(cases.ruleId()).isEqualTo("AGG");
		assertThat(cases.left()).isEqualByComparingTo("15");
		assertThat(cases.right()).isEqualByComparingTo("12");
		assertThat(cases.difference()).isEqualByComparingTo("3");
		assertThat(cases.operands()).hasSize(3);
		assertThat(cases.filingLocation()).isEqualTo(Location.of("city.filing", 1, 1));
		assertThat(cases.messageZh()).isEqualTo("t[r, cases]（件数）：市 填报 15，下级合计 12，差额 3（甲县 5、乙县 7）");
		assertThat(cases.messageEn()).isEqualTo("t[r, cases] (Cases): City reports 15, its children sum to 12, imbalance 3 (County A 5, County B 7)");
		assertThat(findings.get(1).status()).isEqualTo(Status.PASS);
	}

	@Test
	void aBlankFigureIsNotAssessableUnlessBlanksCountAsZero() {
		Filing city = filing("city", "5", "3.50", "40.00");
		List<AggregationCheck.Child> kids = children(filing("a", "5", "1.25", "10.00"), filing("b", null, "2.25", "30.00"));
		assertThat(check().check(HIERARCHY.body("city"), city, kids).get(0).status()).isEqualTo(Status.NOT_ASSESSABLE);
		AggregationCheck zero = new AggregationCheck(PLAN,
				new AggregationCheck.Options("AGG", Severity.ERROR, BigDecimal.ZERO, true, Set.of(), null));
		assertThat(zero.check(HIERARCHY.body("city"), city, kids).get(0).status()).isEqualTo(Status.PASS);
	}

	@Test
	void aMissingChildMakesTheWholeCheckNotAssessable() {
		List<Finding> findings = check().check(HIERARCHY.body("city"), filing("city", "12", "3.50", "40.00"),
				List.of(new AggregationCheck.Child(HIERARCHY.body("a"), filing("a", "5", "1.25", "10.00")),
						new AggregationCheck.Child(HIERARCHY.body("b"), null)));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(Status.NOT_ASSESSABLE);
			assertThat(f.messageZh()).isEqualTo("市 是汇总报告，但缺少下级填报：乙县，无法核对汇总");
		});
	}

	@Test
	void aToleranceAndAChoiceOfTablesApply() {
		AggregationCheck loose = new AggregationCheck(PLAN,
				new AggregationCheck.Options("H1", Severity.WARNING, new BigDecimal("3"), false, Set.of("other"), null));
		assertThat(loose.check(HIERARCHY.body("city"), filing("city", "15", "3.50", "40.00"),
				children(filing("a", "5", "1.25", "10.00"), filing("b", "7", "2.25", "30.00")))).isEmpty();
		AggregationCheck tolerant = new AggregationCheck(PLAN,
				new AggregationCheck.Options("H1", Severity.WARNING, new BigDecimal("3"), false, Set.of("t"), null));
		assertThat(tolerant.check(HIERARCHY.body("city"), filing("city", "15", "3.50", "40.00"),
				children(filing("a", "5", "1.25", "10.00"), filing("b", "7", "2.25", "30.00"))).get(0).status())
				.isEqualTo(Status.PASS);
	}

	@Test
	void theHierarchyListsParentsBeforeChildrenWithTheirDepth() {
		assertThat(HIERARCHY.bodies()).extracting(Hierarchy.Body::code).containsExactly("city", "a", "b");
		assertThat(HIERARCHY.depth("b")).isEqualTo(1);
		assertThat(HIERARCHY.children("city")).extracting(Hierarchy.Body::code).containsExactly("a", "b");
		assertThat(HIERARCHY.add(new Hierarchy.Body("a", "重复", null, null, false))).isFalse();
	}
}
