package io.formwork.lang.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.lang.FilingStandaloneSetup;
import io.formwork.lang.SourceLimits;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.lang.tests.FormFiles;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;

/**
 * The number path of textual filings (issue 16, D13): any figure text of digits, points, signs and exponents
 * in a cell of a .filing gives either that number exactly (at most 100 digits before and after the point) or a
 * problem on the figure's line, never an exception; a figure of thousands of digits is refused, not computed.
 * The corpus (src/test/resources/io/formwork/lang/tests/fuzz/FilingNumberFuzzTestInputs) holds ordinary figures and the
 * limits' edges.
 */
class FilingNumberFuzzTest {

	private static XtextResourceSet set;
	private static Path file;
	private static final String DIGITS = "0123456789012345678901234567890123456789.-e+ 9";

	@FuzzTest(maxExecutions = 3000)
	void anyFigureIsThatNumberOrALocatedProblem(FuzzedDataProvider data) throws IOException {
		if (set == null) {
			set = new FilingStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
			for (Path form : FormFiles.formFiles(FormFiles.examples().resolve("gov-info-disclosure"))) {
				set.getResource(URI.createFileURI(form.toAbsolutePath().toString()), true);
			}
			file = Files.createTempDirectory("formwork-fuzz").resolve("number.filing");
		}
		int repeat = data.consumeInt(1, 3000);
		String head = figure(data.consumeBytes(8));
		String figure = head + (data.consumeBoolean() ? "9".repeat(repeat) : "") + figure(data.consumeRemainingAsBytes());
		Files.writeString(file, "filing for gid_2021 year 2021 body \"x\"\ntable t2_1 {\n\tregulations: issued " + figure + "\n}\n");
		try {
			Filing filing = TextualFilings.read(set, file);
			Fact fact = filing.fact(CellAddress.cell("t2_1", "regulations", "issued"));
			String number = figure.strip();
			boolean plain = number.matches("-?\\d+(\\.\\d+)?");
			if (fact != null && !fact.value().isBlank()) {
				BigDecimal value = fact.value().number();
				assertThat(value.scale()).as(figure).isLessThanOrEqualTo(SourceLimits.MAX_DIGITS);
				assertThat((long) value.precision() - value.scale()).as(figure).isLessThanOrEqualTo(SourceLimits.MAX_DIGITS);
				if (plain) {
					assertThat(value.compareTo(new BigDecimal(number))).as(figure).isZero();
				}
			}
			if (plain && !digitsWithin(number)) {
				assertThat(fact).as(figure).isNull();
				assertThat(filing.problems()).as(figure).anySatisfy(p -> {
					assertThat(p.code()).isEqualTo("filing.outOfRange");
					assertThat(p.location().line()).isEqualTo(3);
				});
			}
			if (fact == null) {
				assertThat(filing.problems()).as(figure).isNotEmpty().allSatisfy(p -> assertThat(p.location().line()).isBetween(1, 4));
			}
		} finally {
			var resource = set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), false);
			if (resource != null) {
				resource.unload();
				set.getResources().remove(resource);
			}
		}
	}

	private static String figure(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (byte b : bytes) {
			text.append(DIGITS.charAt((b & 0xFF) % DIGITS.length()));
		}
		return text.toString();
	}

	private static boolean digitsWithin(String number) {
		String plain = number.replace("-", "");
		int point = plain.indexOf('.');
		int whole = point < 0 ? plain.length() : point;
		int fraction = point < 0 ? 0 : plain.length() - point - 1;
		return whole <= SourceLimits.MAX_DIGITS && fraction <= SourceLimits.MAX_DIGITS;
	}
}
