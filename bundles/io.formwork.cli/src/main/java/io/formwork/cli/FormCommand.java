package io.formwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.formwork.forms.DocxForm;
import io.formwork.forms.XlsxForm;
import io.formwork.pipeline.CompiledTemplate;
import io.formwork.runtime.Filing;
import io.formwork.runtime.io.Inputs;

/**
 * formwork form --template T --out F.docx|F.xlsx [--fill FILING]: a blank form for a template (or one filled
 * with a filing's figures), as Word or Excel by the output's extension. Never written over an input.
 */
@Command(name = "form", mixinStandardHelpOptions = true,
		description = "Generate a form for a template: a Word (.docx) or Excel (.xlsx) file laid out as the official template, blank or filled from a filing.")
final class FormCommand implements Callable<Integer> {

	@Option(names = "--template", required = true, paramLabel = "T", description = "the template (.form); the catalogs beside it are loaded too")
	Path template;

	@Option(names = "--out", required = true, paramLabel = "F", description = "the form to write: F.docx or F.xlsx")
	Path out;

	@Option(names = "--fill", paramLabel = "FILING", description = "fill the form with this filing's figures (any format validate reads)")
	Path fill;

	@Option(names = "--force", description = "replace F when it exists (never an input)")
	boolean force;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (!new Outputs(err).input(template).input(fill).claim(out)) {
			return Formwork.UNUSABLE;
		}
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean docx = name.endsWith(".docx");
		if (!docx && !name.endsWith(".xlsx")) {
			err.println(out + ": the form is written as .docx or .xlsx, by the extension");
			return Formwork.UNUSABLE;
		}
		if (fill != null && Inputs.problem(fill, Long.MAX_VALUE) != null) {
			err.println(fill + ": " + Inputs.problem(fill, Long.MAX_VALUE));
			return Formwork.UNUSABLE;
		}
		if (!force && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
			err.println(out + "：已存在，不会覆盖（--force 可替换）| " + out + ": exists; not overwritten (--force replaces it)");
			return Formwork.UNUSABLE;
		}
		CompiledTemplate workspace = CompiledTemplate.loadOrReport(template, err);
		if (workspace == null) {
			return Formwork.UNUSABLE;
		}
		Filing filing = null;
		if (fill != null) {
			filing = workspace.read(fill);
			if (filing.problems().stream().anyMatch(ValidateCommand::isUnreadable)) {
				filing.problems().forEach(p -> err.println(p.location() + ": " + p.code() + " " + p.zh() + " " + p.en()));
				return Formwork.UNUSABLE;
			}
		}
		Outputs outputs = new Outputs(err).inputs(workspace).input(template).input(fill);
		if (!outputs.claim(out)) { // every template and catalog loaded is known now
			return Formwork.UNUSABLE;
		}
		Filing filled = filing;
		boolean written = outputs.write(out, stream -> {
			if (docx) {
				DocxForm.write(workspace.form, filled, stream);
			} else {
				XlsxForm.write(workspace.form, filled, stream);
			}
		}, force);
		return written ? Formwork.OK : Formwork.UNUSABLE;
	}
}
