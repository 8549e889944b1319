package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import io.formwork.lang.formwork.Template;
import io.formwork.lang.revision.CellMappings;
import io.formwork.lang.revision.TemplateDiff;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Language;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.migration.CellMapping.Relation;

/**
 * What changed from the 2019 format to the 2021 one, along the revision chain and between templates written
 * out independently; expected lists in src/test/resources/revision/.
 */
class TemplateDiffTest {

	static final Path DIR = FormFiles.testData().resolve("revision");

	static Template example(XtextResourceSet set, String year) {
		return RevisionsTest.template(set, RevisionsTest.EXAMPLES.resolve("gov-info-disclosure-" + year + ".form"));
	}

	static void compare(String actual, String file) throws IOException {
		Path expected = DIR.resolve(file);
		if (Boolean.getBoolean("formwork.updateExpected")) {
			Files.writeString(expected, actual, StandardCharsets.UTF_8);
		}
		assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

	@Test
	void theChangesFrom2019To2021AreListedInChineseAndEnglish() throws IOException {
		XtextResourceSet set = FormFiles.load(RevisionsTest.EXAMPLES.resolve("gov-info-disclosure-2021.form"));
		TemplateDiff.Result diff = io.formwork.lang.compiler.TemplateDiffs.between(example(set, "2019"), example(set, "2021"));
		assertThat(diff.related()).isTrue();
		compare(diff.toText(Language.ZH), "gid-2019-to-2021.zh.txt");
		compare(diff.toText(Language.EN), "gid-2019-to-2021.en.txt");
	}

	@Test
	void theFeeRowChangesMeaningAndTheOtherHandlingRowBecomesAHeading() {
		XtextResourceSet set = FormFiles.load(RevisionsTest.EXAMPLES.resolve("gov-info-disclosure-2021.form"));
		String text = io.formwork.lang.compiler.TemplateDiffs.between(example(set, "2019"), example(set, "2021")).toText(Language.EN);
		assertThat(text).contains("table t2_8 column prior_items → fee_amount: meaning changed items_prior_year (count in 项) → fee_amount (amount in 万元)")
				.contains("table t3 row other_handling: kind changed row → heading")
				.contains("table t2_9: removed").contains("rule R7: added").contains("claim stated_requests: moved overview → on_request");
	}

	@Test
	void theResolvedRevisionDiffersInNothingFromTheStandaloneLayout() {
		TemplateDiff.Result diff = io.formwork.lang.compiler.TemplateDiffs.between(RevisionsTest.standalone2021(), RevisionsTest.revision2021());
		assertThat(diff.related()).isFalse();
		assertThat(diff.toText(Language.EN)).isEqualTo("gid_2021 → gid_2021\n0 change(s)\n");
	}

	@Test
	void withoutARevisionChainARetypedColumnIsARemovedColumnAndANewOne() {
		XtextResourceSet set = FormFiles.load(RevisionsTest.EXAMPLES.resolve("gov-info-disclosure-2019.form"));
		String text = io.formwork.lang.compiler.TemplateDiffs.between(example(set, "2019"), RevisionsTest.standalone2021()).toText(Language.EN);
		assertThat(text).contains("table t2_8 column prior_items: removed").contains("table t2_8 column fee_amount: added")
				.doesNotContain("meaning changed items_prior_year");
	}

	@Test
	void everyCellOf2021IsMappedToTheCellOf2019ItContinues() {
		XtextResourceSet set = FormFiles.load(RevisionsTest.EXAMPLES.resolve("gov-info-disclosure-2021.form"));
		CellMapping mapping = io.formwork.lang.compiler.TemplateDiffs.cellMapping(example(set, "2019"), example(set, "2021"));
		var links = mapping.byTarget();
		assertThat(links.get(CellAddress.parse("t3[received, natural]")).relation()).isEqualTo(Relation.SAME);
		assertThat(links.get(CellAddress.parse("t4[cases, review.upheld]")).relation()).isEqualTo(Relation.SAME);
		assertThat(links.get(CellAddress.parse("t2_1[normative, issued]")).relation()).isEqualTo(Relation.SAME);
		CellMapping.Link fees = links.get(CellAddress.parse("t2_8[fees, fee_amount]"));
		assertThat(fees.relation()).isEqualTo(Relation.CHANGED);
		assertThat(fees.from()).isEqualTo(CellAddress.parse("t2_8[fees, prior_items]"));
		assertThat(fees.beforeZh()).isEqualTo("上一年项目数量，计数，项");
		assertThat(fees.afterZh()).isEqualTo("本年收费金额（单位：万元），金额，万元");
		assertThat(links.get(CellAddress.parse("t3[oh_other, total]")).relation()).isEqualTo(Relation.NEW);
		assertThat(links.get(CellAddress.parse("t2_1[regulations, in_force]")).relation()).isEqualTo(Relation.NEW);
		assertThat(links.get(CellAddress.parse("stated_requests")).relation()).isEqualTo(Relation.SAME);
		assertThat(mapping.removed()).contains(CellAddress.parse("t3[other_handling, total]"),
				CellAddress.parse("t2_9[procurement, items]"), CellAddress.parse("t2_1[normative, public_total]"));
	}

	@Test
	void anIndicatorCountedInAnotherUnitIsReUnitisedAndItsFiguresConvert() {
		Path file = DIR.resolve("reunit.form");
		XtextResourceSet set = FormFiles.load(file);
		assertThat(FormFiles.validate(FormFiles.resource(set, file))).extracting(FormFiles::describe).isEmpty();
		Template older = RevisionsTest.template(set, DIR.resolve("reunit-base.form"));
		Template newer = RevisionsTest.template(set, file);
		assertThat(io.formwork.lang.compiler.TemplateDiffs.between(older, newer).toText(Language.EN))
				.contains("indicator fees: re-unitised (the same indicator in another unit) fees (amount in 元) → fees (amount in 万元)")
				.contains("table t column amount: re-unitised");
		CellMapping mapping = io.formwork.lang.compiler.TemplateDiffs.cellMapping(older, newer);
		CellAddress amount = CellAddress.parse("t[collected, amount]");
		assertThat(mapping.byTarget().get(amount).relation()).isEqualTo(Relation.CONVERTED);
		io.formwork.lang.compiler.PlanCompiler compiler = new io.formwork.lang.compiler.PlanCompiler();
		io.formwork.runtime.Filing filing = new io.formwork.runtime.Filing("f").template("r_base").year(2020);
		filing.add(io.formwork.runtime.Fact.of(amount, io.formwork.runtime.Value.of("25000"), io.formwork.runtime.Location.of("f", 1, 1)));
		var result = new io.formwork.runtime.migration.Migrator(compiler.compile(older), compiler.compile(newer), mapping)
				.migrate(filing, java.util.List.of(), null);
		assertThat(result.filing().fact(amount).value().number()).isEqualByComparingTo("2.5");
	}
}
