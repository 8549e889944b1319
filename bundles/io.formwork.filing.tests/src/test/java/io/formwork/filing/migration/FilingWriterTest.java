package io.formwork.filing.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.filing.CsvFilingReader;
import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Value;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

class FilingWriterTest {

	static final Plan PLAN;
	static {
		Map<CellAddress, CellSpec> cells = new LinkedHashMap<>();
		for (String address : List.of("t3[received, natural]", "t3[received, total]", "t4[cases, review.upheld]",
				"t2_8[fees, fee_amount]", "stated_requests")) {
			CellAddress a = CellAddress.parse(address);
			cells.put(a, new CellSpec(a, "x", "x", "x", CellSpec.Kind.COUNT, null, null, false, null));
		}
		PLAN = new Plan("gid_2021", 2021, "t", "t", null, cells, Map.of(), List.of());
	}

	static Filing filing() {
		Filing filing = new Filing("in").template("gid_2021").year(2021).body("示例\"市\"");
		Location at = Location.unknown("in");
		filing.add(new Fact(CellAddress.parse("stated_requests"), Value.of(187), null, at, null));
		filing.add(new Fact(CellAddress.parse("t2_8[fees, fee_amount]"), Value.of(new BigDecimal("1286.30")), "万元", at, null));
		filing.add(new Fact(CellAddress.parse("t3[received, total]"), Value.blank(), null, at, null));
		filing.add(new Fact(CellAddress.parse("t3[received, natural]"), Value.of(-3), null, at, null));
		filing.add(new Fact(CellAddress.parse("t4[cases, review.upheld]"), Value.of(3), null, at, null));
		return filing;
	}

	static String write(FilingWriter.Format format) throws IOException {
		StringWriter out = new StringWriter();
		FilingWriter.write(filing(), PLAN, format, out);
		return out.toString();
	}

	@Test
	void aTextualFilingListsTablesRowByRowInTheTemplatesOrder() throws IOException {
		assertThat(write(FilingWriter.Format.FILING)).isEqualTo("""
				filing for gid_2021 year 2021 body "示例\\"市\\""

				table t3 {
					received: natural -3, total blank
				}

				table t4 {
					cases: review.upheld 3
				}

				table t2_8 {
					fees: fee_amount 1286.30 万元
				}

				claim stated_requests 187
				""");
	}

	@Test
	void jsonAndCsvReadBackToTheSameFacts(@TempDir Path dir) throws IOException {
		for (FilingWriter.Format format : List.of(FilingWriter.Format.JSON, FilingWriter.Format.CSV)) {
			Path file = dir.resolve("out" + format.extension());
			Files.writeString(file, write(format), StandardCharsets.UTF_8);
			Filing read = format == FilingWriter.Format.JSON ? new JsonFilingReader().read(file) : new CsvFilingReader().read(file);
			assertThat(read.problems()).as("%s", format).isEmpty();
			assertThat(read.template()).isEqualTo("gid_2021");
			assertThat(read.year()).isEqualTo(2021);
			assertThat(read.body()).isEqualTo("示例\"市\"");
			for (Fact fact : filing().facts().values()) {
				assertThat(read.fact(fact.address()).value()).as("%s %s", format, fact.address()).isEqualTo(fact.value());
				assertThat(read.fact(fact.address()).statedUnit()).isEqualTo(fact.statedUnit());
			}
		}
	}

	@Test
	void theSameFilingIsWrittenToTheSameBytes() throws IOException {
		for (FilingWriter.Format format : FilingWriter.Format.values()) {
			assertThat(write(format)).isEqualTo(write(format));
		}
		assertThat(FilingWriter.Format.of("A.FILING")).isEqualTo(FilingWriter.Format.FILING);
		assertThat(FilingWriter.Format.of("a.txt")).isNull();
	}
}
