package io.formwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

	@Test
	void numberingOfEveryKindIsLeftAside() {
		assertThat(Labels.key("一、本年新收政府信息公开申请数量")).isEqualTo("本年新收政府信息公开申请数量");
		assertThat(Labels.key("（一）予以公开")).isEqualTo("予以公开");
		assertThat(Labels.key("(一)予以公开")).isEqualTo("予以公开");
		assertThat(Labels.key("1.属于国家秘密")).isEqualTo("属于国家秘密");
		assertThat(Labels.key("1、属于国家秘密")).isEqualTo("属于国家秘密");
		assertThat(Labels.key("１．属于国家秘密")).isEqualTo("属于国家秘密");
		assertThat(Labels.key("①属于国家秘密")).isEqualTo("属于国家秘密");
	}

	@Test
	void punctuationWidthsSpacesAndNbspAreLeftAside() {
		assertThat(Labels.key("3.危及\"三安全一稳定\"")).isEqualTo(Labels.key("3．危及“三安全一稳定”"));
		assertThat(Labels.key("社会公益&nbsp;组织")).isEqualTo("社会公益组织");
		assertThat(Labels.key("社会公益\u00A0\n组织")).isEqualTo("社会公益组织");
		assertThat(Labels.key("其他法律、行政法规禁止公开")).isEqualTo(Labels.key("2.其他法律行政法规禁止公开"));
	}

	@Test
	void aNumberThatIsPartOfTheLabelStays() {
		assertThat(Labels.key("2019年度")).isEqualTo("2019年度");
		assertThat(Labels.key("1.5倍")).isEqualTo("15倍");
	}

	@Test
	void equalLabelsAreOneAndShortenedOnesStayClose() {
		assertThat(Labels.similarity("（七）总计", "总计")).isEqualTo(1.0);
		assertThat(Labels.similarity("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"))
				.isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
		assertThat(Labels.similarity("规范性文件", "行政规范性文件")).isGreaterThan(Labels.THRESHOLD);
	}

	@Test
	void smallWordingVariantsMatchAndDifferentLabelsDoNot() {
		assertThat(Labels.similarity("法人或其他组织", "法人或者其他组织")).isGreaterThan(Labels.THRESHOLD);
		assertThat(Labels.similarity("本年新收政府信息公开申请数量", "本年新收到的政府信息公开申请数量")).isGreaterThan(Labels.THRESHOLD);
		assertThat(Labels.similarity("行政处罚", "行政强制")).isLessThan(Labels.THRESHOLD);
		assertThat(Labels.similarity("第二十条第（五）项", "第二十条第（六）项")).isLessThan(1.0);
		assertThat(Labels.similarity("", "总计")).isZero();
	}

	@Test
	void aLabelWithAYearOrANoteInsertedMatchesTheTemplatesLabelBetterThanAnyOther() {
		assertThat(Labels.similarity("本年（2022年）新制发件数", "本年制发件数")).isGreaterThanOrEqualTo(0.75);
		assertThat(Labels.similarity("本年（2022年）新制发件数", "本年废止件数")).isLessThan(Labels.THRESHOLD);
		assertThat(Labels.similarity("现行有效件数（截至年底）", "现行有效件数")).isGreaterThan(0.8);
		assertThat(Labels.similarity("本年废", "本年废止件数")).isGreaterThan(0.8);
		assertThat(Labels.insertions("本年制发件数", "本年2022年新制发件数")).isEqualTo(1);
		assertThat(Labels.insertions("本年制发件数", "本年度新制发的件数")).isEqualTo(2);
		assertThat(Labels.insertions("本年制发件数", "本年废止件数")).isEqualTo(Integer.MAX_VALUE);
	}
}
