package io.formwork.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.formwork.pipeline.CompiledTemplate;
import io.formwork.forms.DocxForm;
import io.formwork.forms.XlsxForm;
import io.formwork.runtime.Filing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Path target = out.toAbsolutePath().normalize();
		if (target.equals(template.toAbsolutePath().normalize())
				|| fill != null && target.equals(fill.toAbsolutePath().normalize())) {
			err.println(out + ": is an input; refusing to overwrite it");
			return Formwork.UNUSABLE;
		}
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean docx = name.endsWith(".docx");
		if (!docx && !name.endsWith(".xlsx")) {
			err.println(out + ": the form is written as .docx or .xlsx, by the extension");
			return Formwork.UNUSABLE;
		}
		if (fill != null && !Files.isRegularFile(fill)) {
			err.println(fill + ": no such file");
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
		try (OutputStream stream = Files.newOutputStream(out)) {
			if (docx) {
				DocxForm.write(workspace.form, filing, stream);
			} else {
				XlsxForm.write(workspace.form, filing, stream);
			}
		} catch (IOException e) {
			err.println(out + ": cannot be written: " + e.getMessage());
			return Formwork.UNUSABLE;
		}
		return Formwork.OK;
	}
}
