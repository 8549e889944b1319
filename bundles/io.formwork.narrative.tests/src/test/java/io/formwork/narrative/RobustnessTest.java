package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.formwork.runtime.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Texts no report should be, read without failing, hanging or slowing down more than linearly. */
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
	void fiveMegabytesOfReportsAreReadInLinearTime() {
		String seed = Fixtures.read(Fixtures.path("seed/pingliang-2018.txt"));
		String big = seed.repeat(FIVE_MB / seed.length() + 1);
		String fifth = big.substring(0, big.length() / 5);
		Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> NarrativeExtractor.extract(big, "big.txt", CLAIMS));
		assertThat(SeedReportTest.values(extraction)).isEqualTo(SeedReportTest.values(SeedReportTest.text()));
		assertThat(extraction.problems()).extracting(Problem::code).containsOnly(NarrativeExtractor.AMBIGUOUS);
		assertThat(extraction.problems()).allSatisfy(p -> assertThat(p.en().length()).isLessThan(1000));
		assertLinear(() -> NarrativeExtractor.extract(fifth, "fifth.txt", CLAIMS),
				() -> NarrativeExtractor.extract(big, "big.txt", CLAIMS));
	}

	@Test
	void fiveMegabytesOfPathologicalTextAreReadInLinearTime() {
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
		assertLinear(() -> NarrativeExtractor.extract(big.substring(0, big.length() / 5), "fifth.txt", CLAIMS),
				() -> NarrativeExtractor.extract(big, "big.txt", CLAIMS));
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

	/**
	 * Five times the text may take at most twelve times as long (linear: five; quadratic: twenty-five), best of
	 * three runs each after a warm-up, so that a busy machine does not make it fail.
	 */
	private static void assertLinear(Supplier<Extraction> small, Supplier<Extraction> large) {
		small.get();
		long smallNanos = best(small);
		long largeNanos = best(large);
		assertThat(largeNanos).as("5x the text took %d ms against %d ms", largeNanos / 1_000_000, smallNanos / 1_000_000)
				.isLessThan(12 * Math.max(smallNanos, 20_000_000L));
	}

	private static long best(Supplier<Extraction> run) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			run.get();
			best = Math.min(best, System.nanoTime() - start);
		}
		return best;
	}
}
