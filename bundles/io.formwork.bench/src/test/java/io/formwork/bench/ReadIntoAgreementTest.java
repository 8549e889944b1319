package io.formwork.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.formwork.bench.generated.Gid2021Filing;
import io.formwork.bench.generated.Gid2021Validator;
import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;
import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.TypedFiling;
import io.formwork.runtime.engine.Engine;

/**
 * The 1,000 filings of the benchmark read straight into the generated typed filing
 * ({@link JsonFilingReader#readInto}) give what reading them and binding them gives ({@code fromFiling}): the
 * same cells, values, locations, scaled forms and problems, and the generated validator the same statuses and
 * findings. All of them are in the plain shape, so all go the fast way; a filing read into a typed filing used
 * before gives the same as one read into a new one.
 */
class ReadIntoAgreementTest {

	@Test
	void theBenchmarkFilingsReadIntoTheTypedFilingAsTheyAreReadAndBound() {
		JsonFilingReader reader = new JsonFilingReader();
		Gid2021Validator validator = Subjects.get().generated();
		Gid2021Filing reused = new Gid2021Filing();
		int fast = 0;
		for (FilingGenerator.Generated generated : new FilingGenerator(Benchmarks.SEED).generate(Benchmarks.FILINGS)) {
			byte[] json = generated.bytes();
			String source = "/tmp/" + generated.name();
			fast += JsonFilingReader.readsFast(json, new Gid2021Filing()) ? 1 : 0;

			Filing filing = reader.read(json, source);
			Gid2021Filing slow = Gid2021Filing.fromFiling(filing);
			List<Problem> problems = reader.readInto(json, source, reused);

			assertThat(problems).isEqualTo(filing.problems());
			assertThat(reused.bindingProblems()).isEqualTo(slow.bindingProblems());
			assertThat(reused.sameAs(slow)).as(generated.name()).isTrue();
			assertThat(scaledForms(reused)).as(generated.name()).isEqualTo(scaledForms(slow));
			byte[] fastStatuses = new byte[Gid2021Validator.INSTANCES];
			byte[] slowStatuses = new byte[Gid2021Validator.INSTANCES];
			assertThat(validator.check(reused, null, fastStatuses)).isEqualTo(validator.check(slow, null, slowStatuses));
			assertThat(fastStatuses).isEqualTo(slowStatuses);
			assertThat(validator.findings(reused, null)).isEqualTo(validator.findings(slow, null));
		}
		assertThat(fast).isEqualTo(Benchmarks.FILINGS);
	}

	@Test
	void theEngineChecksTheBenchmarkFilingsReadIntoItsOwnLayoutAsItChecksThemRead() {
		JsonFilingReader reader = new JsonFilingReader();
		Engine engine = Subjects.get().engine();
		TypedFiling reused = FigureSlots.filing(engine.layout());
		int failed = 0;
		for (FilingGenerator.Generated generated : new FilingGenerator(Benchmarks.SEED).generate(Benchmarks.FILINGS)) {
			byte[] json = generated.bytes();
			String source = "/tmp/" + generated.name();
			Filing filing = reader.read(json, source);
			assertThat(reader.readInto(json, source, reused)).isEqualTo(filing.problems());

			byte[] typed = new byte[Gid2021Validator.INSTANCES];
			byte[] read = new byte[Gid2021Validator.INSTANCES];
			int errors = engine.check(reused, null, typed);
			assertThat(errors).as(generated.name()).isEqualTo(engine.check(filing, null, read));
			assertThat(typed).as(generated.name()).isEqualTo(read);
			failed += errors > 0 ? 1 : 0;
		}
		// the set has filings with errors (10%): the comparison is not one of passes alone
		assertThat(failed).isGreaterThan(Benchmarks.FILINGS / 20);
	}

	/** Per cell: the scaled form, whether exact, whether blank, and the scale of the figure as stated. */
	private static String scaledForms(Gid2021Filing filing) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Gid2021Filing.CELLS; i++) {
			text.append(filing.unscaled(i)).append(filing.exact(i) ? " exact" : "").append(filing.blank(i) ? " blank" : "")
					.append(filing.number(i) == null ? "" : " scale " + filing.number(i).scale()).append('\n');
		}
		return text.toString();
	}
}
