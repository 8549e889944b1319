package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.lang.tests.GeneratedCode.Fast;
import io.formwork.lang.tests.GeneratedCode.Subject;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.compiled.Layout;
import io.formwork.runtime.compiled.TypedFiling;
import io.formwork.runtime.engine.Engine;

/**
 * The validators generated from the example templates and the engine-semantics template give exactly the
 * engine's results — problems, findings with their statuses, operands, values, locations, differences,
 * tolerances and messages — on every example filing and on thousands of mutated ones, and their fast path
 * gives the same statuses, as does the engine's {@code check} (from runtime filings, from filings bound
 * beforehand, from typed filings of its layout). A mismatch prints the filing that shows it.
 */
class GeneratedValidatorTest {

	/** Mutated filings per template: four templates, 2,600 each. */
	static final int PER_TEMPLATE = 2600;

	/** Filings per template the rough throughput figures are measured on. */
	static final int MEASURED = 500;

	static Stream<Path> exampleFilings() throws Exception {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(GeneratedCode.example("filings"))) {
			list.sorted().forEach(files::add);
		}
		for (String name : List.of("consistent.filing", "blanks.filing", "errors.filing", "prior-2020.filing")) {
			files.add(GeneratedCode.engineCase(name));
		}
		return files.stream();
	}

	static Subject subjectFor(Path file) throws Exception {
		String name = file.getFileName().toString();
		Map<String, Subject> subjects = GeneratedCode.subjects();
		if (file.startsWith(GeneratedCode.engineCase(""))) {
			return subjects.get("sem_t");
		}
		return subjects.get(name.contains("2021") ? "gid_2021" : name.contains("2019") ? "gid_2019" : "gid_2008");
	}

	@ParameterizedTest
	@MethodSource("exampleFilings")
	void everyExampleFilingGetsTheEnginesResultWithAndWithoutAPriorFiling(Path file) throws Exception {
		Subject subject = subjectFor(file);
		Filing filing = subject.workspace().read(file);
		assertThat(filing.facts()).as("facts of %s", file).isNotEmpty();
		same(subject, filing, null);
		same(subject, filing, filing);
		Path other = file.getFileName().toString().contains("-error")
				? file.resolveSibling(file.getFileName().toString().replace("-error", ""))
				: GeneratedCode.engineCase("prior-2020.filing");
		if (Files.exists(other) && subjectFor(other) == subject) {
			same(subject, filing, subject.workspace().read(other));
		}
	}

	@Test
	void thousandsOfMutatedFilingsGetTheEnginesResult() throws Exception {
		int compared = 0;
		StringBuilder figures = new StringBuilder();
		for (Subject subject : GeneratedCode.subjects().values()) {
			List<Filing> bases = bases(subject);
			MutatedFilings mutations = new MutatedFilings(subject.workspace().plan, subject.workspace().engine,
					subject.templateId().hashCode());
			List<Filing> filings = new ArrayList<>(PER_TEMPLATE);
			List<Filing> priors = new ArrayList<>(PER_TEMPLATE);
			for (int n = 0; n < PER_TEMPLATE; n++) {
				Filing base = n % 10 == 9 ? null : bases.get(n % bases.size());
				Filing filing = mutations.next(base, n);
				Filing prior = switch (n % 3) {
				case 0 -> null;
				case 1 -> n > 0 ? filings.get(n - 1) : null;
				default -> mutations.next(bases.get(0), -n);
				};
				same(subject, filing, prior);
				filings.add(filing);
				priors.add(prior);
				compared++;
			}
			figures.append(throughput(subject, filings.subList(0, MEASURED), priors.subList(0, MEASURED))).append('\n');
		}
		System.out.print(figures);
		assertThat(compared).isGreaterThanOrEqualTo(10_000);
	}

	@Test
	void mutationsCoverEveryStatusAndInputProblems() throws Exception {
		Subject subject = GeneratedCode.subjects().get("sem_t");
		MutatedFilings mutations = new MutatedFilings(subject.workspace().plan, subject.workspace().engine, 7);
		List<Filing> bases = bases(subject);
		java.util.Set<Status> statuses = java.util.EnumSet.noneOf(Status.class);
		java.util.Set<String> problems = new java.util.TreeSet<>();
		java.util.Set<String> rulesFailing = new java.util.TreeSet<>();
		// 1000 mutations: the rules of printed precision below the top level (RATE_WHEN…) draw mutations too
		for (int n = 0; n < 1000; n++) {
			ValidationResult result = subject.engine(mutations.next(bases.get(n % bases.size()), n), null);
			result.findings().forEach(f -> {
				statuses.add(f.status());
				if (f.status() == Status.FAIL) {
					rulesFailing.add(f.ruleId());
				}
			});
			result.problems().forEach(p -> problems.add(p.code()));
		}
		assertThat(statuses).containsExactlyInAnyOrder(Status.values());
		assertThat(problems).contains("filing.unknownCell", "filing.unitMismatch", "filing.wrongTemplate",
				"filing.duplicateCell");
		assertThat(rulesFailing).contains("SUM", "CALC", "ZERO", "GROUP", "NONNEG", "LIMIT", "RATE", "RATE_T", "WHEN",
				"RATE_WHEN", "RATE_OR", "RATE_AND", "RATE_NOT", "RATE_NESTED");
	}

	/** The example filings of a template, as bases for mutation. */
	static List<Filing> bases(Subject subject) throws Exception {
		List<Filing> bases = new ArrayList<>();
		for (Path file : exampleFilings().toList()) {
			if (subjectFor(file) == subject && !file.toString().endsWith(".txt")) {
				bases.add(subject.workspace().read(file));
			}
		}
		return bases;
	}

	/** Engine and generated validator agree on everything; the fast path and the engine's check on every status. */
	static void same(Subject subject, Filing filing, Filing prior) {
		ValidationResult expected = subject.engine(filing, prior);
		ValidationResult actual = subject.generated().validate(filing, prior);
		String difference = GeneratedCode.difference(expected, actual);
		if (difference != null) {
			fail("The generated validator of " + subject.templateId() + " differs from the engine:\n" + difference
					+ "\nfiling:\n" + GeneratedCode.dump(filing) + "prior:\n" + GeneratedCode.dump(prior));
		}
		Fast engine = GeneratedCode.statusesOf(subject.workspace().plan.rules(), expected.findings());
		Fast fast = subject.fast().check(filing, prior);
		if (!java.util.Arrays.equals(engine.statuses(), fast.statuses()) || engine.errors() != fast.errors()) {
			int k = java.util.Arrays.mismatch(engine.statuses(), fast.statuses());
			fail("The fast path of " + subject.templateId() + " differs from the engine at instance " + k + " ("
					+ (k < 0 ? "errors " + engine.errors() + " vs " + fast.errors()
							: subject.workspace().plan.rules().get(k).ruleId() + "["
									+ subject.workspace().plan.rules().get(k).instance() + "]: engine "
									+ engine.statuses()[k] + ", fast " + fast.statuses()[k])
					+ ")\nfiling:\n" + GeneratedCode.dump(filing) + "prior:\n" + GeneratedCode.dump(prior));
		}
		Engine checker = subject.workspace().engine;
		byte[] checked = new byte[engine.statuses().length];
		int errors = checker.check(filing, prior, checked);
		sameStatuses(subject, "check", engine, checked, errors, filing, prior);
		errors = checker.check(checker.bind(filing), prior == null ? null : checker.bind(prior), checked);
		sameStatuses(subject, "check of bound filings", engine, checked, errors, filing, prior);
		Layout layout = checker.layout();
		errors = checker.check(new EngineTyped(layout, filing), prior == null ? null : new EngineTyped(layout, prior),
				checked);
		sameStatuses(subject, "check of typed filings", engine, checked, errors, filing, prior);
	}

	static void sameStatuses(Subject subject, String how, Fast engine, byte[] checked, int errors, Filing filing,
			Filing prior) {
		if (!java.util.Arrays.equals(engine.statuses(), checked) || engine.errors() != errors) {
			fail("The engine's " + how + " of " + subject.templateId() + " differs from its findings at instance "
					+ java.util.Arrays.mismatch(engine.statuses(), checked) + " (errors " + engine.errors() + " vs "
					+ errors + ")\nfiling:\n" + GeneratedCode.dump(filing) + "prior:\n" + GeneratedCode.dump(prior));
		}
	}

	/** A typed filing of the engine's own layout, filled from a runtime filing as a reader of typed filings would. */
	static final class EngineTyped extends TypedFiling {
		EngineTyped(Layout layout, Filing filing) {
			super(layout);
			bind(filing);
		}
	}

	/** Rough figures, printed and never asserted: filings per second of each way of validating. */
	static String throughput(Subject subject, List<Filing> filings, List<Filing> priors) {
		long engine = best(() -> {
			for (int i = 0; i < filings.size(); i++) {
				subject.engine(filings.get(i), priors.get(i));
			}
		});
		long generated = best(() -> {
			for (int i = 0; i < filings.size(); i++) {
				subject.generated().validate(filings.get(i), priors.get(i));
			}
		});
		long fast = best(() -> {
			for (int i = 0; i < filings.size(); i++) {
				subject.fast().check(filings.get(i), priors.get(i));
			}
		});
		return String.format("%s: %d filings, %d rule instances; filings/s: engine %,d, generated (findings) %,d, "
				+ "generated (statuses, binding included) %,d", subject.templateId(), filings.size(),
				subject.workspace().plan.rules().size(), perSecond(filings.size(), engine),
				perSecond(filings.size(), generated), perSecond(filings.size(), fast));
	}

	/** The time of one run, after the comparisons above have warmed the code up. */
	private static long best(Runnable run) {
		long start = System.nanoTime();
		run.run();
		return System.nanoTime() - start;
	}

	private static long perSecond(int count, long nanos) {
		return nanos == 0 ? 0 : count * 1_000_000_000L / nanos;
	}
}
