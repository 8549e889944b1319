package io.formwork.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilingTest {

	@Test
	void aCellAddressIsReadAsWrittenInRules() {
		assertThat(CellAddress.parse("t3[received, natural]")).isEqualTo(CellAddress.cell("t3", "received", "natural"));
		assertThat(CellAddress.parse(" t4[cases,review.upheld] ")).isEqualTo(CellAddress.cell("t4", "cases", "review.upheld"));
		assertThat(CellAddress.parse("stated_requests").isClaim()).isTrue();
		assertThat(CellAddress.cell("t3", "received", "natural")).hasToString("t3[received, natural]");
	}

	@Test
	void aMalformedCellAddressSaysHowToWriteOne() {
		assertThatThrownBy(() -> CellAddress.parse("t3[received]")).hasMessageContaining("table[row, column]");
		assertThatThrownBy(() -> CellAddress.parse("3 apples")).hasMessageContaining("not a cell address");
	}

	@Test
	void addressesThatDifferOnlyInTheirDigitsHashApart() {
		// the default record hash gives 100 000 such addresses only 7 740 distinct hashes
		long distinct = java.util.stream.IntStream.range(0, 100_000)
				.map(i -> CellAddress.cell("t" + i / 1000, "r" + i % 1000, "c").hashCode()).distinct().count();
		assertThat(distinct).isGreaterThan(99_000);
		assertThat(CellAddress.parse("t3[received, natural]")).hasSameHashCodeAs(CellAddress.cell("t3", "received", "natural"));
	}

	@Test
	void aDuplicateCellIsReportedNotMerged() {
		CellAddress cell = CellAddress.cell("t3", "received", "natural");
		Filing filing = new Filing("a.json")
				.add(Fact.of(cell, Value.of(12), Location.of("a.json", 3, 5)))
				.add(Fact.of(cell, Value.of(13), Location.of("a.json", 4, 5)));
		assertThat(filing.fact(cell).value()).isEqualTo(Value.of(12));
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(Filing.DUPLICATE_CELL);
			assertThat(p.location()).hasToString("a.json:4:5");
			assertThat(p.en()).isEqualTo("Cell t3[received, natural] is reported twice (first at a.json:3:5); the first is kept");
		});
	}

	@Test
	void aLocationPrintsAsEditorsExpect() {
		assertThat(Location.of("f.csv", 12, 3)).hasToString("f.csv:12:3");
		assertThat(Location.ofCell("f.xlsx", "表3!C12")).hasToString("f.xlsx (表3!C12)");
	}
}
