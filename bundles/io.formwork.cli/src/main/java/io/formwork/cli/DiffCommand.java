package io.formwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.formwork.lang.revision.TemplateDiff;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.runtime.Language;

/**
 * formwork diff OLD NEW: what changed between two templates, revision chain or not. Exit 0 when they describe
 * the same format, 1 when something changed, 2 when a template cannot be used.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = "List what changed between two templates (.form): sections, tables, rows, columns, indicators and rules.")
final class DiffCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Parameters(index = "0", paramLabel = "OLD", description = "the older template (.form)")
	Path older;

	@Parameters(index = "1", paramLabel = "NEW", description = "the newer template (.form)")
	Path newer;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = "--lang", paramLabel = "LANG", description = "zh or en (default: from the locale)")
	String lang;

	@Option(names = "--output", paramLabel = "F", description = "write to F instead of standard output (never over an input)")
	Path output;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Language language = Language.named(lang);
		if (language == null) {
			err.println("--lang: zh or en, not " + lang);
			return Formwork.UNUSABLE;
		}
		if (output != null && !new Outputs(err).input(older).input(newer).claim(output)) {
			return Formwork.UNUSABLE;
		}
		TemplateDiff.Result diff;
		try {
			diff = CompiledTemplate.diff(older, newer);
		} catch (CompiledTemplate.TemplateError e) {
			err.println(e.getMessage());
			return Formwork.UNUSABLE;
		}
		try {
			if (output == null) {
				Writer out = spec.commandLine().getOut();
				write(diff, language, out);
				out.flush();
			} else if (!diffOutputs(err).claim(output) || !new Outputs(err).writeText(output, out -> write(diff, language, out))) {
				return Formwork.UNUSABLE;
			}
		} catch (IOException e) {
			err.println((output == null ? "standard output" : output) + ": cannot be written: " + e.getMessage());
			return Formwork.UNUSABLE;
		}
		return diff.isEmpty() ? Formwork.OK : Formwork.FINDINGS;
	}

	private void write(TemplateDiff.Result diff, Language language, Writer out) throws IOException {
		if (format == Format.text) {
			out.write(diff.toText(language));
			return;
		}
		JsonGenerator json = new JsonFactory().createGenerator(out);
		json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
		json.writeStartObject();
		json.writeStringField("older", diff.older());
		json.writeStringField("newer", diff.newer());
		json.writeBooleanField("revisionChain", diff.related());
		json.writeArrayFieldStart("changes");
		for (TemplateDiff.Entry entry : diff.entries()) {
			for (TemplateDiff.Change change : entry.changes()) {
				json.writeStartObject();
				json.writeStringField("element", entry.element());
				if (entry.table() != null) {
					json.writeStringField("table", entry.table());
				}
				json.writeStringField("code", entry.code());
				if (entry.newCode() != null && !entry.newCode().equals(entry.code())) {
					json.writeStringField("newCode", entry.newCode());
				}
				json.writeStringField("change", change.change());
				side(json, "before", change.beforeZh(), change.beforeEn());
				side(json, "after", change.afterZh(), change.afterEn());
				json.writeEndObject();
			}
		}
		json.writeEndArray();
		json.writeEndObject();
		json.flush();
		out.write("\n");
	}

	private static void side(JsonGenerator json, String name, String zh, String en) throws IOException {
		if (zh == null && en == null) {
			return;
		}
		json.writeObjectFieldStart(name);
		json.writeStringField("zh", zh);
		json.writeStringField("en", en);
		json.writeEndObject();
	}

	/**
	 * The inputs of a diff: both templates and every .form file loaded beside them (the catalogs they import, the
	 * templates they revise).
	 */
	private Outputs diffOutputs(PrintWriter err) {
		Outputs outputs = new Outputs(err).input(older).input(newer);
		for (Path template : new Path[] { older, newer }) {
			Path folder = template.toAbsolutePath().getParent();
			if (folder != null) {
				try (Stream<Path> siblings = Files.list(folder)) {
					siblings.filter(p -> p.toString().endsWith(".form")).forEach(outputs::input);
				} catch (IOException | RuntimeException e) {
					// unreadable folders were reported by loading already
				}
			}
		}
		return outputs;
	}

	static boolean same(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}
}
