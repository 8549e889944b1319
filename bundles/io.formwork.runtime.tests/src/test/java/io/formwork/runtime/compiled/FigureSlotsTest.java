package io.formwork.runtime.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Value;

class FigureSlotsTest {

	private static final Layout LAYOUT = new Layout("t", 2021,
			new String[][] { { "t3", "received", "natural" }, { "t2_8", "fees", "fee_amount" }, { null, "收费金额", null } },
			new String[] { null, "万元", "万元" }, new int[] { 0, 4, 2 }, new String[][] { { "万元", "10000", "元" } });

	@Test
	void aFilledFigureGivesTheValueAndLocationBindingTheSameFactGives() {
		TypedFiling filled = FigureSlots.filing(LAYOUT);
		FigureSlots.clear(filled, "f.json");
		FigureSlots.number(filled, 0, 12, 0, 3, 7);
		FigureSlots.number(filled, 1, 128_637_0, 4, 4, 9);
		FigureSlots.blank(filled, 2, 5, 11);

		Filing filing = new Filing("f.json");
		filing.add(new Fact(CellAddress.parse("t3[received, natural]"), Value.of("12"), null, Location.of("f.json", 3, 7), null));
		filing.add(new Fact(CellAddress.parse("t2_8[fees, fee_amount]"), Value.of("128.6370"), "万元",
				Location.of("f.json", 4, 9), null));
		filing.add(new Fact(CellAddress.claim("收费金额"), Value.blank(), null, Location.of("f.json", 5, 11), null));
		TypedFiling bound = FigureSlots.filing(LAYOUT);
		FigureSlots.bind(bound, filing);

		assertThat(filled.sameAs(bound)).isTrue();
		assertThat(filled.number(1)).isEqualByComparingTo("128.637");
		assertThat(filled.number(1).scale()).isEqualTo(4);
		assertThat(filled.unscaled(1)).isEqualTo(bound.unscaled(1)).isEqualTo(1_286_370);
		assertThat(filled.exact(0)).isTrue();
		assertThat(filled.blank(2)).isTrue();
		assertThat(filled.exactOrBlank(2)).isEqualTo(bound.exactOrBlank(2));
		assertThat(filled.toJson()).isEqualTo(bound.toJson());
	}

	@Test
	void aFigureWithMoreDecimalsThanTheScaleIsNotExactButKeepsItsValue() {
		TypedFiling filled = FigureSlots.filing(LAYOUT);
		FigureSlots.clear(filled, "f.json");
		FigureSlots.number(filled, 0, 125, 1, 1, 1);
		assertThat(filled.exact(0)).isFalse();
		assertThat(filled.number(0)).isEqualTo(new BigDecimal("12.5"));
	}

	@Test
	void clearingEmptiesEveryCellAndTheMetadata() {
		TypedFiling filled = FigureSlots.filing(LAYOUT);
		FigureSlots.clear(filled, "a.json");
		FigureSlots.metadata(filled, "t", 2021, "body");
		FigureSlots.number(filled, 0, 1, 0, 1, 1);
		FigureSlots.clear(filled, "b.json");
		assertThat(filled.value(0)).isNull();
		assertThat(filled.location(0)).isNull();
		assertThat(FigureSlots.filled(filled, 0)).isFalse();
		assertThat(filled.template()).isNull();
		assertThat(filled.source()).isEqualTo("b.json");
	}

	@Test
	void theLayoutFindsACellByTheBytesOfItsAddressAsWrittenAndNoOtherSpelling() {
		byte[] text = "x\"t3[received, natural]\"收费金额".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(LAYOUT.indexOf(text, 2, 23)).isEqualTo(0);
		assertThat(LAYOUT.indexOf(text, 24, text.length)).isEqualTo(2);
		byte[] other = "t3[received,natural]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(LAYOUT.indexOf(other, 0, other.length)).isEqualTo(-1);
		byte[] unit = "万元".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(LAYOUT.unitIs(1, unit, 0, unit.length)).isTrue();
		assertThat(LAYOUT.unitIs(0, unit, 0, unit.length)).isFalse();
	}

	@Test
	void theExactWordsHoldOneBitPerCellExactlyWhereTheCellIsExact() {
		int n = 150;
		String[][] cells = new String[n][];
		String[] units = new String[n];
		int[] scales = new int[n];
		for (int i = 0; i < n; i++) {
			cells[i] = new String[] { "t", "r" + i, "c" };
		}
		TypedFiling filled = FigureSlots.filing(new Layout("t", 2021, cells, units, scales, new String[0][]));
		FigureSlots.clear(filled, "f.json");
		for (int i = 0; i < n; i++) {
			switch (i % 4) {
			case 0 -> FigureSlots.number(filled, i, i, 0, 1, 1); // a whole number: exact at scale 0
			case 1 -> FigureSlots.number(filled, i, 15, 1, 1, 1); // 1.5: no scaled form at scale 0
			case 2 -> FigureSlots.blank(filled, i, 1, 1);
			default -> { } // not reported
			}
		}
		// cells 63, 64 and 127, 128 sit on either side of a word's edge
		FigureSlots.number(filled, 63, 7, 0, 1, 1);
		FigureSlots.number(filled, 127, 7, 0, 1, 1);
		for (int i = 0; i < n; i++) {
			boolean bit = (filled.exactWord(i >>> 6) & 1L << i) != 0;
			assertThat(bit).as("cell %d", i).isEqualTo(filled.exact(i)).isEqualTo(i % 4 == 0 || i == 63 || i == 127);
		}
		assertThat(filled.exactWord(2) >>> (n - 128)).as("no bit past the last cell").isZero();

		FigureSlots.blank(filled, 64, 1, 1);
		assertThat(filled.exactWord(1) & 1L).as("cell 64 left blank").isZero();
		assertThat(filled.exact(64)).isFalse();
		assertThat(filled.exact(68)).isTrue();
		FigureSlots.clear(filled, "g.json");
		assertThat(filled.exactWord(0) | filled.exactWord(1) | filled.exactWord(2)).isZero();
	}
}
