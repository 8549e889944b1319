package io.formwork.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.formwork.filing.migration.FilingWriter;
import io.formwork.filing.migration.MappingFile;
import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.revision.CellMappings;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Language;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.migration.MappingRule;
import io.formwork.runtime.migration.Migrator;
import io.formwork.runtime.plan.Plan;

/**
 * formwork migrate --to NEW FILING: writes the filing again for another template. Figures whose meaning is
 * unchanged are carried (to renamed cells, converted between units); a figure whose meaning changed stops the
 * migration unless a mapping file (--mapping) says how to fill its cell. Never overwrites: the output must not
 * exist. Exit 0 written, 1 refused (nothing written), 2 unusable input or bad usage.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = "Write a filing again for a newer template, carrying the figures whose meaning is unchanged.")
final class MigrateCommand implements Callable<Integer> {

	@Option(names = "--to", required = true, paramLabel = "NEW", description = "the template to migrate to (.form)")
	Path to;

	@Option(names = "--from", paramLabel = "OLD", description = "the filing's template (.form); by default the template the filing names, looked up beside NEW")
	Path from;

	@Option(names = "--mapping", paramLabel = "M", description = "how to fill cells whose meaning changed (see README)")
	Path mappingFile;

	@Option(names = "--output", paramLabel = "F", description = "the new filing (.filing, .json or .csv; default: beside FILING, named after NEW's id); must not exist")
	Path output;

	@Option(names = "--year", paramLabel = "Y", description = "the year of the new filing (default: the filing's)")
	Integer year;

	@Option(names = "--lang", paramLabel = "LANG", description = "zh or en (default: from the locale)")
	String lang;

	@Parameters(arity = "1", paramLabel = "FILING", description = "the filing to migrate")
	Path file;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	private String newTemplateId;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Language language = Language.named(lang);
		if (language == null) {
			err.println("--lang: zh or en, not " + lang);
			return Formwork.UNUSABLE;
		}
		boolean zh = language == Language.ZH;
		if (!Files.isRegularFile(file)) {
			err.println(file + ": no such file");
			return Formwork.UNUSABLE;
		}
		CompiledTemplate target = CompiledTemplate.loadOrReport(to, err);
		if (target == null) {
			return Formwork.UNUSABLE;
		}
		CompiledTemplate source = target;
		if (from != null) {
			source = DiffCommand.same(from.toAbsolutePath().getParent(), to.toAbsolutePath().getParent()) ? target
					: CompiledTemplate.loadOrReport(from, err);
			if (source == null) {
				return Formwork.UNUSABLE;
			}
		}
		Filing filing = source.read(file);
		List<Problem> unreadable = filing.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (!unreadable.isEmpty()) {
			unreadable.forEach(p -> err.println(p.location() + ": " + p.code() + " " + p.message(language)));
			return Formwork.UNUSABLE;
		}
		Template olderTemplate = from != null ? source.templateIn(from) : target.templateNamed(filing.template());
		if (olderTemplate == null) {
			err.println(zh ? file + "：填报声明的模板 " + filing.template() + " 不在 " + to.toAbsolutePath().getParent() + " 中；请用 --from 指明其模板文件"
					: file + ": the filing names template " + filing.template() + ", which is not beside " + to
							+ "; name its file with --from");
			return Formwork.UNUSABLE;
		}
		if (filing.template() != null && !filing.template().equals(olderTemplate.getName())) {
			err.println(zh ? file + "：填报声明的模板是 " + filing.template() + "，而 --from 是 " + olderTemplate.getName()
					: file + ": the filing names template " + filing.template() + " but --from is " + olderTemplate.getName());
			return Formwork.UNUSABLE;
		}
		List<MappingRule> rules = List.of();
		if (mappingFile != null) {
			if (!Files.isRegularFile(mappingFile)) {
				err.println(mappingFile + ": no such file");
				return Formwork.UNUSABLE;
			}
			MappingFile.Read read = MappingFile.read(mappingFile);
			if (!read.problems().isEmpty()) {
				read.problems().forEach(p -> err.println(p.location() + ": error [" + p.code() + "] " + p.message(language)));
				return Formwork.UNUSABLE;
			}
			rules = read.rules();
		}
		newTemplateId = target.template.getName();
		Path destination = output != null ? output : defaultOutput();
		FilingWriter.Format format = FilingWriter.Format.of(destination.getFileName().toString());
		if (format == null) {
			err.println(destination + ": the new filing is written as .filing, .json or .csv");
			return Formwork.UNUSABLE;
		}
		Outputs outputs = new Outputs(err).input(file).input(to).input(from).input(mappingFile).inputs(target).inputs(source);
		if (!outputs.claim(destination)) {
			return Formwork.UNUSABLE;
		}
		if (Files.exists(destination)) {
			err.println(destination + (zh ? "：已存在，不会覆盖；请用 --output 指定新文件" : ": exists; not overwritten (name another with --output)"));
			return Formwork.UNUSABLE;
		}
		PlanCompiler compiler = new PlanCompiler();
		Plan olderPlan = compiler.compile(olderTemplate);
		Plan newerPlan = target.plan;
		CellMapping mapping = CellMappings.between(olderTemplate, olderPlan, target.template, newerPlan);
		Migrator.Result result = new Migrator(olderPlan, newerPlan, mapping).migrate(filing, rules, year);
		for (Migrator.Outcome outcome : result.outcomes()) {
			if (outcome.kind() == Migrator.Kind.NOT_CARRIED) {
				out.println(file + ": " + (zh ? "提示" : "note") + " [" + Migrator.NOT_CARRIED + "] "
						+ (zh ? outcome.zh() : outcome.en()));
			}
		}
		for (Problem problem : result.problems()) {
			out.println(problem.location() + ": " + (zh ? "错误" : "error") + " [" + problem.code() + "] " + problem.message(language));
		}
		String counts = counts(result, zh);
		if (result.refused()) {
			out.println((zh ? "未写出 " : "Not written: ") + destination + (zh ? "。" : ". ") + counts);
			return Formwork.FINDINGS;
		}
		if (!outputs.write(destination, stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			FilingWriter.write(result.filing(), newerPlan, format, writer);
			writer.flush();
		}, false)) {
			return Formwork.UNUSABLE;
		}
		out.println((zh ? "已写出 " : "Wrote ") + destination + " (" + olderTemplate.getName() + " → " + target.template.getName()
				+ (zh ? ")。" : "). ") + counts);
		return Formwork.OK;
	}

	private Path defaultOutput() {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot < 0 ? name : name.substring(0, dot);
		FilingWriter.Format format = FilingWriter.Format.of(name);
		String extension = format == null ? ".json" : format.extension();
		return file.toAbsolutePath().resolveSibling(stem + "." + idOf() + extension);
	}

	/** The new template's id, as file names carry it: example-county-2019.gid_2021.filing. */
	private String idOf() {
		return newTemplateId;
	}

	private static String counts(Migrator.Result result, boolean zh) {
		StringBuilder text = new StringBuilder();
		for (Migrator.Kind kind : Migrator.Kind.values()) {
			long count = result.count(kind);
			if (count > 0) {
				text.append(text.isEmpty() ? "" : zh ? "，" : ", ").append(zh ? kind.zh + " " + count : count + " " + kind.en);
			}
		}
		return text.isEmpty() ? (zh ? "没有数值" : "no figures") : text.toString();
	}
}
