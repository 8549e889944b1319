package io.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** formwork diff OLD NEW on the examples: along the revision chain, and for the province's extension. */
class DiffCommandTest {

	static final Path ROOT = ValidateCommandTest.EXAMPLES;
	static final Path DIR = ROOT.resolve("examples/gov-info-disclosure");

	@Test
	void theChangesFrom2019To2021AreTheStoredList() throws IOException {
		CliRun run = CliRun.of("diff", "--lang", "en", DIR.resolve("gov-info-disclosure-2019.form").toString(),
				DIR.resolve("gov-info-disclosure-2021.form").toString());
		SetValidationTest.compare(run.out(), DIR.resolve("expected/diff-gid_2019-gid_2021.en.txt"));
		assertThat(run.exit()).isEqualTo(1);
	}

	@Test
	void theProvinceAddsOneRowToTheNationalFormat() {
		CliRun run = CliRun.of("diff", "--lang", "zh", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				DIR.resolve("gov-info-disclosure-2021-province.form").toString());
		assertThat(run.out()).contains("表 t3 行 np_unreachable：新增（6.无法联系到申请人，not_processed_unreachable：计数（件））")
				.contains("指标 not_processed_unreachable：新增").endsWith("3 处改变\n");
	}

	@Test
	void aTemplateComparedWithItselfHasNoChangeAndExitsZero() {
		CliRun run = CliRun.of("diff", "--lang", "en", DIR.resolve("gov-info-disclosure-2021.form").toString(),
				DIR.resolve("gov-info-disclosure-2021.form").toString());
		assertThat(run.out()).isEqualTo("gid_2021 → gid_2021\n0 change(s)\n");
		assertThat(run.exit()).isZero();
	}

	@Test
	void theJsonListsEveryChangeWithBothLanguages() throws IOException {
		CliRun run = CliRun.of("diff", "--format", "json", DIR.resolve("gov-info-disclosure-2019.form").toString(),
				DIR.resolve("gov-info-disclosure-2021.form").toString());
		int changes = 0;
		boolean feeRetyped = false;
		try (JsonParser json = new JsonFactory().createParser(run.out())) {
			String field = null;
			String change = null;
			String code = null;
			while (json.nextToken() != null) {
				if (json.currentToken() == JsonToken.FIELD_NAME) {
					field = json.currentName();
				} else if (json.currentToken() == JsonToken.VALUE_STRING && "change".equals(field)) {
					change = json.getText();
					changes++;
					feeRetyped |= "retyped".equals(change) && "prior_items".equals(code);
				} else if (json.currentToken() == JsonToken.VALUE_STRING && "code".equals(field)) {
					code = json.getText();
				}
			}
		}
		assertThat(changes).isEqualTo(52);
		assertThat(feeRetyped).isTrue();
		assertThat(run.out()).contains("\"revisionChain\" : true").contains("\"zh\" : \"fee_amount：金额（万元）\"");
	}

	@Test
	void aBrokenTemplateIsReportedAndExitsTwo() {
		CliRun run = CliRun.of("diff", "src/test/resources/broken/units.form", DIR.resolve("gov-info-disclosure-2021.form").toString());
		assertThat(run.err()).contains("units.form:16:10: error [formwork.unitMismatch]");
		assertThat(run.exit()).isEqualTo(2);
	}
}
