package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.formwork.runtime.Location;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

	@Test
	void fullWidthFormsBecomeHalfWidth() {
		assertThat(NormalizedText.normalize("县（区）５３，０００％：“甲”")).isEqualTo("县(区)53,000%:\"甲\"");
	}

	@Test
	void spacesAreDroppedExceptBetweenDigits() {
		assertThat(NormalizedText.normalize("纠错的 6\u00A0件\u3000共 96 000 条\t。")).isEqualTo("纠错的6件共96 000条。");
	}

	@Test
	void lineBreaksStayAndCrLfIsOne() {
		assertThat(NormalizedText.normalize("甲\r\n乙\r丙\n丁")).isEqualTo("甲\n乙\n丙\n丁");
	}

	@Test
	void listMarkersWithAFullStopReadLikeThoseWithAnEnumerationComma() {
		assertThat(NormalizedText.normalize("1.政府网站\n 一．概述\n1.5万条\n2018.12")).isEqualTo("1、政府网站\n一、概述\n1.5万条\n2018.12");
		assertThat(NormalizedText.normalize("共计1.政府")).isEqualTo("共计1.政府");
	}

	@Test
	void everyNormalisedCharacterMapsBackToItsOriginalLineAndColumn() {
		String original = "标题\r\n　（一）全市 ９６０００条";
		NormalizedText text = NormalizedText.of(original);
		assertThat(text.text).isEqualTo("标题\n(一)全市96000条");
		int nine = text.text.indexOf('9');
		assertThat(original.charAt(text.originalOffset(nine))).isEqualTo('９');
		assertThat(text.location("f", nine, null)).isEqualTo(Location.of("f", 2, 8));
		assertThat(text.location("f", 0, null)).isEqualTo(Location.of("f", 1, 1));
		assertThat(text.originalOffset(text.text.length())).isEqualTo(original.length());
	}
}
