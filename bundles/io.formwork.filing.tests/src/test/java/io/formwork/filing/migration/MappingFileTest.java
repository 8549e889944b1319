package io.formwork.filing.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Value;
import io.formwork.runtime.migration.MappingRule;

class MappingFileTest {

	@Test
	void eachKindOfRuleIsRead(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("m.mapping");
		Files.writeString(file, """
				\uFEFF# comment line
				t2_8[fees, fee_amount] = blank   # not carried
				t3[oh_other, *] = t3[other_handling, *]

				t2_8[fees, fee_amount] = １２.５ 万元
				stated_fee = stated_requests
				""", StandardCharsets.UTF_8);
		MappingFile.Read read = MappingFile.read(file);
		assertThat(read.problems()).isEmpty();
		assertThat(read.rules()).hasSize(4);
		MappingRule blank = read.rules().get(0);
		assertThat(blank.blank()).isTrue();
		assertThat(blank.target()).isEqualTo(CellAddress.parse("t2_8[fees, fee_amount]"));
		assertThat(blank.location()).isEqualTo(Location.of(file.toString(), 2, 1));
		assertThat(read.rules().get(1).source()).isEqualTo(CellAddress.cell("t3", "other_handling", "*"));
		assertThat(read.rules().get(2).value()).isEqualTo(Value.of("12.5"));
		assertThat(read.rules().get(2).unit()).isEqualTo("万元");
		assertThat(read.rules().get(3).source()).isEqualTo(CellAddress.claim("stated_requests"));
	}

	@Test
	void aLineThatIsNotARuleIsLocatedAndTheOthersAreStillRead(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.mapping");
		Files.writeString(file, "t3[a, b] = blank\nno equals sign\n  t3[a = t3[b, c]\nt3[a, b] = 12 元 3 角\nt3[a, b] = \nt3[a, b] = claim_x\n",
				StandardCharsets.UTF_8);
		MappingFile.Read read = MappingFile.read(file);
		assertThat(read.rules()).hasSize(1);
		assertThat(read.problems()).extracting(Problem::location).extracting(Location::line, Location::column)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(3, 3),
						org.assertj.core.groups.Tuple.tuple(4, 12), org.assertj.core.groups.Tuple.tuple(5, 12),
						org.assertj.core.groups.Tuple.tuple(6, 12));
		assertThat(read.problems().get(0).en()).isEqualTo("A mapping reads \"new cell = old cell|figure|blank\"");
		assertThat(read.problems().get(4).en()).contains("a claim maps from a claim, a cell from a cell");
	}

	@Test
	void aFileThatIsNotUtf8IsOneProblem(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("gbk.mapping");
		Files.write(file, "t3[a, b] = 其他".getBytes(java.nio.charset.Charset.forName("GBK")));
		MappingFile.Read read = MappingFile.read(file);
		assertThat(read.rules()).isEmpty();
		assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.en()).isEqualTo("Not UTF-8 text"));
	}
}
