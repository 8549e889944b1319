package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** formwork migrate: a 2019-format filing into the 2021 format. */
class MigrateCommandTest {

	static final Path ROOT = ValidateCommandTest.EXAMPLES;
	static final Path DIR = ROOT.resolve("examples/gov-info-disclosure");
	static final Path FILING = DIR.resolve("filings/example-county-2019.filing");
	static final Path MAPPING = DIR.resolve("mappings/gid_2019-to-gid_2021.mapping");

	@Test
	void aFigureWhoseMeaningChangedIsRefusedAndNothingIsWritten(@TempDir Path dir) {
		Path output = dir.resolve("migrated.filing");
		CliRun run = CliRun.of("migrate", "--lang", "en", "--to", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				"--output", output.toString(), FILING.toString());
		assertThat(run.out()).contains("example-county-2019.filing:19:20: error [migrate.meaningChanged] t2_8[fees, prior_items] "
				+ "(Items in the previous year, count in 项) = 23 cannot be carried to t2_8[fees, fee_amount] (Fees collected this year (10,000 yuan), amount in 万元): "
				+ "its meaning changed. Say how to fill it in a mapping file")
				.contains("Not written: " + output);
		assertThat(run.exit()).isEqualTo(1);
		assertThat(output).doesNotExist();
	}

	@Test
	void withTheMappingTheFilingIsWrittenForTheNewTemplate(@TempDir Path dir) throws IOException {
		Path output = dir.resolve("example-county-2019.gid_2021.filing");
		CliRun run = CliRun.of("migrate", "--lang", "en", "--to", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				"--mapping", MAPPING.toString(), "--output", output.toString(), FILING.toString());
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("Wrote " + output + " (gid_2019 → gid_2021). 176 carried, 7 filled by the mapping, "
				+ "1 left blank by the mapping, 23 not carried");
		assertThat(run.out()).contains("note [migrate.notCarried] t2_9[procurement, items] = 58 is not carried: template gid_2021 has no such cell");
		SetValidationTest.compare(Files.readString(output, StandardCharsets.UTF_8),
				DIR.resolve("expected/example-county-2019.gid_2021.filing"));
	}

	@Test
	void theMigratedFilingIsReadAndValidatedAgainstTheNewTemplate(@TempDir Path dir) {
		Path output = dir.resolve("migrated.json");
		CliRun.of("migrate", "--to", DIR.resolve("gov-info-disclosure-2021.form").toString(), "--mapping", MAPPING.toString(),
				"--year", "2021", "--output", output.toString(), FILING.toString());
		CliRun run = CliRun.of("validate", "--lang", "en", "--template", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				output.toString());
		// carried as they were, the 2019 figures still hold R1, R3, R4, R5 and R8; R2 cannot be assessed with the
		// two new 其他处理 rows left blank
		assertThat(run.out()).doesNotContain("error [").doesNotContain("warning [");
		assertThat(run.exit()).isZero();
	}

	@Test
	void anExistingOutputIsNeverOverwritten(@TempDir Path dir) throws IOException {
		Path output = dir.resolve("there.filing");
		Files.writeString(output, "mine");
		CliRun run = CliRun.of("migrate", "--lang", "en", "--to", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				"--mapping", MAPPING.toString(), "--output", output.toString(), FILING.toString());
		assertThat(run.err()).contains("there.filing: exists; not overwritten");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(Files.readString(output)).isEqualTo("mine");
	}

	@Test
	void aBadMappingLineIsLocated(@TempDir Path dir) throws IOException {
		Path mapping = dir.resolve("bad.mapping");
		Files.writeString(mapping, "# comment\nt2_8[fees, fee_amount] = blank\nt3[oh_other = t3[other_handling, *]\n",
				StandardCharsets.UTF_8);
		CliRun run = CliRun.of("migrate", "--lang", "en", "--to", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				"--mapping", mapping.toString(), "--output", dir.resolve("out.filing").toString(), FILING.toString());
		assertThat(run.err()).contains("bad.mapping:3:1: error [mapping.bad] The left side is not a cell address");
		assertThat(run.exit()).isEqualTo(2);
	}

	@Test
	void aMappingNamingACellTheTemplatesDoNotHaveIsRefused(@TempDir Path dir) throws IOException {
		Path mapping = dir.resolve("wrong.mapping");
		Files.writeString(mapping, "t2_8[fees, amount] = blank\nt2_8[fees, fee_amount] = t2_8[fees, no_such]\n",
				StandardCharsets.UTF_8);
		CliRun run = CliRun.of("migrate", "--lang", "en", "--to", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				"--mapping", mapping.toString(), "--output", dir.resolve("out.filing").toString(), FILING.toString());
		assertThat(run.out()).contains("wrong.mapping:1:1: error [migrate.badMapping] The mapping's target t2_8[fees, amount] is not a cell of template gid_2021")
				.contains("wrong.mapping:2:1: error [migrate.badMapping] The mapping's source t2_8[fees, no_such] is not a cell of template gid_2019");
		assertThat(run.exit()).isEqualTo(1);
	}
}
