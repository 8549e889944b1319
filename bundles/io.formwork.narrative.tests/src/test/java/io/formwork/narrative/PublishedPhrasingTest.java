package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrasings real reports hide their figures in, and the headings old reports number their parts with. */
class PublishedPhrasingTest {

	private static ClaimSpec claim(String name, String unit, String... phrases) {
		return new ClaimSpec(name, unit, null, phrases);
	}

	private static Value value(String text, ClaimSpec claim) {
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt", List.of(claim));
		assertThat(extraction.problems()).as(text).isEmpty();
		assertThat(extraction.facts()).as(text).hasSize(1);
		return extraction.facts().get(0).value();
	}

	private static boolean stated(String text, ClaimSpec claim) {
		return !NarrativeExtractor.extract(text, "t.txt", List.of(claim)).facts().isEmpty();
	}

	@Test
	void aPhraseThatPrintsItsOwnCountingWordReadsTheFigureBeforeIt() {
		ClaimSpec received = claim("received", "件", "收到申请{value}份", "受理依申请公开事项{value}条");
		assertThat(value("今年共收到申请15份，均按时答复。", received)).isEqualTo(Value.of(15));
		assertThat(value("全年受理依申请公开事项9条。", received)).isEqualTo(Value.of(9));
	}

	@Test
	void approximateAndConnectedFiguresAreRead() {
		ClaimSpec proactive = claim("proactive", "条", "主动公开各类信息{value}条", "发布政府信息数{value}条");
		Value about = value("全年主动公开各类信息1200余条。", proactive);
		assertThat(about.number()).isEqualByComparingTo("1200");
		assertThat(about.isApproximate()).isTrue();
		assertThat(value("门户网站发布政府信息数共计75条。", proactive)).isEqualTo(Value.of(75));
	}

	@Test
	void chineseNumeralsReadAsTheNumbersTheyWrite() {
		ClaimSpec reviews = claim("reviews", "件", "行政复议{value}件");
		ClaimSpec entries = claim("entries", "条", "公开{value}条");
		assertThat(value("被申请行政复议七件。", reviews)).isEqualTo(Value.of(7));
		assertThat(value("公开十二条。", entries)).isEqualTo(Value.of(12));
		assertThat(value("公开二十条。", entries)).isEqualTo(Value.of(20));
		assertThat(value("公开一百零五条。", entries)).isEqualTo(Value.of(105));
		assertThat(value("公开两千三百条。", entries)).isEqualTo(Value.of(2300));
		assertThat(value("公开三万条。", entries)).isEqualTo(Value.of(30000).printedWith(-4));
	}

	@Test
	void runsOfNumeralsThatAreNoNumberAreNotFigures() {
		assertThat(Figure.chineseValue("二〇二一")).isNull();
		assertThat(Figure.chineseValue("百")).isNull();
		assertThat(Figure.chineseValue("十十")).isNull();
		assertThat(Figure.chineseValue("十")).isEqualByComparingTo(BigDecimal.TEN);
		ClaimSpec entries = claim("entries", "条", "公开{value}条");
		assertThat(stated("公开1千条。", entries)).isTrue(); // the 千 after a digit is a multiplier
		assertThat(value("公开1千条。", entries).number()).isEqualByComparingTo("1000");
	}

	@Test
	void aPercentageTiedToTheCountBesideItIsReadAndAGrowthRateIsNot() {
		ClaimSpec share = claim("granted_share", "%", "予以公开{*}件，占{value}%");
		assertThat(value("其中予以公开40件，占27.5%；部分公开3件。", share)).isEqualTo(Value.of("27.5"));
		assertThat(value("其中予以公开四十件，占27.5%。", share)).isEqualTo(Value.of("27.5"));
		assertThat(stated("其中予以公开40件，同比增长8.6%。", share)).isFalse();
		assertThat(stated("其中部分公开40件，占27.5%。", claim("x", "%", "全部予以公开{*}件，占{value}%"))).isFalse();
	}

	@Test
	void aQualitativeClaimIsOneWhereTheTextSaysItAndAbsentElsewhere() {
		ClaimSpec upheld = claim("all_upheld", "件", "均获维持", "均被维持");
		assertThat(upheld.qualitative()).isTrue();
		Extraction said = NarrativeExtractor.extract("被申请行政复议2件，均获维持。", "t.txt", List.of(upheld));
		assertThat(said.facts()).singleElement().satisfies(f -> {
			assertThat(f.value()).isEqualTo(Value.of(1));
			assertThat(f.location().column()).isEqualTo(11);
			assertThat(f.source()).contains("均获维持");
		});
		assertThat(NarrativeExtractor.extract("被申请行政复议2件，1件维持。", "t.txt", List.of(upheld)).facts()).isEmpty();
		assertThat(claim("received", "件", "收到申请{value}件").qualitative()).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> claim("mixed", "件", "均获维持", "维持{value}件"))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void oldReportsHeadingsAreFoundByTheirMeaningWords() {
		String text = """
				一、概述
				本机关认真贯彻条例。
				三 依申请公开政府信息情况
				全年收到政府信息公开申请32件。
				五、收费及减免情况
				全年收取费用0元。
				六、行政复议、诉讼情况
				全年被申请行政复议3件。
				""";
		List<ClaimSpec> claims = List.of(
				new ClaimSpec("received", "件", "三、政府信息依申请公开办理情况", "收到政府信息公开申请{value}件"),
				new ClaimSpec("fees", "元", "四、政府信息公开的收费及减免情况", "收取费用{value}元"),
				new ClaimSpec("reviews", "件", "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "行政复议{value}件"));
		Extraction extraction = NarrativeExtractor.extract(text, "t.txt", claims);
		assertThat(extraction.problems()).isEmpty();
		assertThat(extraction.facts()).extracting(Fact::address).containsExactly(CellAddress.claim("received"),
				CellAddress.claim("fees"), CellAddress.claim("reviews"));
		assertThat(extraction.facts()).extracting(f -> f.location().line()).containsExactly(4, 6, 8);
		assertThat(Sections.meaning("行政复议诉讼情况", "因政府信息公开申请行政复议提起行政诉讼的情况")).isGreaterThan(Sections.THRESHOLD);
		assertThat(Sections.meaning("主动公开政府信息情况", "政府信息依申请公开办理情况")).isLessThan(Sections.THRESHOLD);
	}
}
