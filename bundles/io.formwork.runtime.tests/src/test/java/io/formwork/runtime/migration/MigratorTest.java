package io.formwork.runtime.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Value;
import io.formwork.runtime.migration.CellMapping.Link;
import io.formwork.runtime.migration.CellMapping.Relation;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

class MigratorTest {

	static final CellAddress KEPT = CellAddress.parse("t[a, n]");
	static final CellAddress OLD_NAME = CellAddress.parse("t[b, n]");
	static final CellAddress NEW_NAME = CellAddress.parse("t[b2, n]");
	static final CellAddress IN_YUAN = CellAddress.parse("t[fee, yuan]");
	static final CellAddress IN_WAN = CellAddress.parse("t[fee, wan]");
	static final CellAddress ITEMS = CellAddress.parse("t[fee, items]");
	static final CellAddress AMOUNT = CellAddress.parse("t[fee, amount]");
	static final CellAddress GONE = CellAddress.parse("t[gone, n]");
	static final CellAddress FRESH = CellAddress.parse("t[fresh, n]");

	static CellSpec spec(CellAddress address, String indicator, CellSpec.Kind kind, String unit) {
		return new CellSpec(address, indicator, address.row(), address.row(), kind, unit, null, false, null);
	}

	static Plan plan(String id, CellSpec... cells) {
		Map<CellAddress, CellSpec> map = new LinkedHashMap<>();
		for (CellSpec cell : cells) {
			map.put(cell.address(), cell);
		}
		return new Plan(id, 2021, id, id, null, map,
				Map.of("万元", new Plan.UnitConversion("万元", new BigDecimal("10000"), "元")), List.of());
	}

	static final Plan OLD = plan("old", spec(KEPT, "cases", CellSpec.Kind.COUNT, "件"),
			spec(OLD_NAME, "cases", CellSpec.Kind.COUNT, "件"), spec(IN_YUAN, "fees", CellSpec.Kind.AMOUNT, "元"),
			spec(ITEMS, "items", CellSpec.Kind.COUNT, "项"), spec(GONE, "cases", CellSpec.Kind.COUNT, "件"));
	static final Plan NEW = plan("new", spec(KEPT, "cases", CellSpec.Kind.COUNT, "件"),
			spec(NEW_NAME, "cases", CellSpec.Kind.COUNT, "件"), spec(IN_WAN, "fees", CellSpec.Kind.AMOUNT, "万元"),
			spec(AMOUNT, "amount", CellSpec.Kind.AMOUNT, "万元"), spec(FRESH, "cases", CellSpec.Kind.COUNT, "件"));
	static final CellMapping MAPPING = new CellMapping("old", "new", List.of(
			new Link(KEPT, KEPT, Relation.SAME, null, null, null, null),
			new Link(NEW_NAME, OLD_NAME, Relation.RENAMED, null, null, null, null),
			new Link(IN_WAN, IN_YUAN, Relation.CONVERTED, null, null, null, null),
			new Link(AMOUNT, ITEMS, Relation.CHANGED, "项目数", "items", "金额", "amount"),
			new Link(FRESH, null, Relation.NEW, null, null, null, null)), List.of(GONE));

	static Filing filing() {
		Filing filing = new Filing("old.filing").template("old").year(2020).body("甲");
		int line = 1;
		for (var e : Map.of(KEPT, "7", OLD_NAME, "3", IN_YUAN, "25000", ITEMS, "12", GONE, "5").entrySet()) {
			filing.add(Fact.of(e.getKey(), Value.of(e.getValue()), Location.of("old.filing", line++, 1)));
		}
		return filing;
	}

	@Test
	void aFigureWhoseMeaningChangedStopsTheMigration() {
		Migrator.Result result = new Migrator(OLD, NEW, MAPPING).migrate(filing(), List.of(), null);
		assertThat(result.refused()).isTrue();
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(Migrator.REFUSED);
			assertThat(p.en()).startsWith("t[fee, items] (items) = 12 cannot be carried to t[fee, amount] (amount): its meaning changed");
		});
	}

	@Test
	void withARuleForThatCellTheRestIsCarriedRenamedAndConverted() {
		Migrator.Result result = new Migrator(OLD, NEW, MAPPING)
				.migrate(filing(), List.of(MappingRule.ofValue(AMOUNT, Value.of("3.5"), null, Location.of("m", 1, 1))), 2021);
		assertThat(result.refused()).isFalse();
		Filing migrated = result.filing();
		assertThat(migrated.template()).isEqualTo("new");
		assertThat(migrated.year()).isEqualTo(2021);
		assertThat(migrated.body()).isEqualTo("甲");
		assertThat(migrated.fact(KEPT).value()).isEqualTo(Value.of("7"));
		assertThat(migrated.fact(NEW_NAME).value()).isEqualTo(Value.of("3"));
		assertThat(migrated.fact(IN_WAN).value().number()).isEqualByComparingTo("2.5");
		assertThat(migrated.fact(AMOUNT).value()).isEqualTo(Value.of("3.5"));
		assertThat(migrated.fact(FRESH)).isNull();
		assertThat(result.count(Migrator.Kind.NOT_CARRIED)).isEqualTo(1);
		assertThat(result.outcomes()).filteredOn(o -> o.kind() == Migrator.Kind.NOT_CARRIED).singleElement()
				.satisfies(o -> assertThat(o.from()).isEqualTo(GONE));
	}

	@Test
	void aRuleCanLeaveTheCellBlankOrTakeAnotherCellConvertingItsUnit() {
		Migrator.Result blank = new Migrator(OLD, NEW, MAPPING)
				.migrate(filing(), List.of(MappingRule.leftBlank(AMOUNT, Location.of("m", 1, 1))), null);
		assertThat(blank.filing().fact(AMOUNT)).isNull();
		Migrator.Result taken = new Migrator(OLD, NEW, MAPPING)
				.migrate(filing(), List.of(MappingRule.fromCell(AMOUNT, IN_YUAN, Location.of("m", 1, 1))), null);
		assertThat(taken.filing().fact(AMOUNT).value().number()).isEqualByComparingTo("2.5");
	}

	@Test
	void aRuleThatTakesAFigureInAUnitThatDoesNotConvertIsRefused() {
		Migrator.Result result = new Migrator(OLD, NEW, MAPPING)
				.migrate(filing(), List.of(MappingRule.fromCell(AMOUNT, ITEMS, Location.of("m", 1, 1))), null);
		assertThat(result.refused()).isTrue();
		assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.en()).contains("does not convert"));
	}

	@Test
	void wildcardsExpandOverTheNewTemplatesCells() {
		MappingRule rule = MappingRule.fromCell(CellAddress.parse("t[fee, *]"), CellAddress.parse("t[fee, *]"), Location.of("m", 1, 1));
		assertThat(rule.targets(AMOUNT)).isTrue();
		assertThat(rule.targets(KEPT)).isFalse();
		assertThat(rule.sourceFor(AMOUNT)).isEqualTo(CellAddress.parse("t[fee, amount]"));
		Migrator.Result result = new Migrator(OLD, NEW, MAPPING).migrate(filing(), List.of(rule), null);
		// t[fee, wan] and t[fee, amount] are targets; neither is a cell of the old template, so the rule fills
		// nothing and the changed figure is still refused
		assertThat(result.problems()).filteredOn(p -> p.code().equals(Migrator.BAD_RULE)).extracting(p -> p.en())
				.containsExactly("The mapping's source t[fee, wan] is not a cell of template old",
						"The mapping's source t[fee, amount] is not a cell of template old");
		assertThat(result.refused()).isTrue();
	}

	@Test
	void lastYearsFilingCarriesOnlyWhatMeansTheSame() {
		Filing carried = new Migrator(OLD, NEW, MAPPING).carry(filing());
		assertThat(carried.facts().keySet()).containsExactlyInAnyOrder(KEPT, NEW_NAME, IN_WAN);
		assertThat(carried.fact(NEW_NAME).location()).isEqualTo(Location.of("old.filing", filing().fact(OLD_NAME).location().line(), 1));
	}

	@Test
	void theInputFilingIsNotModified() {
		Filing input = filing();
		int before = input.facts().size();
		new Migrator(OLD, NEW, MAPPING).migrate(input, List.of(), null);
		assertThat(input.facts()).hasSize(before);
		assertThat(input.template()).isEqualTo("old");
	}
}
