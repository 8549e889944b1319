package io.formwork.filing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.formwork.runtime.ValidationResult;

/**
 * Writes the results of one validation run. Output is deterministic (same results, same bytes: input order,
 * {@code \n} line ends, no timestamps); the writer or stream is flushed, not closed.
 */
public interface ReportWriter {

	void write(List<ValidationResult> results, Writer out) throws IOException;

	/** Writes UTF-8. */
	default void write(List<ValidationResult> results, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		write(results, writer);
		writer.flush();
	}
}
