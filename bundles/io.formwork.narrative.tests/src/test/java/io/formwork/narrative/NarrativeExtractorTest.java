package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeExtractorTest {

	private static ClaimSpec claim(String name, String unit, String... phrases) {
		return new ClaimSpec(name, unit, null, phrases);
	}

	/** The one fact a sentence gives for a claim, or null; fails on any problem. */
	private static Fact read(String text, ClaimSpec claim) {
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt", List.of(claim));
		assertThat(extraction.problems()).isEmpty();
		assertThat(extraction.facts()).hasSizeLessThanOrEqualTo(1);
		return extraction.facts().isEmpty() ? null : extraction.facts().get(0);
	}

	private static Value value(String text, ClaimSpec claim) {
		Fact fact = read(text, claim);
		assertThat(fact).as("a fact in %s", text).isNotNull();
		return fact.value();
	}

	private static final ClaimSpec ENTRIES = claim("entries", "条", "主动公开政府信息{value}条");
	private static final ClaimSpec SHARE = claim("share", null, "占总量的{value}%");

	// ---------------------------------------------------------------- figure forms

	@Test
	void anIntegerIsReadExactlyWithNoDecimals() {
		assertThat(value("全市主动公开政府信息96000条。", ENTRIES)).isEqualTo(Value.of(96000));
	}

	@Test
	void aPercentageKeepsTheDecimalsItWasPrintedWith() {
		assertThat(value("占总量的71.74%。", SHARE)).isEqualTo(Value.of("71.74"));
		assertThat(value("占总量的92.3%。", SHARE).decimals()).isEqualTo(1);
		assertThat(value("占总量的9.50%。", SHARE).toString()).isEqualTo("9.50");
		assertThat(value("占总量的100％。", SHARE)).isEqualTo(Value.of(100));
	}

	@Test
	void thousandsSeparatorsAreReadWhenTheyGroupThreeDigits() {
		assertThat(value("主动公开政府信息96,000条", ENTRIES)).isEqualTo(Value.of(96000));
		assertThat(value("主动公开政府信息1,234,567条", ENTRIES)).isEqualTo(Value.of(1234567));
		assertThat(value("主动公开政府信息96 000条", ENTRIES)).isEqualTo(Value.of(96000));
		assertThat(value("主动公开政府信息1,234.5条", ENTRIES)).isEqualTo(Value.of("1234.5"));
	}

	@Test
	void aFullWidthCommaSeparatesClausesNotThousands() {
		assertThat(read("主动公开政府信息96，000条", ENTRIES)).isNull();
		assertThat(read("主动公开政府信息1234,567条", ENTRIES)).isNull();
	}

	@Test
	void aChineseMultiplierScalesTheFigureAndKeepsItsPrintedPrecision() {
		assertThat(value("主动公开政府信息5.3万条", ENTRIES)).isEqualTo(Value.of(53000).printedWith(-3));
		assertThat(value("主动公开政府信息62.35万条", ENTRIES)).isEqualTo(Value.of(623500).printedWith(-2));
		assertThat(value("主动公开政府信息1.7万条", ENTRIES)).isEqualTo(Value.of(17000).printedWith(-3));
		assertThat(value("主动公开政府信息2万条", ENTRIES)).isEqualTo(Value.of(20000).printedWith(-4));
		assertThat(value("主动公开政府信息1.2亿条", ENTRIES)).isEqualTo(Value.of(120000000).printedWith(-7));
		assertThat(value("主动公开政府信息3千条", ENTRIES)).isEqualTo(Value.of(3000).printedWith(-3));
	}

	@Test
	void aFactIsAlwaysInItsClaimsUnitSoItStatesNoOtherUnit() {
		assertThat(read("主动公开政府信息5.3万条", ENTRIES).statedUnit()).isNull();
		assertThat(read("收取费用1.5万元", claim("fees", "元", "收取费用{value}元")).statedUnit()).isNull();
	}

	@Test
	void approximationMarkersAfterTheFigureMakeItApproximate() {
		assertThat(value("主动公开政府信息5.3万余条", ENTRIES)).isEqualTo(Value.of(53000).printedWith(-3).approximate());
		assertThat(value("主动公开政府信息2万多条", ENTRIES)).isEqualTo(Value.of(20000).printedWith(-4).approximate());
		assertThat(value("主动公开政府信息30余万条", ENTRIES)).isEqualTo(Value.of(300000).printedWith(-4).approximate());
		assertThat(value("开展重大政策解读30多次", claim("talks", "次", "政策解读{value}次")))
				.isEqualTo(Value.of(30).approximate());
		assertThat(value("建筑面积4000平方米左右", claim("area", "平方米", "建筑面积{value}平方米")))
				.isEqualTo(Value.of(4000).approximate());
	}

	@Test
	void approximationMarkersBeforeTheFigureMakeItApproximate() {
		ClaimSpec budget = claim("budget", "万元", "专项经费{value}万元");
		assertThat(value("专项经费约10万元", budget)).isEqualTo(Value.of(10).approximate());
		assertThat(value("专项经费约为10万元", budget)).isEqualTo(Value.of(10).approximate());
		assertThat(value("专项经费近10万元", budget)).isEqualTo(Value.of(10).approximate());
		assertThat(value("专项经费10万元", budget)).isEqualTo(Value.of(10));
		// the marker may also be part of the phrase
		assertThat(value("专项经费约为10万元", claim("budget", "万元", "专项经费约为{value}万元")))
				.isEqualTo(Value.of(10).approximate());
	}

	@Test
	void aConnectiveMayStandBetweenThePhraseAndTheFigure() {
		assertThat(value("主动公开政府信息共计12345条", ENTRIES)).isEqualTo(Value.of(12345));
		assertThat(value("主动公开政府信息达5000条", ENTRIES)).isEqualTo(Value.of(5000));
		assertThat(value("主动公开政府信息为8000条", ENTRIES)).isEqualTo(Value.of(8000));
		assertThat(value("主动公开政府信息共约5万条", ENTRIES)).isEqualTo(Value.of(50000).printedWith(-4).approximate());
		assertThat(value("从事工作人员共36人", claim("staff", "人", "工作人员{value}人"))).isEqualTo(Value.of(36));
	}

	@Test
	void aCumulativeFigureIsAnotherFigure() {
		assertThat(read("主动公开政府信息累计62万条", ENTRIES)).isNull();
		assertThat(read("主动公开政府信息以来62万条", ENTRIES)).isNull();
	}

	@Test
	void aFigureStatedInAMultipleOfTheClaimsUnitIsConvertedExactly() {
		Fact yuan = read("收取费用1.5万元", claim("fees", "元", "收取费用{value}元"));
		assertThat(yuan.value()).isEqualTo(Value.of(15000).printedWith(-3));

		Fact tenThousands = read("专项经费100000元", claim("budget", "万元", "专项经费{value}万元"));
		assertThat(tenThousands.value().number()).isEqualByComparingTo("10");
		assertThat(tenThousands.value().decimals()).isEqualTo(4);

		Fact same = read("专项经费10万元", claim("budget", "万元", "专项经费{value}万元"));
		assertThat(same.value()).isEqualTo(Value.of(10));
	}

	@Test
	void aFigureInAnotherUnitIsNotTheClaims() {
		assertThat(read("从事工作人员78人", claim("staff", "个", "工作人员{value}个"))).isNull();
		assertThat(read("收到申请30次", claim("requests", "件", "收到申请{value}件"))).isNull();
		assertThat(read("主动公开政府信息5.3万人", ENTRIES)).isNull();
	}

	@Test
	void aPhraseMayPrintAMultiplierAndMarkerOfItsOwn() {
		ClaimSpec printed = claim("new_media", "条", "新载体发布政府信息{value}万余条");
		assertThat(value("新载体发布政府信息5.3万余条", printed)).isEqualTo(Value.of(53000).printedWith(-3).approximate());
	}

	@Test
	void fullWidthDigitsAndPunctuationReadLikeHalfWidth() {
		ClaimSpec county = claim("county", "条", "县（区）主动公开政府信息{value}条");
		Fact fact = read("县(区)主动公开政府信息４９９００条", county);
		assertThat(fact.value()).isEqualTo(Value.of(49900));
		assertThat(fact.location().column()).isEqualTo(13);
		assertThat(value("县（区）主动公开政府信息５．３万余条", county).number()).isEqualByComparingTo("53000");
		assertThat(value("占总量的７１．７４％", SHARE)).isEqualTo(Value.of("71.74"));
	}

	@Test
	void spacesAroundTheFigureAreIgnored() {
		ClaimSpec corrected = claim("corrected", "件", "纠错的{value}件");
		assertThat(value("被依法纠错的 6件", corrected)).isEqualTo(Value.of(6));
		assertThat(value("被依法纠错的\u00A06件", corrected)).isEqualTo(Value.of(6));
		assertThat(value("被依法纠错的\u3000６ 件", corrected)).isEqualTo(Value.of(6));
		assertThat(value("被依法纠错 的 6 件", corrected)).isEqualTo(Value.of(6));
		assertThat(value("主动公开政府信息 5.3 万 余 条", ENTRIES).isApproximate()).isTrue();
	}

	@Test
	void datesAndDottedNumbersAreNotFigures() {
		assertThat(read("统计期限至2018.12.31条", claim("odd", "条", "至{value}条"))).isNull();
		assertThat(read("统计期限至12.31条", claim("odd", "条", "至{value}条")).value()).isEqualTo(Value.of("12.31"));
	}

	// ---------------------------------------------------------------- 无 / 没有

	@Test
	void aNegatedPhraseStatesZero() {
		ClaimSpec litigation = claim("litigation", "件", "行政诉讼{value}件");
		Fact fact = read("被依法纠错的6件，无行政诉讼。", litigation);
		assertThat(fact.value()).isEqualTo(Value.of(0));
		assertThat(fact.location().column()).isEqualTo(10);
		assertThat(fact.source()).isEqualTo("被依法纠错的6件，无行政诉讼。");
		assertThat(value("全年没有收到政府信息公开申请。", claim("requests", "件", "收到政府信息公开申请{value}件")))
				.isEqualTo(Value.of(0));
	}

	@Test
	void aWordThatStartsWith无IsNoNegation() {
		ClaimSpec litigation = claim("litigation", "件", "行政诉讼{value}件");
		assertThat(read("无论行政诉讼还是复议", litigation)).isNull();
		assertThat(value("无论如何，行政诉讼3件", litigation)).isEqualTo(Value.of(3));
		assertThat(read("无行政诉讼3件", litigation).value()).isEqualTo(Value.of(3));
	}

	@Test
	void aPhraseWithoutPrefixCannotBeNegated() {
		assertThat(read("无件", claim("bare", "件", "{value}件"))).isNull();
	}

	// ---------------------------------------------------------------- which figure goes to which claim

	@Test
	void theMostSpecificPhraseTakesAFigure() {
		ClaimSpec listed = claim("services_listed", "项", "依申请类事项{value}项");
		ClaimSpec online = claim("services_online", "项", "可在线受理的依申请类事项{value}项");
		String text = "已实现加载依申请类事项6622项，开通可在线受理的依申请类事项611项。";
		for (List<ClaimSpec> claims : List.of(List.of(listed, online), List.of(online, listed))) {
			Extraction extraction = NarrativeExtractor.extract(text, "t.txt", claims);
			assertThat(extraction.problems()).isEmpty();
			assertThat(SeedReportTest.values(extraction)).containsEntry("services_listed", Value.of(6622))
					.containsEntry("services_online", Value.of(611));
		}
	}

	@Test
	void aFigureIsClaimedOnceAndEquallySpecificClaimsGoInTheirOrder() {
		ClaimSpec a = claim("a", "件", "收到申请{value}件");
		ClaimSpec b = claim("b", "件", "收到申请{value}件");
		Extraction extraction = NarrativeExtractor.extract("收到申请30件。", "t.txt", List.of(a, b));
		assertThat(extraction.facts()).extracting(f -> f.address().row()).containsExactly("a");
	}

	@Test
	void aClaimTakesItsFirstFigureAndReportsOthersAsAmbiguous() {
		ClaimSpec received = claim("requests_received", "件", "收到公开政府信息申请{value}件", "收到政府信息公开申请{value}件");
		String text = "共计收到公开政府信息申请30件(2008年以来，全市累计收到政府信息公开申请102件)。\n"
				+ "再述：收到政府信息公开申请30件。";
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt", List.of(received));
		assertThat(extraction.facts()).singleElement().satisfies(f -> {
			assertThat(f.value()).isEqualTo(Value.of(30));
			assertThat(f.location()).isEqualTo(Location.of("t.txt", 1, 13));
		});
		assertThat(extraction.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(NarrativeExtractor.AMBIGUOUS);
			assertThat(p.severity()).isEqualTo(Severity.WARNING);
			assertThat(p.location()).isEqualTo(Location.of("t.txt", 1, 39));
			assertThat(p.en()).contains("30 (1:13)", "102 (1:39)").doesNotContain("2:");
		});
	}

	@Test
	void aRepeatedFigureWithTheSameValueIsNoAmbiguity() {
		String text = "主动公开政府信息96000条。\n打印：主动公开政府信息96000条。";
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt", List.of(ENTRIES));
		assertThat(extraction.problems()).isEmpty();
		assertThat(extraction.facts()).singleElement().extracting(f -> f.location().line()).isEqualTo(1);
	}

	@Test
	void aClaimTheTextDoesNotStateIsSimplyAbsent() {
		Extraction extraction = NarrativeExtractor.extract("本年度没有收取任何费用。", "t.txt",
				List.of(claim("fees", "元", "收取费用{value}元", "收取检索、复制、邮寄等费用{value}元")));
		assertThat(extraction.facts()).isEmpty();
		assertThat(extraction.problems()).isEmpty();
	}

	// ---------------------------------------------------------------- sections

	private static final String REVIEW = "五、因政府信息公开申请行政复议、提起行政诉讼的情况";

	@Test
	void aClaimIsLookedForOnlyInItsSection() {
		String text = "一、概述\n2008年以来行政复议13件。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n涉及行政复议7件。\n六、其他\n又有行政复议9件。";
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt",
				List.of(new ClaimSpec("review_total", "件", REVIEW, "行政复议{value}件")));
		assertThat(extraction.problems()).isEmpty();
		assertThat(extraction.facts()).singleElement().satisfies(f -> {
			assertThat(f.value()).isEqualTo(Value.of(7));
			assertThat(f.location()).isEqualTo(Location.of("t.txt", 4, 7));
		});
	}

	@Test
	void aHeadingThatDiffersSlightlyStillMatches() {
		String text = "一、概述\n行政复议13件。\n五. 因政府信息公开申请提起行政复议、行政诉讼的情况\n涉及行政复议7件。";
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt",
				List.of(new ClaimSpec("review_total", "件", REVIEW, "行政复议{value}件")));
		assertThat(extraction.problems()).isEmpty();
		assertThat(extraction.facts()).singleElement().extracting(Fact::value).isEqualTo(Value.of(7));
	}

	@Test
	void anotherSectionsHeadingDoesNotMatch() {
		assertThat(Sections.score("政府信息依申请公开办理情况", "主动公开政府信息情况")).isLessThan(Sections.THRESHOLD);
		assertThat(Sections.score("政府信息公开工作存在的主要问题及改进措施", "政府信息公开工作机构人员经费情况"))
				.isLessThan(Sections.THRESHOLD);
		assertThat(Sections.score("因政府信息公开申请提起行政复议行政诉讼的情况", "因政府信息公开申请行政复议提起行政诉讼的情况"))
				.isGreaterThan(0.8);
	}

	@Test
	void everySectionWithTheBestHeadingIsSearchedSoATableOfContentsDoesNotHideTheBody() {
		String text = "目录\n一、概述\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n\n一、概述\n行政复议13件。\n"
				+ "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n涉及行政复议7件。";
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt",
				List.of(new ClaimSpec("review_total", "件", REVIEW, "行政复议{value}件")));
		assertThat(extraction.problems()).isEmpty();
		assertThat(extraction.facts()).singleElement().extracting(Fact::value).isEqualTo(Value.of(7));
	}

	@Test
	void aNumberedParagraphIsNoHeading() {
		String text = "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n涉及行政复议7件。\n"
				+ "一、强化组织领导。围绕贯彻落实工作要点，结合实际，印发了工作要点。\n另有行政复议7件。";
		Sections sections = Sections.of(NormalizedText.normalize(text));
		assertThat(sections.all()).hasSize(1);
	}

	@Test
	void withoutAMatchingHeadingTheWholeTextIsSearchedAndThatIsReported() {
		ClaimSpec review = new ClaimSpec("review_total", "件", REVIEW, "行政复议{value}件");
		ClaimSpec litigation = new ClaimSpec("litigation", "件", REVIEW, "行政诉讼{value}件");
		Extraction extraction = NarrativeExtractor.extract("一、概述\n涉及行政复议7件，无行政诉讼。", "t.txt",
				List.of(review, litigation));
		assertThat(SeedReportTest.values(extraction)).containsEntry("review_total", Value.of(7))
				.containsEntry("litigation", Value.of(0));
		assertThat(extraction.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(NarrativeExtractor.SECTION_NOT_FOUND);
			assertThat(p.severity()).isEqualTo(Severity.WARNING);
			assertThat(p.zh()).contains(REVIEW);
		});
	}

	// ---------------------------------------------------------------- locations and sources

	@Test
	void aFactIsLocatedInTheOriginalTextAndQuotesItsSentence() {
		String text = "标题\r\n\r\n  （一）　全市主动公开政府信息　９６０００条，相比去年增长5.49%。其余略。";
		Fact fact = read(text, ENTRIES);
		assertThat(fact.address()).isEqualTo(CellAddress.claim("entries"));
		assertThat(fact.location()).isEqualTo(Location.of("t.txt", 3, 18));
		assertThat(text.split("\r\n")[2].charAt(17)).isEqualTo('９');
		assertThat(fact.source()).isEqualTo("（一）　全市主动公开政府信息　９６０００条，相比去年增长5.49%。");
	}

	@Test
	void aVeryLongSentenceIsQuotedAroundItsFigure() {
		String filler = "很长".repeat(1000);
		Fact fact = read(filler + "主动公开政府信息96000条" + filler, ENTRIES);
		assertThat(fact.source()).startsWith("…").endsWith("…").contains("主动公开政府信息96000条")
				.hasSizeLessThanOrEqualTo(2 * NarrativeExtractor.SENTENCE_LIMIT + 2);
	}

	@Test
	void aShortSentenceIsQuotedWholeForMessages() {
		Fact fact = read("标题\n本年度全市主动公开政府信息1200条，其中规范性文件15件。其余略。", ENTRIES);
		assertThat(fact.location().quote()).isEqualTo("本年度全市主动公开政府信息1200条，其中规范性文件15件。");
		assertThat(fact.quotedLocation().quote()).isEqualTo(fact.location().quote());
	}

	@Test
	void aLongSentenceIsQuotedByTheWholeClausesAroundItsFigure() {
		String text = "2022年，我市坚持以人民为中心的发展思想，深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，"
				+ "紧紧围绕市委市政府中心工作，全年主动公开政府信息1200条，较上年有所增加，"
				+ "重点领域信息公开持续深化，政策解读和回应关切工作不断加强，政务公开平台建设进一步规范。";
		Fact fact = read(text, ENTRIES);
		String quote = fact.location().quote();
		assertThat(quote).hasSizeLessThanOrEqualTo(NarrativeExtractor.QUOTE_LIMIT + 2).contains("全年主动公开政府信息1200条")
				.startsWith("…").endsWith("…");
		// cut only between clauses: what is quoted begins after a ， of the text and ends before one
		String inner = quote.substring(1, quote.length() - 1);
		int at = text.indexOf(inner);
		assertThat(at).isPositive();
		assertThat(text.charAt(at - 1)).isEqualTo('，');
		assertThat(text.charAt(at + inner.length())).isEqualTo('，');
		assertThat(fact.source()).as("the fact's source keeps the whole sentence").isEqualTo(text);
	}

	@Test
	void aClauseLongerThanTheQuoteIsCutAroundItsFigure() {
		String filler = "很长".repeat(100);
		Fact fact = read(filler + "主动公开政府信息96000条" + filler + "。", ENTRIES);
		assertThat(fact.location().quote()).startsWith("…").endsWith("…").contains("主动公开政府信息96000条")
				.hasSize(NarrativeExtractor.QUOTE_LIMIT + 2);
	}

	// ---------------------------------------------------------------- claims

	@Test
	void aPhraseMustHoldExactlyOneValueUnlessNoneOfTheClaimsPhrasesHoldsOne() {
		// no {value} in any phrase: a qualitative claim ("均获维持"); mixed with a phrase that has one, an error
		assertThat(claim("x", "件", "收到申请件").qualitative()).isTrue();
		assertThatThrownBy(() -> claim("x", "件", "收到申请件", "收到申请{value}件")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("{value}");
		assertThatThrownBy(() -> claim("x", "件", "{value}件{value}件")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ClaimSpec("x", "件", null, List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThat(claim("x", "件", "收到申请｛value｝件").phrases()).hasSize(1);
	}

	@Test
	void problemsAreWarningsNeverErrors() {
		Extraction extraction = SeedReportTest.text();
		assertThat(extraction.problems()).extracting(Problem::severity).containsOnly(Severity.WARNING);
	}
}
