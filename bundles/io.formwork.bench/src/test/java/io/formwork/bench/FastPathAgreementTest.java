package io.formwork.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.pipeline.FilingFormats;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * The pipeline's fast path (JSON read straight into a typed filing, the engine's {@code check}, exact findings only
 * for the instances that did not pass) gives exactly the slow path's findings (read, bind, every finding made, the
 * passes left out) on the 1,000 generated filings of the benchmark, with and without a previous period, on one
 * thread and on two.
 */
class FastPathAgreementTest {

	static Pipeline pipeline(boolean fast, boolean passes, int threads) throws Exception {
		Templates templates = Templates.load(List.of(Subjects.examples().resolve("gov-info-disclosure")), null);
		return new Pipeline(templates, FilingFormats.standard(),
				Pipeline.Options.DEFAULT.fastPath(fast).includePasses(passes).threads(threads));
	}

	static String shown(ValidationResult result) {
		StringBuilder text = new StringBuilder(result.filing().source()).append('\n');
		result.problems().forEach(p -> text.append(p).append('\n'));
		for (Finding f : result.findings()) {
			if (f.status() != Status.PASS) {
				text.append(f.ruleId()).append(' ').append(f.instance()).append(' ').append(f.status()).append(' ')
						.append(f.severity()).append(' ').append(f.filingLocation()).append(' ').append(f.operands())
						.append(' ').append(f.left()).append(' ').append(f.right()).append(' ').append(f.tolerance())
						.append(' ').append(f.messageZh()).append(" | ").append(f.messageEn()).append('\n');
			}
		}
		return text.append("passed ").append(result.passed()).toString();
	}

	static List<String> run(Pipeline pipeline, List<Path> files, Pipeline.Read prior) throws IOException {
		List<String> out = new ArrayList<>();
		pipeline.validateAll(files, prior, r -> out.add(shown(r)));
		return out;
	}

	@Test
	void theFastPathFindsWhatTheSlowPathFindsOnTheBenchmarkFilings(@TempDir Path dir) throws Exception {
		List<Path> files = new FilingGenerator(Benchmarks.SEED).write(Benchmarks.FILINGS, dir);
		Pipeline slow = pipeline(false, true, 1);
		Pipeline fast = pipeline(true, false, 2);
		List<String> expected = run(slow, files, null);
		assertThat(run(fast, files, null)).isEqualTo(expected);
		// a tenth of them have errors: the comparison is not one of passes alone
		assertThat(expected.stream().filter(s -> s.contains(" FAIL ERROR ")).count()).isGreaterThan(Benchmarks.FILINGS / 20);

		Path prior = files.get(0);
		assertThat(run(fast, files, fast.prior(prior))).isEqualTo(run(slow, files, slow.prior(prior)));
	}
}
