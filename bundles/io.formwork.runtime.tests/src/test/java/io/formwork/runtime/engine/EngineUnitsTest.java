package io.formwork.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * A figure a filing states in another unit than the template's: converted exactly, keeping the precision it
 * was printed with, so a rule with a printed tolerance still judges it at that precision.
 */
class EngineUnitsTest {

	static final CellAddress FEES = CellAddress.cell("t", "fees", "amount");
	static final CellAddress BUDGET = CellAddress.claim("budget");

	/** fees in 元, budget in 万元; the rule: fees = budget, at printed precision, named "收费一致". */
	static Engine engine() {
		Map<CellAddress, CellSpec> cells = new LinkedHashMap<>();
		cells.put(FEES, new CellSpec(FEES, "fee", "收费", "Fees", CellSpec.Kind.AMOUNT, "元", 0, false, null));
		cells.put(BUDGET, new CellSpec(BUDGET, "budget", "经费", "Budget", CellSpec.Kind.AMOUNT, "万元", 4, false, null));
		Expr assertion = new Expr.Compare("=", new Expr.Ref(FEES, false, "[fees]"),
				new Expr.Arithmetic("*", new Expr.Ref(BUDGET, false, "budget"), new Expr.Num(new BigDecimal(10000))));
		RuleInstance rule = new RuleInstance("U1", Severity.ERROR, Location.of("t.form", 3, 2), "[fees] = budget * 10000",
				"", null, assertion, null, io.formwork.runtime.Precision.Mode.ROUNDED, false, "收费 {left} ≠ {right}",
				"fees {left} ≠ {right}", Map.of(), Map.of(), Map.of(), "收费一致", "Fees agree");
		return new Engine(new Plan("u", 2021, "单位", "Units", "t.form", cells,
				Map.of("万元", new Plan.UnitConversion("万元", new BigDecimal(10000), "元")), List.of(rule)));
	}

	static Finding only(Filing filing) {
		ValidationResult result = engine().validate(filing);
		assertThat(result.problems()).isEmpty();
		assertThat(result.findings()).hasSize(1);
		return result.findings().get(0);
	}

	@Test
	void aFigureInTenThousandsIsConvertedToTheTemplatesUnitAtThePrecisionItWasPrintedWith() {
		Filing filing = new Filing("f.json");
		filing.add(new Fact(FEES, Value.of("1.5"), "万元", Location.of("f.json", 2, 3), null));
		filing.add(Fact.of(BUDGET, Value.of("1.52"), Location.of("f.json", 3, 3)));
		Finding finding = only(filing);
		assertThat(finding.operands().get(0).value()).isEqualTo(Value.of(15000).printedWith(-3));
		// 15200 printed to the thousand is 15000: the rule passes at the precision 1.5 万元 was printed with
		assertThat(finding.status()).isEqualTo(Status.PASS);
	}

	@Test
	void aFigureInTheSmallerUnitIsConvertedWithMoreDecimals() {
		Filing filing = new Filing("f.json");
		filing.add(Fact.of(FEES, Value.of(15000), Location.of("f.json", 2, 3)));
		filing.add(new Fact(BUDGET, Value.of(15000), "元", Location.of("f.json", 3, 3), null));
		Finding finding = only(filing);
		assertThat(finding.operands().get(1).value().number()).isEqualByComparingTo("1.5");
		assertThat(finding.operands().get(1).value().decimals()).isEqualTo(4);
		assertThat(finding.status()).isEqualTo(Status.PASS);
	}

	@Test
	void anApproximateFigureStaysApproximateWhenConverted() {
		Filing filing = new Filing("f.json");
		filing.add(new Fact(FEES, Value.of(2).approximate(), "万元", Location.of("f.json", 2, 3), null));
		filing.add(Fact.of(BUDGET, Value.of(2), Location.of("f.json", 3, 3)));
		assertThat(only(filing).operands().get(0).value()).isEqualTo(Value.of(20000).printedWith(-4).approximate());
	}

	@Test
	void aFigureInAnUnrelatedUnitIsReportedNotConverted() {
		Filing filing = new Filing("f.json");
		filing.add(new Fact(FEES, Value.of(3), "件", Location.of("f.json", 2, 3), null));
		ValidationResult result = engine().validate(filing);
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(Engine.UNIT_MISMATCH);
			assertThat(p.location().line()).isEqualTo(2);
		});
	}

	@Test
	void aFindingCarriesTheRulesNameInBothLanguages() {
		Filing filing = new Filing("f.json");
		filing.add(Fact.of(FEES, Value.of(15000), Location.of("f.json", 2, 3)));
		filing.add(Fact.of(BUDGET, Value.of("1.5"), Location.of("f.json", 3, 3)));
		Finding finding = only(filing);
		assertThat(finding.ruleTitle(io.formwork.runtime.Language.ZH)).isEqualTo("收费一致");
		assertThat(finding.ruleTitle(io.formwork.runtime.Language.EN)).isEqualTo("Fees agree");
	}
}
