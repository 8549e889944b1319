package io.formwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.plan.RuleInstance;

/**
 * formwork explain --template T --rule ID FILE: the rule as written, and for each instance every operand's
 * value and where it was read, the two sides, their difference and the tolerance.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = "Explain one rule on one filing: the rule as written, every operand's value and where it came from.")
final class ExplainCommand implements Callable<Integer> {

	@Option(names = "--template", required = true, paramLabel = "T", description = "the template (.form)")
	Path template;

	@Option(names = "--rule", required = true, paramLabel = "ID", description = "the rule id, e.g. R1")
	String rule;

	@Option(names = "--lang", paramLabel = "LANG", description = "zh or en (default: from the locale)")
	String lang;

	@Option(names = "--prior", paramLabel = "P", description = "the previous period's filing")
	Path prior;

	@Parameters(arity = "1", paramLabel = "FILE", description = "the filing")
	Path file;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Language language = Language.named(lang);
		if (language == null) {
			err.println("--lang: zh or en, not " + lang);
			return Formwork.UNUSABLE;
		}
		if (!Files.isRegularFile(file)) {
			err.println(file + ": no such file");
			return Formwork.UNUSABLE;
		}
		CompiledTemplate workspace = CompiledTemplate.loadOrReport(template, err);
		if (workspace == null) {
			return Formwork.UNUSABLE;
		}
		List<RuleInstance> instances = workspace.plan.rules().stream().filter(r -> r.ruleId().equals(rule)).toList();
		if (instances.isEmpty()) {
			err.println(template + ": " + (language == Language.ZH ? "没有规则 " : "no rule ") + rule);
			return Formwork.UNUSABLE;
		}
		Pipeline pipeline;
		try {
			pipeline = new Pipeline(Templates.of(workspace.set, workspace.template.getName()));
		} catch (CompiledTemplate.TemplateError e) {
			err.println(e.getMessage());
			return Formwork.UNUSABLE;
		}
		Pipeline.Read read = pipeline.read(file);
		if (read.template() != null && read.template().template != workspace.template) {
			workspace = read.template();
		}
		Filing filing = read.filing();
		Filing previous = null;
		if (prior != null) {
			try {
				previous = pipeline.inTermsOf(workspace, pipeline.prior(prior));
			} catch (Pipeline.PriorError e) {
				err.println(e.problem().location() + ": error [" + e.problem().code() + "] " + e.problem().message(language));
				return Formwork.UNUSABLE;
			}
		}
		filing.problems().forEach(p -> out.println(p.location() + ": " + p.code() + " " + p.message(language)));
		RuleInstance first = instances.get(0);
		out.println(rule + " (" + first.location() + "): " + first.text());
		boolean zh = language == Language.ZH;
		int failed = 0;
		for (Finding finding : workspace.engine.explain(rule, filing, previous)) {
			String status = zh ? statusZh(finding) : finding.status().en;
			out.println();
			out.println((finding.instance().isEmpty() ? "" : "[" + finding.instance() + "] ") + status
					+ (finding.status() == Status.PASS ? "" : ": " + finding.message(language)));
			for (Operand operand : finding.operands()) {
				out.println("  " + (operand.prior() ? "prior " : "") + operand.address() + " = " + (operand.value().isBlank() ? (zh ? "（空白）" : "(blank)")
						: operand.value().toString()) + (operand.location() == null ? "" : "  @ " + operand.location()));
			}
			if (finding.left() != null && finding.right() != null) {
				out.println("  " + (zh ? "左边 " : "left ") + finding.left().stripTrailingZeros().toPlainString()
						+ (zh ? "，右边 " : ", right ") + finding.right().stripTrailingZeros().toPlainString()
						+ (zh ? "，差额 " : ", difference ") + finding.difference().stripTrailingZeros().toPlainString()
						+ (zh ? "，容差 " : ", tolerance ")
						+ (finding.tolerance() == null ? "0" : finding.tolerance().stripTrailingZeros().toPlainString()));
			}
			if (finding.status() == Status.FAIL && finding.severity() == Severity.ERROR) {
				failed++;
			}
		}
		return failed > 0 ? Formwork.FINDINGS : Formwork.OK;
	}

	private static String statusZh(Finding finding) {
		return finding.status() == Status.FAIL ? finding.severity().zh : finding.status().zh;
	}
}
