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

class JsonFilingReaderTest {

	private static final Path JSON = Expected.RESOURCES.resolve("json");

	private final JsonFilingReader reader = new JsonFilingReader();

	static Stream<Path> fixtures() throws IOException {
		return Fixtures.inputs(JSON, ".json");
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void eachFixtureReadsAsExpected(Path input) throws IOException {
		byte[] before = Files.readAllBytes(input);
		Filing filing = reader.read(input);
		Expected.assertMatches(Expected.beside(input, ".expected"), FilingDump.of(filing));
		assertThat(Files.readAllBytes(input)).as("the input is left as it was").isEqualTo(before);
	}

	/**
	 * A small file is parsed from its bytes, a large one streamed: both give the same facts, problems and
	 * locations (columns in UTF-16 units either way). The large one is the fixture followed by a megabyte of
	 * blank lines, which JSON ignores (only a syntax error at the end of the input moves with them).
	 */
	@ParameterizedTest
	@MethodSource("fixtures")
	void aSmallFileReadFromItsBytesReadsAsTheSameFileStreamed(Path input, @TempDir Path folder) throws IOException {
		Filing small = reader.read(input);
		org.junit.jupiter.api.Assumptions.assumeTrue(
				small.problems().stream().noneMatch(p -> p.en().contains("end-of-input")),
				"a syntax error at the end of the input");
		Path large = folder.resolve(input.getFileName());
		byte[] bytes = Files.readAllBytes(input);
		byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + (int) JsonFilingReader.IN_MEMORY + 1);
		java.util.Arrays.fill(padded, bytes.length, padded.length, (byte) '\n');
		Files.write(large, padded);
		String streamed = FilingDump.of(reader.read(large)).replace(large.toString(), input.toString());
		assertThat(streamed).isEqualTo(FilingDump.of(small));
	}

	@Test
	void columnsCountCharactersNotBytesAfterChineseText(@TempDir Path folder) throws IOException {
		Path input = folder.resolve("zh.json");
		Files.writeString(input, "{\"template\": \"示例\", \"facts\": [{\"cell\": \"t3[received, natural]\", \"value\": \"十二\"},"
				+ " {\"cell\": \"t3[received, 𠀀]\", \"value\": \"x\"}]}\n", java.nio.charset.StandardCharsets.UTF_8);
		Filing filing = reader.read(input);
		assertThat(filing.problems()).extracting(p -> p.location().column()).containsExactly(73, 118);
	}

	@Test
	void theExampleOfTheFormatReadsAsDocumented() {
		Path input = JSON.resolve("good.json");
		Filing filing = reader.read(input);
		assertThat(filing.problems()).isEmpty();
		assertThat(filing.source()).isEqualTo(input.toString());
		assertThat(filing.template()).isEqualTo("gid_2021");
		assertThat(filing.year()).isEqualTo(2021);
		assertThat(filing.body()).isEqualTo("示例市人民政府办公室");
		Fact natural = filing.fact(CellAddress.parse("t3[received, natural]"));
		assertThat(natural.value()).isEqualTo(Value.of(12));
		assertThat(natural.location()).isEqualTo(Location.of(input.toString(), 6, 48));
		Fact fee = filing.fact(CellAddress.parse("t2_8[fees, fee_amount]"));
		assertThat(fee.value()).isEqualTo(Value.of("3.2816"));
		assertThat(fee.statedUnit()).isEqualTo("万元");
		assertThat(filing.fact(CellAddress.parse("t3[received, business]")).value().isBlank()).isTrue();
		assertThat(filing.fact(CellAddress.claim("stated_requests")).value()).isEqualTo(Value.of(30));
	}

	@Test
	void aNumberKeepsTheTextItWasWrittenWith() {
		Filing filing = reader.read(JSON.resolve("good.json"));
		Value research = filing.fact(CellAddress.parse("t3[received, research]")).value();
		assertThat(research.decimals()).isEqualTo(2);
		assertThat(research).hasToString("12.50");
		assertThat(filing.fact(CellAddress.parse("t4[cases, review.pending]")).value().number())
				.isEqualByComparingTo("150");
	}

	@Test
	void everyBadFactIsReportedAndTheGoodOnesAreStillRead() {
		Filing filing = reader.read(JSON.resolve("bad-facts.json"));
		assertThat(filing.problems()).extracting(Problem::code).containsExactly(
				"filing.notANumber", "filing.notANumber", "filing.notANumber", "filing.badAddress",
				"filing.badAddress", "filing.notANumber", "filing.badFact", "filing.badFact", "filing.badFact",
				"filing.badFact", "filing.badFact", "filing.badFact", "filing.badFact", "filing.badFact",
				"filing.unknownKey",
				"filing.duplicateCell", "filing.badFact", "filing.notANumber");
		assertThat(filing.facts().keySet()).extracting(CellAddress::toString).containsExactly(
				"t3[granted, research]", "t3[granted, social]", "t3[granted, other]");
		assertThat(filing.fact(CellAddress.parse("t3[granted, social]")).value()).isEqualTo(Value.of(4));
	}

	@Test
	void aSyntaxErrorIsLocatedAndWhatWasReadBeforeItIsKept() {
		Path input = JSON.resolve("syntax-error.json");
		Filing filing = reader.read(input);
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("filing.unreadable");
			assertThat(p.location()).isEqualTo(Location.of(input.toString(), 6, 39));
		});
		assertThat(filing.facts()).hasSize(1);
	}

	@Test
	void aMissingFileIsReportedNotThrown() {
		Path missing = JSON.resolve("no-such-file.json");
		Filing filing = reader.read(missing);
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("filing.unreadable");
			assertThat(p.location()).isEqualTo(Location.unknown(missing.toString()));
			assertThat(p.en()).isEqualTo("No such file");
		});
	}

	@Test
	void aFileThatIsNotUtf8IsReportedWhereDecodingStopped() {
		Path input = JSON.resolve("gbk.json");
		Filing filing = reader.read(input);
		assertThat(filing.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("filing.unreadable");
			// 示 in GBK (CA BE) happens to be valid UTF-8 (U+02BE); 例 (C0 FD) is not
			assertThat(p.location()).isEqualTo(Location.of(input.toString(), 3, 13));
		});
	}

	@Test
	void aFiftyMegabyteFilingIsReadAsAStream(@TempDir Path folder) throws IOException {
		LargeFilings.Generated big = LargeFilings.json(folder.resolve("big.json"));
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
