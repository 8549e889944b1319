package io.formwork.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Value;

class CsvFilingReaderTest {

	private static final Path CSV = Expected.RESOURCES.resolve("csv");

	private final CsvFilingReader reader = new CsvFilingReader();

	static Stream<Path> fixtures() throws IOException {
		return Fixtures.inputs(CSV, ".csv");
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void eachFixtureReadsAsExpected(Path input) throws IOException {
		byte[] before = Files.readAllBytes(input);
		Filing filing = reader.read(input);
		Expected.assertMatches(Expected.beside(input, ".expected"), FilingDump.of(filing));
		assertThat(Files.readAllBytes(input)).as("the input is left as it was").isEqualTo(before);
	}

	@Test
	void metadataLinesAndAByteOrderMarkAreReadBeforeTheHeader() {
		Filing filing = reader.read(CSV.resolve("good.csv"));
		assertThat(filing.problems()).isEmpty();
		assertThat(filing.template()).isEqualTo("gid_2021");
		assertThat(filing.year()).isEqualTo(2021);
		assertThat(filing.body()).isEqualTo("示例市人民政府办公室, 政务公开办");
	}

	@Test
	void aFactIsLocatedAtItsValueFieldEvenAfterARecordSpanningTwoLines() {
		Path input = CSV.resolve("good.csv");
		Filing filing = reader.read(input);
		Fact natural = filing.fact(CellAddress.parse("t3[received, natural]"));
		assertThat(natural.location()).isEqualTo(Location.of(input.toString(), 6, 25));
		Fact total = filing.fact(CellAddress.parse("t3[received, total]"));
		assertThat(total.value()).isEqualTo(Value.of(251000));
		assertThat(total.statedUnit()).isEqualTo("元");
		assertThat(total.location()).isEqualTo(Location.of(input.toString(), 15, 10));
		Fact collected = filing.fact(CellAddress.parse("t2_8[fees, collected]"));
		assertThat(collected.location()).isEqualTo(Location.of(input.toString(), 16, 25));
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsReadWholeAndCountsTwoColumns() {
		Path input = CSV.resolve("rare-characters.csv");
		Filing filing = reader.read(input);
		assertThat(filing.body()).isEqualTo("𠮷田村民委员会");
		assertThat(filing.fact(CellAddress.claim("𠮷田")).location()).isEqualTo(Location.of(input.toString(), 3, 5));
	}

	@Test
	void aUnitColumnAndAUnitAfterTheValueAreBothRead() {
		Filing filing = reader.read(CSV.resolve("good.csv"));
		assertThat(filing.fact(CellAddress.parse("t2_8[fees, fee_amount]")).statedUnit()).isEqualTo("万元");
		assertThat(filing.fact(CellAddress.parse("t2_8[fees, collected]")).statedUnit()).isEqualTo("万元");
		assertThat(filing.fact(CellAddress.parse("t3[received, natural]")).statedUnit()).isNull();
		assertThat(filing.fact(CellAddress.parse("t3[received, business]")).value().isBlank()).isTrue();
	}

	@Test
	void everyBadRowIsReportedAndTheGoodOnesAreStillRead() {
		Filing filing = reader.read(CSV.resolve("bad-rows.csv"));
		assertThat(filing.problems()).extracting(Problem::code).containsExactly("filing.unknownKey",
				"filing.notANumber", "filing.notANumber", "filing.badAddress", "filing.badAddress",
				"filing.notANumber", "filing.badRow", "filing.badRow", "filing.badFact", "filing.duplicateCell",
				"filing.badAddress", "filing.notANumber");
		assertThat(filing.facts().keySet()).extracting(CellAddress::toString)
				.containsExactly("t3[granted, research]", "t3[granted, other]");
	}

	@Test
	void anAddressWithAnUnquotedCommaGetsAHint() {
		Filing filing = reader.read(CSV.resolve("bad-rows.csv"));
		assertThat(filing.problems()).filteredOn(p -> p.code().equals("filing.badRow")).first()
				.satisfies(p -> assertThat(p.en()).isEqualTo(
						"The cell address is split in two at its comma; quote it: \"t3[received, social]\""));
	}

	@Test
	void withoutAHeaderNothingIsGuessed() {
		Filing filing = reader.read(CSV.resolve("no-header.csv"));
		assertThat(filing.facts()).isEmpty();
		assertThat(filing.problems()).extracting(Problem::code).containsExactly("filing.badHeader");
	}

	@Test
	void anUnclosedQuoteIsUnreadableAtItsLineAndTheRowsBeforeItAreKept() {
		Path input = CSV.resolve("unclosed-quote.csv");
		Filing filing = reader.read(input);
		assertThat(filing.facts()).hasSize(1);
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("filing.unreadable");
			assertThat(p.location()).isEqualTo(Location.of(input.toString(), 3, 1));
			assertThat(p.en()).isEqualTo("The quote opened here is never closed");
		});
	}

	@Test
	void textAfterAClosingQuoteIsUnreadableWhereItStarts() {
		Path input = CSV.resolve("junk-after-quote.csv");
		Filing filing = reader.read(input);
		assertThat(filing.facts()).hasSize(1);
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("filing.unreadable");
			assertThat(p.location()).isEqualTo(Location.of(input.toString(), 4, 25));
		});
	}

	@Test
	void twentyMegabytesOfCommentLinesAreReadInOnePass(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("comments.csv");
		String comment = "# " + "x".repeat(200) + "\n";
		Files.writeString(file, comment.repeat(100_000) + "# Year: 2021\ncell,value\nstated_requests,30\n");
		Filing filing = reader.read(file);
		assertThat(filing.year()).isEqualTo(2021);
		assertThat(filing.fact(CellAddress.claim("stated_requests")).location())
				.isEqualTo(Location.of(file.toString(), 100_003, 17));
	}

	@Test
	void aFiftyMegabyteFilingIsReadAsAStream(@TempDir Path folder) throws IOException {
		LargeFilings.Generated big = LargeFilings.csv(folder.resolve("big.csv"));
		assertThat(Files.size(big.file())).isGreaterThanOrEqualTo(LargeFilings.SIZE);
		Filing filing = reader.read(big.file());
		assertThat(filing.facts()).hasSize(big.facts() - 1);
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("filing.notANumber");
			assertThat(p.location().line()).isEqualTo(big.badLine());
			assertThat(p.location().column()).isEqualTo(big.badColumn());
		});
		int middle = big.facts() / 2;
		assertThat(filing.fact(CellAddress.parse(LargeFilings.cell(middle))).value())
				.isEqualTo(Value.of(middle + "." + String.format(Locale.ROOT, "%02d", middle % 100)));
		Fact last = filing.fact(CellAddress.parse(LargeFilings.cell(big.facts() - 1)));
		assertThat(last.location().line()).isEqualTo(big.lastLine());
	}
}
