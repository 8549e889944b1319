package io.formwork.pdf;

import java.nio.file.Path;
import java.util.Set;

import io.formwork.forms.format.FilingFormat;
import io.formwork.forms.format.FormatContext;
import io.formwork.runtime.Filing;

/**
 * Reports published as PDF, as a filing format of the pipeline's registry: the extension {@code .pdf}, or
 * {@code %PDF-} in a file's first bytes; read by {@link PdfFilingReader}. Registered in
 * {@code META-INF/services/io.formwork.forms.format.FilingFormat}.
 */
public final class PdfFormat implements FilingFormat {

	@Override
	public String id() {
		return "pdf";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("pdf");
	}

	@Override
	public boolean sniff(Path file, byte[] head) {
		return PdfFilingReader.isPdf(head);
	}

	@Override
	public String templateOf(Path file) {
		return PdfFilingReader.templateOf(file);
	}

	@Override
	public Filing read(Path file, FormatContext context) {
		return new PdfFilingReader(context.template()).read(file);
	}

	@Override
	public String toString() {
		return "pdf";
	}
}
