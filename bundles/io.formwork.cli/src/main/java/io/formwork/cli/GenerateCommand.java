package io.formwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.formwork.lang.generator.Codegen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * formwork generate --out DIR PATH...: per template a typed filing class and a validator (Java, under
 * DIR/java), the JSON Schema of its filings (DIR/schema) and its HTML documentation (DIR/html). Exit 0, 1 when
 * a template has errors (nothing is written then), 2 on bad usage or unreadable input.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate Java (typed filing class, validator), JSON Schema and HTML documentation from templates.")
final class GenerateCommand implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write: DIR/java, DIR/schema, DIR/html")
	Path out;

	@Option(names = "--package", paramLabel = "P", description = "the package of templates whose name is not qualified (default: formwork.generated)")
	String packageName;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "templates (.form; the catalogs beside them are loaded) or folders of them")
	List<Path> paths;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (packageName != null && !Codegen.isPackageName(packageName)) {
			err.println("--package：「" + packageName + "」不是有效的 Java 包名 | --package: '" + packageName
					+ "' is not a valid Java package name (dot-separated identifiers such as org.example.reports)");
			return Formwork.UNUSABLE;
		}
		try {
			Codegen.Result result = Codegen.generate(paths, packageName);
			if (!result.ok()) {
				result.errors().forEach(err::println);
				return Formwork.FINDINGS;
			}
			List<Path> written = Codegen.write(result.artifacts(), out.resolve("java"), out.resolve("schema"),
					out.resolve("html"));
			written.forEach(stdout::println);
			stdout.println(result.templates().size() + " 个模板，" + written.size() + " 个文件 | "
					+ result.templates().size() + " template(s), " + written.size() + " file(s)");
			return Formwork.OK;
		} catch (IOException e) {
			err.println(e.getMessage());
			return Formwork.UNUSABLE;
		}
	}
}
