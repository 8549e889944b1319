package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

	@Test
	void blockElementsAndLineBreaksStandOnLinesOfTheirOwn() {
		String html = "<div><h3>二、主动公开政府信息情况</h3><p>第一段。</p><p>第二段<br />第三行</p><ul><li>甲</li><li>乙</li></ul></div>";
		assertThat(HtmlText.of(html)).isEqualTo("二、主动公开政府信息情况\n第一段。\n第二段\n第三行\n甲\n乙");
	}

	@Test
	void inlineElementsStayInTheirLine() {
		assertThat(HtmlText.of("<p>公开政府信息<strong>68870</strong>条，<a href='#'>详见</a><span>附件</span></p>"))
				.isEqualTo("公开政府信息68870条，详见附件");
	}

	@Test
	void noBreakSpacesAndSourceLineBreaksAreSpaces() {
		assertThat(HtmlText.of("<p>被依法纠错的&nbsp;6件，\n   无行政诉讼。</p>")).isEqualTo("被依法纠错的 6件， 无行政诉讼。");
		assertThat(HtmlText.of("<p>a&nbsp;&nbsp; b</p>")).isEqualTo("a b");
	}

	@Test
	void preformattedTextKeepsItsLines() {
		assertThat(HtmlText.of("<pre>一、概述\n  行政复议7件</pre>")).isEqualTo("一、概述\n  行政复议7件");
	}

	@Test
	void scriptsAndStylesAreNotText() {
		assertThat(HtmlText.of("<style>p{}</style><p>正文</p><script>var x = '主动公开政府信息1条';</script>"))
				.isEqualTo("正文");
	}

	@Test
	void tableCellsAreSeparatedAndRowsAreLines() {
		assertThat(HtmlText.of("<table><tr><td>行政复议</td><td>7件</td></tr><tr><td>行政诉讼</td><td>0件</td></tr></table>"))
				.isEqualTo("行政复议 7件\n行政诉讼 0件");
	}

	@Test
	void brokenMarkupStillGivesItsText() {
		assertThat(HtmlText.of("<p>主动公开<b>政府信息96000条<p>下一段</i></div>")).isEqualTo("主动公开政府信息96000条\n下一段");
		assertThat(HtmlText.of("")).isEmpty();
	}
}
