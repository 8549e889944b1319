package io.formwork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.formwork.bench.generated.Gid2021Filing;
import io.formwork.bench.generated.Gid2021Validator;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.engine.Engine;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;
import io.formwork.pipeline.CompiledTemplate;

/**
 * The four validators of the benchmark, each with R1–R5 of the 2021 format: the generated validator (built from
 * the template with those rules, see src/build/BenchCodegen.java), the engine over the template's plan with
 * those rules, the hand-written one and Trevas. Every one of them gives, for a filing, one status per rule
 * instance in the template's order ({@link #rules()}).
 */
public final class Subjects {

	/** The rules every validator runs. */
	public static final Set<String> RULES = Set.of("R1", "R2", "R3", "R4", "R5");

	private static Subjects instance;

	private final Plan plan;
	private final Engine engine;
	private final Gid2021Validator generated;

	private Subjects(Path template) throws CompiledTemplate.TemplateError {
		Plan full = CompiledTemplate.load(template).plan;
		this.plan = new Plan(full.templateId(), full.year(), full.titleZh(), full.titleEn(), full.source(), full.cells(),
				full.units(), full.rules().stream().filter(r -> RULES.contains(r.ruleId())).toList());
		this.engine = new Engine(plan);
		this.generated = new Gid2021Validator(plan.source());
	}

	/** The subjects, built once (loading the template takes a second or two). */
	public static synchronized Subjects get() {
		if (instance == null) {
			try {
				instance = new Subjects(examples().resolve("gov-info-disclosure/gov-info-disclosure-2021.form"));
			} catch (CompiledTemplate.TemplateError e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
		return instance;
	}

	/** The repository's examples folder: -Dformwork.examples, else examples/ in this folder or one above it. */
	public static Path examples() {
		String property = System.getProperty("formwork.examples");
		if (property != null) {
			return Path.of(property);
		}
		Path here = Path.of("").toAbsolutePath();
		for (Path dir = here; dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples/gov-info-disclosure"))) {
				return dir.resolve("examples");
			}
		}
		throw new IllegalStateException("examples/ not found from " + here + "; set -Dformwork.examples");
	}

	public Plan plan() {
		return plan;
	}

	public Engine engine() {
		return engine;
	}

	public Gid2021Validator generated() {
		return generated;
	}

	/** The rule instances, in the order of every status array. */
	public List<RuleInstance> rules() {
		return plan.rules();
	}

	// ------------------------------------------------------------------ statuses of each validator

	/** The engine's findings as statuses. */
	public byte[] engineStatuses(Filing filing) {
		return statuses(engine.validate(filing).findings());
	}

	/** The engine's statuses alone ({@code Engine.check}). */
	public byte[] engineCheckStatuses(Filing filing) {
		byte[] statuses = new byte[plan.rules().size()];
		engine.check(filing, null, statuses);
		return statuses;
	}

	/** The engine's statuses on the filing bound beforehand ({@code Engine.bind}, then {@code check}). */
	public byte[] engineBoundStatuses(Filing filing) {
		byte[] statuses = new byte[plan.rules().size()];
		engine.check(engine.bind(filing), null, statuses);
		return statuses;
	}

	/** The engine's statuses on the generated typed filing (same cells in the same order as the engine's layout). */
	public byte[] engineTypedStatuses(Filing filing) {
		byte[] statuses = new byte[plan.rules().size()];
		engine.check(Gid2021Filing.fromFiling(filing), null, statuses);
		return statuses;
	}

	/** The generated validator's fast path (statuses only). */
	public byte[] generatedStatuses(Filing filing) {
		byte[] statuses = new byte[Gid2021Validator.INSTANCES];
		generated.check(Gid2021Filing.fromFiling(filing), null, statuses);
		return statuses;
	}

	/** The generated validator's findings (operands, messages) as statuses. */
	public byte[] generatedFindingStatuses(Filing filing) {
		return statuses(generated.validate(filing).findings());
	}

	/** Findings in plan order as one status per instance ({@link Statuses#NONE} where there is none). */
	public byte[] statuses(List<Finding> findings) {
		List<RuleInstance> rules = plan.rules();
		byte[] statuses = new byte[rules.size()];
		int j = 0;
		for (int k = 0; k < rules.size() && j < findings.size(); k++) {
			Finding finding = findings.get(j);
			if (finding.ruleId().equals(rules.get(k).ruleId()) && finding.instance().equals(rules.get(k).instance())) {
				statuses[k] = Statuses.of(finding.status());
				j++;
			}
		}
		if (j != findings.size()) {
			throw new IllegalStateException("findings not in plan order: " + findings.get(j));
		}
		return statuses;
	}
}
