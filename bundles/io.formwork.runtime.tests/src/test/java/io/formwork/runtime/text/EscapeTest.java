package io.formwork.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

	@Test
	void htmlEscapesMarkupAndQuotesAndKeepsChinese() {
		assertThat(Escape.html("<b>合计 & \"总数\"</b>")).isEqualTo("&lt;b&gt;合计 &amp; &quot;总数&quot;&lt;/b&gt;");
		assertThat(Escape.html(null)).isEmpty();
	}

	@Test
	void aJsonStringEscapesQuotesBackslashesControlsAndLineSeparatorsAndKeepsChinese() {
		assertThat(Escape.jsonString("表\"3\"\\行\n\t\u0001\u2028末"))
				.isEqualTo("\"表\\\"3\\\"\\\\行\\n\\t\\u0001\\u2028末\"");
	}

	@Test
	void aJavaStringIsAsciiWithUnicodeEscapes() {
		assertThat(Escape.javaString("合计\"a\"\\\n")).isEqualTo("\"\\u5408\\u8ba1\\\"a\\\"\\\\\\n\"");
		assertThat(Escape.javaString("合计").chars()).allMatch(c -> c >= 0x20 && c <= 0x7e);
	}
}
