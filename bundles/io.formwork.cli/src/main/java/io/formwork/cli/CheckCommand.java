package io.formwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.formwork.lang.load.TemplateLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * formwork check PATH...: parses and self-validates templates and catalogs. Every .form file of a named
 * folder is checked, and every .form file beside a named file is loaded so that cross-file references
 * resolve.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Check templates and catalogs (.form files): syntax, references, types and units, rules.")
final class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".form files or folders holding them")
	List<Path> paths;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				err.println(path + ": no such file or folder");
				return Formwork.UNUSABLE;
			}
		}
		TemplateLoader.Loaded loaded = TemplateLoader.load(paths);
		int errors = 0;
		int warnings = 0;
		Path base = Path.of("").toAbsolutePath();
		for (TemplateLoader.Problem problem : loaded.problems()) {
			out.println(problem.format(base));
			if (problem.isError()) {
				errors++;
			} else {
				warnings++;
			}
		}
		int checked = loaded.named().size();
		out.println(checked + " 个文件，" + errors + " 个错误，" + warnings + " 个警告 | " + checked
				+ " file(s), " + errors + " error(s), " + warnings + " warning(s)");
		if (loaded.errors().stream().anyMatch(p -> TemplateLoader.UNREADABLE.equals(p.code()))) {
			return Formwork.UNUSABLE;
		}
		return errors > 0 ? Formwork.FINDINGS : Formwork.OK;
	}
}
