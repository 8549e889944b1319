package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.lang.tests.GeneratedCode.Subject;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * The R8 share rules of the example templates ({@code R8_granted_share}, {@code R8_partly_share}): a percentage
 * printed beside a count fits a reading (of requests answered, of all requests, of requests received) when the
 * reading's exact share looks like it at the precision printed, and only then; the engine and the generated
 * validator agree. Fixtures: src/test/resources/shares/ (see its README), each with its expected findings beside it.
 */
class NarrativeShareRulesTest {

	static final Path DIR = FormFiles.testData().resolve("shares");

	static Stream<String> cases() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".filing"))
					.map(n -> n.substring(0, n.length() - ".filing".length())).sorted().toList().stream();
		}
	}

	/** The engine's result on a fixture, after checking that the generated validator gives the same. */
	static ValidationResult validate(String name) throws Exception {
		Path file = DIR.resolve(name + ".filing");
		String head = Files.readString(file, StandardCharsets.UTF_8);
		Subject subject = GeneratedCode.subjects().get(head.contains("gid_2019") ? "gid_2019" : "gid_2021");
		Filing filing = subject.workspace().read(file);
		assertThat(filing.problems()).as("problems reading %s", name).isEmpty();
		return GeneratedValidatorTest.same(subject, filing, null);
	}

	/** The readers' page corpus: the forms tests' folder {@code pages} (found by its {@code planted.txt}). */
	static Path pages() throws IOException {
		Path bundle = FormFiles.examples().toAbsolutePath().normalize().resolveSibling("bundles")
				.resolve("io.formwork.forms.tests");
		try (Stream<Path> walk = Files.walk(bundle)) {
			return walk.filter(p -> p.getFileName().toString().equals("planted.txt")
					&& !bundle.relativize(p).startsWith("target")).map(Path::getParent).findFirst().orElseThrow();
		}
	}

	/** A published page of the 2021 format as the engine validates it, the generated validator agreeing. */
	static ValidationResult validatePage(String name) throws Exception {
		Subject subject = GeneratedCode.subjects().get("gid_2021");
		Filing filing = subject.workspace().read(pages().resolve(name));
		assertThat(filing.problems()).as("problems reading %s", name).isEmpty();
		return GeneratedValidatorTest.same(subject, filing, null);
	}

	/**
	 * The rules reported, as {@code rule=STATUS}: failed or not assessable (a share that fits a reading is not
	 * reported at all, the rule's condition being false; one that cannot be assessed would be).
	 */
	static List<String> failed(ValidationResult result) {
		return result.findings().stream().filter(f -> f.status() != Status.PASS)
				.flatMap(f -> Stream.of(f.ruleId() + "=" + f.status(), f.ruleId())).toList();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void eachFixtureGetsItsExpectedShareFindingsFromTheEngineAndTheGeneratedValidatorAlike(String name)
			throws Exception {
		List<String> actual = new ArrayList<>();
		for (Finding f : validate(name).findings()) {
			if (f.ruleId().endsWith("_share")) {
				actual.add(f.ruleId() + " " + f.status() + " " + EngineSemanticsTest.plain(f.left()) + " "
						+ EngineSemanticsTest.plain(f.right()) + " | " + f.messageZh() + " | " + f.messageEn());
			}
		}
		Path expected = DIR.resolve(name + ".expected");
		if (Boolean.getBoolean("formwork.updateExpected")) {
			Files.writeString(expected, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
		}
		assertThat(actual).containsExactlyElementsOf(
				Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
	}

	@Test
	void aSharePrintedToOneDecimalFitsTheReadingThatRoundsToIt() throws Exception {
		// 27.5% beside 100 of 364 answered (27.47…%); 5.5% beside 20 of 364 (5.49…%)
		ValidationResult result = validate("rounds-to-answered");
		assertThat(failed(result)).doesNotContain("R8_granted_share");
		assertThat(failed(result)).doesNotContain("R8_partly_share");
		// of all requests (received and carried in) is a reading too
		ValidationResult all = validate("rounds-to-all-requests");
		assertThat(failed(all)).doesNotContain("R8_granted_share");
		assertThat(failed(all)).doesNotContain("R8_partly_share");
	}

	@Test
	void aSharePrintedToOneDecimalWithinHalfAPointOfAReadingButNotAtItsPrecisionIsReportedWithTheValueItShouldHave()
			throws Exception {
		// 27.5% beside 137 of 500 answered (27.4%): no reading gives 27.5 at one decimal
		ValidationResult result = validate("within-half-a-point");
		Finding granted = result.findings().stream().filter(f -> f.ruleId().equals("R8_granted_share")).findFirst()
				.orElseThrow();
		assertThat(granted.status()).isEqualTo(Status.FAIL);
		assertThat(granted.messageEn()).contains("27.5%").contains("of requests received it is 34.25%");
		assertThat(granted.messageZh()).contains("占本年新收申请应为 34.25%");
		assertThat(failed(result)).doesNotContain("R8_partly_share");
	}

	@Test
	void anIntegerShareFitsEveryExactShareThatRoundsToItHalfUpIncluded() throws Exception {
		// 28% beside 138 of 500 (27.6%) and beside 11 of 40 (exactly 27.5%, which rounds half up to 28)
		assertThat(failed(validate("integer-share"))).doesNotContain("R8_granted_share");
		assertThat(failed(validate("integer-share"))).doesNotContain("R8_partly_share");
		assertThat(failed(validate("integer-share-half-up"))).doesNotContain("R8_granted_share");
	}

	@Test
	void onAPublishedPageTheSharesOfRequestsAnsweredToOneDecimalFitAndOneOnlyWithinHalfAPointIsReported()
			throws Exception {
		// 「予以公开20件，占55.6%；部分公开4件，占11.1%」 beside 36 answered (55.56%, 11.11%)
		ValidationResult fits = validatePage("share-printed.html");
		assertThat(failed(fits)).doesNotContain("R8_granted_share");
		assertThat(failed(fits)).doesNotContain("R8_partly_share");
		// 「占55.9%」: within half a point of 55.56%, but no share of table 3 at one decimal; 「占11%」 fits 11.11%
		ValidationResult off = validatePage("error-share-precision.html");
		Finding granted = off.findings().stream().filter(f -> f.ruleId().equals("R8_granted_share")).findFirst()
				.orElseThrow();
		assertThat(granted.status()).isEqualTo(Status.FAIL);
		assertThat(granted.messageEn()).contains("55.9%「").contains("of requests received it is 50%");
		assertThat(granted.filingLocation().line()).isPositive();
		assertThat(failed(off)).doesNotContain("R8_partly_share");
	}

	@Test
	void anIntegerShareThatNoReadingRoundsToIsReportedInThe2019FormatToo() throws Exception {
		// 28% beside 137 of 500 (27.4%, printed 27)
		ValidationResult result = validate("integer-share-off");
		assertThat(failed(result)).contains("R8_granted_share=FAIL");
		assertThat(failed(result)).doesNotContain("R8_partly_share");
	}
}
