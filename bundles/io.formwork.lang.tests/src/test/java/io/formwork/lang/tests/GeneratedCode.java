package io.formwork.lang.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.generated.Gid2008Filing;
import io.formwork.generated.Gid2008Validator;
import io.formwork.generated.Gid2019Filing;
import io.formwork.generated.Gid2019Validator;
import io.formwork.generated.Gid2021Filing;
import io.formwork.generated.Gid2021Validator;
import io.formwork.generated.SemTFiling;
import io.formwork.generated.SemTValidator;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Validator;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.plan.RuleInstance;
import io.formwork.pipeline.CompiledTemplate;

/**
 * The templates whose code the build generates (examples and engine semantics, see this module's pom), each
 * with the engine and the generated validator side by side.
 */
final class GeneratedCode {

	/** The fast path's answer for one filing: a status per rule instance and the failed errors. */
	record Fast(byte[] statuses, int errors) {
	}

	/** The generated fast path of one template, from runtime filings (bound to the typed class first). */
	interface FastCheck {
		Fast check(Filing filing, Filing prior);
	}

	/** One template: its workspace (plan, engine, readers), its generated validator and fast path. */
	record Subject(String templateId, CompiledTemplate workspace, Validator generated, FastCheck fast) {
		ValidationResult engine(Filing filing, Filing prior) {
			return workspace.engine.validate(filing, prior);
		}
	}

	private static Map<String, Subject> subjects;

	private GeneratedCode() {
	}

	static Path example(String name) {
		return FormFiles.examples().resolve("gov-info-disclosure").resolve(name);
	}

	static Path engineCase(String name) {
		return FormFiles.testData().resolve("engine").resolve(name);
	}

	/** The four templates, loaded once. */
	static synchronized Map<String, Subject> subjects() throws CompiledTemplate.TemplateError {
		if (subjects == null) {
			Map<String, Subject> map = new LinkedHashMap<>();
			CompiledTemplate w2008 = CompiledTemplate.load(example("gov-info-disclosure-2008.form"));
			Gid2008Validator v2008 = new Gid2008Validator(w2008.plan.source());
			map.put("gid_2008", new Subject("gid_2008", w2008, v2008, (f, p) -> {
				byte[] s = new byte[Gid2008Validator.INSTANCES];
				int e = v2008.check(Gid2008Filing.fromFiling(f), p == null ? null : Gid2008Filing.fromFiling(p), s);
				return new Fast(s, e);
			}));
			CompiledTemplate w2019 = CompiledTemplate.load(example("gov-info-disclosure-2019.form"));
			Gid2019Validator v2019 = new Gid2019Validator(w2019.plan.source());
			map.put("gid_2019", new Subject("gid_2019", w2019, v2019, (f, p) -> {
				byte[] s = new byte[Gid2019Validator.INSTANCES];
				int e = v2019.check(Gid2019Filing.fromFiling(f), p == null ? null : Gid2019Filing.fromFiling(p), s);
				return new Fast(s, e);
			}));
			CompiledTemplate w2021 = CompiledTemplate.load(example("gov-info-disclosure-2021.form"));
			Gid2021Validator v2021 = new Gid2021Validator(w2021.plan.source());
			map.put("gid_2021", new Subject("gid_2021", w2021, v2021, (f, p) -> {
				byte[] s = new byte[Gid2021Validator.INSTANCES];
				int e = v2021.check(Gid2021Filing.fromFiling(f), p == null ? null : Gid2021Filing.fromFiling(p), s);
				return new Fast(s, e);
			}));
			CompiledTemplate sem = CompiledTemplate.load(engineCase("semantics.form"));
			SemTValidator vSem = new SemTValidator(sem.plan.source());
			map.put("sem_t", new Subject("sem_t", sem, vSem, (f, p) -> {
				byte[] s = new byte[SemTValidator.INSTANCES];
				int e = vSem.check(SemTFiling.fromFiling(f), p == null ? null : SemTFiling.fromFiling(p), s);
				return new Fast(s, e);
			}));
			subjects = map;
		}
		return subjects;
	}

	/**
	 * The status of every rule instance in the engine's findings ({@link Statuses#NONE} where it gave none), and
	 * the number of failed errors.
	 */
	static Fast statusesOf(List<RuleInstance> rules, List<Finding> findings) {
		byte[] statuses = new byte[rules.size()];
		int errors = 0;
		int j = 0;
		for (int k = 0; k < rules.size(); k++) {
			RuleInstance rule = rules.get(k);
			if (j < findings.size() && findings.get(j).ruleId().equals(rule.ruleId())
					&& findings.get(j).instance().equals(rule.instance())) {
				Finding finding = findings.get(j++);
				statuses[k] = Statuses.of(finding.status());
				if (finding.status() == io.formwork.runtime.Status.FAIL
						&& finding.severity() == io.formwork.runtime.Severity.ERROR) {
					errors++;
				}
			}
		}
		if (j != findings.size()) {
			throw new AssertionError("findings out of plan order");
		}
		return new Fast(statuses, errors);
	}

	/** A filing as text, every fact with its value's scale, decimals, unit and location: what a mismatch prints. */
	static String dump(Filing filing) {
		if (filing == null) {
			return "(none)";
		}
		StringBuilder text = new StringBuilder();
		text.append("source=").append(filing.source()).append(" template=").append(filing.template()).append(" year=")
				.append(filing.year()).append(" body=").append(filing.body()).append('\n');
		filing.facts().values().forEach(f -> {
			text.append("  ").append(f.address()).append(" = ");
			if (f.value().isBlank()) {
				text.append("blank");
			} else {
				text.append(f.value().number()).append(" (decimals ").append(f.value().decimals())
						.append(f.value().isApproximate() ? ", approximate" : "").append(')');
			}
			if (f.statedUnit() != null) {
				text.append(" unit ").append(f.statedUnit());
			}
			text.append(" @ ").append(f.location()).append('\n');
		});
		filing.problems().forEach(p -> text.append("  problem ").append(p.code()).append(' ').append(p.en()).append('\n'));
		return text.toString();
	}

	/** Where two results first differ, or null when they are equal. */
	static String difference(ValidationResult expected, ValidationResult actual) {
		if (expected.equals(actual)) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		if (!expected.problems().equals(actual.problems())) {
			lines.add("problems (engine): " + expected.problems());
			lines.add("problems (generated): " + actual.problems());
		}
		int n = Math.max(expected.findings().size(), actual.findings().size());
		for (int i = 0; i < n && lines.size() < 6; i++) {
			Finding e = i < expected.findings().size() ? expected.findings().get(i) : null;
			Finding a = i < actual.findings().size() ? actual.findings().get(i) : null;
			if (e == null || !e.equals(a)) {
				lines.add("finding " + i + " (engine):    " + e);
				lines.add("finding " + i + " (generated): " + a);
			}
		}
		return String.join("\n", lines);
	}

	static Location at(String source, int line) {
		return Location.of(source, line, 1);
	}
}
