package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.formwork.runtime.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Texts no report should be, read without failing or hanging. (How the time grows with the text is measured
 * by the benchmarks, not asserted here: a unit test does not time anything.)
 */
class RobustnessTest {

	private static final List<ClaimSpec> CLAIMS = SeedReportTest.CLAIMS;
	private static final int FIVE_MB = 5 * 1024 * 1024;

	@Test
	void anEmptyTextGivesNoFactAndSaysNoSectionWasFound() {
		Extraction extraction = NarrativeExtractor.extract("", "empty.txt", CLAIMS);
		assertThat(extraction.facts()).isEmpty();
		assertThat(extraction.problems()).hasSize(5)
				.allSatisfy(p -> assertThat(p.code()).isEqualTo(NarrativeExtractor.SECTION_NOT_FOUND));
		assertThat(NarrativeExtractor.extractHtml("", "empty.html", CLAIMS).facts()).isEmpty();
		assertThat(NarrativeExtractor.extract("", "empty.txt", List.of()).problems()).isEmpty();
	}

	@Test
	void aTextWithoutHeadingsIsSearchedWholeAndGivesTheSameFigures() {
		String seed = Fixtures.read(Fixtures.path("seed/pingliang-2018.txt"));
		String flat = seed.replaceAll("(?m)^\\s*[一二三四五六七]、.*$", "");
		assertThat(Sections.of(NormalizedText.normalize(flat)).all()).isEmpty();
		Extraction extraction = NarrativeExtractor.extract(flat, "flat.txt", CLAIMS);
		assertThat(SeedReportTest.values(extraction)).isEqualTo(SeedReportTest.values(SeedReportTest.text()));
		assertThat(extraction.problems()).filteredOn(p -> p.code().equals(NarrativeExtractor.SECTION_NOT_FOUND))
				.hasSize(5);
	}

	@Test
	void fiveMegabytesOfReportsAreReadWithoutHanging() {
		String seed = Fixtures.read(Fixtures.path("seed/pingliang-2018.txt"));
		String big = seed.repeat(FIVE_MB / seed.length() + 1);
		Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> NarrativeExtractor.extract(big, "big.txt", CLAIMS));
		assertThat(SeedReportTest.values(extraction)).isEqualTo(SeedReportTest.values(SeedReportTest.text()));
		assertThat(extraction.problems()).extracting(Problem::code).containsOnly(NarrativeExtractor.AMBIGUOUS);
		assertThat(extraction.problems()).allSatisfy(p -> assertThat(p.en().length()).isLessThan(1000));
	}

	@Test
	void fiveMegabytesOfPathologicalTextAreReadWithoutHanging() {
		String[] units = { "主动公开政府信息1条", "无行政诉讼", "9".repeat(40) + ".", "一、", "1,000,000", "5.3万余",
				"\n二、主动公开政府信息情况\n", "约", " " };
		Random random = new Random(42);
		StringBuilder text = new StringBuilder(FIVE_MB + 100);
		while (text.length() < FIVE_MB) {
			text.append(units[random.nextInt(units.length)]);
		}
		String big = text.toString();
		String singleLine = "主动公开政府信息1条".repeat(FIVE_MB / 10);
		Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> NarrativeExtractor.extract(big, "big.txt", CLAIMS));
		assertThat(extraction.facts()).isNotEmpty();
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> NarrativeExtractor.extract(singleLine, "line.txt", CLAIMS));
	}

	@Test
	void garbageBytesAreReadWithoutFailing() {
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			byte[] bytes = new byte[random.nextInt(200_000)];
			random.nextBytes(bytes);
			for (String text : List.of(new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1),
					new String(bytes, StandardCharsets.UTF_16))) {
				assertThat(NarrativeExtractor.extract(text, "garbage.bin", CLAIMS).facts()).isNotNull();
				assertThat(NarrativeExtractor.extractHtml(text, "garbage.html", CLAIMS).facts()).isNotNull();
			}
		}
	}
}
