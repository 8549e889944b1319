package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * beforehand, from typed filings of its layout). A mismatch prints the filing that shows it. Throughput is the
 * bench module's ({@code ValidationBenchmark}), never measured here.
 */
class GeneratedValidatorTest {

	/** Mutated filings per template: four templates, 2,600 each. */
	static final int PER_TEMPLATE = 2600;

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
		for (Subject subject : GeneratedCode.subjects().values()) {
			List<Filing> bases = bases(subject);
			MutatedFilings mutations = new MutatedFilings(subject.workspace().plan, subject.workspace().engine,
					subject.templateId().hashCode());
			List<Filing> filings = new ArrayList<>(PER_TEMPLATE);
			Set<Status> statuses = EnumSet.noneOf(Status.class);
			Set<List<String>> outcomes = new HashSet<>();
			for (int n = 0; n < PER_TEMPLATE; n++) {
				Filing base = n % 10 == 9 ? null : bases.get(n % bases.size());
				Filing filing = mutations.next(base, n);
				Filing prior = switch (n % 3) {
				case 0 -> null;
				case 1 -> n > 0 ? filings.get(n - 1) : null;
				default -> mutations.next(bases.get(0), -n);
				};
				ValidationResult result = same(subject, filing, prior);
				result.findings().forEach(f -> statuses.add(f.status()));
				outcomes.add(result.findings().stream().filter(f -> f.status() != Status.PASS)
						.map(f -> f.ruleId() + "[" + f.instance() + "]=" + f.status()).sorted().toList());
				filings.add(filing);
			}
			// the comparison above proves something only when the mutations reach every status in many combinations
			assertThat(statuses).as("statuses reached on %s", subject.templateId())
					.containsExactlyInAnyOrder(Status.values());
			assertThat(outcomes.size()).as("distinct outcomes (rule instances not passing) on %s", subject.templateId())
					.isGreaterThanOrEqualTo(PER_TEMPLATE / 10);
		}
	}

	@Test
	void mutationsCoverEveryStatusAndInputProblems() throws Exception {
		Subject subject = GeneratedCode.subjects().get("sem_t");
		MutatedFilings mutations = new MutatedFilings(subject.workspace().plan, subject.workspace().engine, 7);
		List<Filing> bases = bases(subject);
		Set<Status> statuses = EnumSet.noneOf(Status.class);
		Set<String> problems = new TreeSet<>();
		Set<String> rulesFailing = new TreeSet<>();
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
	static ValidationResult same(Subject subject, Filing filing, Filing prior) {
		ValidationResult expected = subject.engine(filing, prior);
		ValidationResult actual = subject.generated().validate(filing, prior);
		String difference = GeneratedCode.difference(expected, actual);
		if (difference != null) {
			fail("The generated validator of " + subject.templateId() + " differs from the engine:\n" + difference
					+ "\nfiling:\n" + GeneratedCode.dump(filing) + "prior:\n" + GeneratedCode.dump(prior));
		}
		Fast engine = GeneratedCode.statusesOf(subject.workspace().plan.rules(), expected.findings());
		Fast fast = subject.fast().check(filing, prior);
		if (!Arrays.equals(engine.statuses(), fast.statuses()) || engine.errors() != fast.errors()) {
			int k = Arrays.mismatch(engine.statuses(), fast.statuses());
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
		return expected;
	}

	static void sameStatuses(Subject subject, String how, Fast engine, byte[] checked, int errors, Filing filing,
			Filing prior) {
		if (!Arrays.equals(engine.statuses(), checked) || engine.errors() != errors) {
			fail("The engine's " + how + " of " + subject.templateId() + " differs from its findings at instance "
					+ Arrays.mismatch(engine.statuses(), checked) + " (errors " + engine.errors() + " vs "
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
}
