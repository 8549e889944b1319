package io.formwork.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.bench.generated.Gid2021Validator;
import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Status;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.plan.RuleInstance;

/**
 * The four validators of the benchmark agree, finding for finding (rule id, instance, status), on the
 * benchmark's filings read from JSON: the engine (its findings and its statuses alone), the generated validator (its fast statuses and its
 * findings), the hand-written one (with its own JSON reader) and Trevas. A correctness test, not a timing one.
 */
class AgreementTest {

	static final int FILINGS = 300;

	@TempDir
	static Path folder;

	static List<Path> files;
	static List<Filing> filings;
	static Subjects subjects;

	@BeforeAll
	static void generate() throws IOException {
		files = new FilingGenerator(Benchmarks.SEED).write(FILINGS, folder);
		JsonFilingReader reader = new JsonFilingReader();
		filings = files.stream().map(reader::read).toList();
		subjects = Subjects.get();
	}

	/** (rule id, instance, status) of every instance that has a finding. */
	static List<String> triples(List<RuleInstance> rules, byte[] statuses) {
		List<String> triples = new ArrayList<>();
		for (int i = 0; i < statuses.length; i++) {
			if (statuses[i] != Statuses.NONE) {
				triples.add(rules.get(i).ruleId() + " " + rules.get(i).instance() + " " + Statuses.of(statuses[i]));
			}
		}
		return triples;
	}

	static List<String> handWrittenTriples(byte[] statuses) {
		List<String> triples = new ArrayList<>();
		for (int i = 0; i < statuses.length; i++) {
			if (statuses[i] != Statuses.NONE) {
				triples.add(HandWritten.ruleId(i) + " " + HandWritten.instance(i) + " " + Statuses.of(statuses[i]));
			}
		}
		return triples;
	}

	@Test
	void theFilingsReadWithoutProblems() {
		assertThat(filings).allSatisfy(f -> assertThat(f.problems()).isEmpty());
		assertThat(filings).allSatisfy(f -> assertThat(subjects.engine().validate(f).problems()).isEmpty());
	}

	@Test
	void everyValidatorHasOneStatusPerRuleInstanceOfR1ToR5() {
		assertThat(subjects.rules()).hasSize(HandWritten.INSTANCES).hasSize(Gid2021Validator.INSTANCES);
		assertThat(subjects.rules()).extracting(RuleInstance::ruleId).containsOnly("R1", "R2", "R3", "R4", "R5");
	}

	@Test
	void theGeneratedValidatorAgreesWithTheEngine() {
		List<RuleInstance> rules = subjects.rules();
		for (int f = 0; f < FILINGS; f++) {
			List<String> engine = triples(rules, subjects.engineStatuses(filings.get(f)));
			assertThat(triples(rules, subjects.generatedStatuses(filings.get(f)))).as("fast path, %s", files.get(f))
					.isEqualTo(engine);
			assertThat(triples(rules, subjects.generatedFindingStatuses(filings.get(f)))).as("findings, %s", files.get(f))
					.isEqualTo(engine);
		}
	}

	@Test
	void theEnginesStatusesAloneAreThoseOfItsFindings() {
		List<RuleInstance> rules = subjects.rules();
		for (int f = 0; f < FILINGS; f++) {
			List<String> findings = triples(rules, subjects.engineStatuses(filings.get(f)));
			assertThat(triples(rules, subjects.engineCheckStatuses(filings.get(f)))).as("%s", files.get(f))
					.isEqualTo(findings);
			assertThat(triples(rules, subjects.engineBoundStatuses(filings.get(f)))).as("bound, %s", files.get(f))
					.isEqualTo(findings);
			assertThat(triples(rules, subjects.engineTypedStatuses(filings.get(f)))).as("typed, %s", files.get(f))
					.isEqualTo(findings);
		}
	}

	@Test
	void theHandWrittenValidatorAgreesWithTheEngine() throws IOException {
		List<RuleInstance> rules = subjects.rules();
		byte[] statuses = new byte[HandWritten.INSTANCES];
		for (int f = 0; f < FILINGS; f++) {
			HandWritten.check(HandWritten.read(Files.readAllBytes(files.get(f))), statuses);
			assertThat(handWrittenTriples(statuses)).as("%s", files.get(f))
					.isEqualTo(triples(rules, subjects.engineStatuses(filings.get(f))));
		}
	}

	@Test
	void trevasAgreesWithTheEngine() {
		List<RuleInstance> rules = subjects.rules();
		byte[][] statuses = new Vtl().check(Vtl.datasets(filings));
		for (int f = 0; f < FILINGS; f++) {
			assertThat(handWrittenTriples(statuses[f])).as("%s", files.get(f))
					.isEqualTo(triples(rules, subjects.engineStatuses(filings.get(f))));
		}
	}

	@Test
	void theSetHasFailuresOfEveryRuleAndFiguresThatCannotBeAssessed() {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (Filing filing : filings) {
			subjects.engine().validate(filing).findings().forEach(finding -> counts
					.computeIfAbsent(finding.ruleId(), r -> new int[3])[finding.status().ordinal()]++);
		}
		assertThat(counts.keySet()).containsExactly("R1", "R2", "R3", "R4", "R5");
		counts.forEach((rule, byStatus) -> {
			assertThat(byStatus[Status.PASS.ordinal()]).as("%s passes", rule).isPositive();
			assertThat(byStatus[Status.FAIL.ordinal()]).as("%s failures", rule).isPositive();
			assertThat(byStatus[Status.NOT_ASSESSABLE.ordinal()]).as("%s not assessable", rule).isPositive();
		});
	}
}
