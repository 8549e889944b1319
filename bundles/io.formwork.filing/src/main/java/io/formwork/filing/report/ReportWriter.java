package io.formwork.filing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.formwork.runtime.ValidationResult;

/**
 * Writes the results of one validation run. Output is deterministic (same results, same bytes: input order,
 * {@code \n} line ends, no timestamps); the writer or stream is flushed, not closed.
 *
 * <p>Streamed: {@link #open(Writer)} gives a {@link Stream} that writes each filing's part as soon as it is
 * {@linkplain Stream#add added} and the summary at {@link Stream#finish()}, keeping nothing per filing;
 * {@link #write(List, Writer)} is the same over a list.
 */
public interface ReportWriter {

	/** A report being written: one filing at a time, then the summary. */
	interface Stream {
		/** Writes one filing's part of the report (and flushes it). */
		void add(ValidationResult result) throws IOException;

		/** Writes the summary and the end of the document, and flushes. */
		void finish() throws IOException;
	}

	/** Starts a report on {@code out}. A writer that cannot stream keeps the results and writes them at the end. */
	default Stream open(Writer out) throws IOException {
		List<ValidationResult> kept = new ArrayList<>();
		return new Stream() {
			@Override
			public void add(ValidationResult result) {
				kept.add(result);
			}

			@Override
			public void finish() throws IOException {
				write(kept, out);
			}
		};
	}

	default void write(List<ValidationResult> results, Writer out) throws IOException {
		Stream stream = open(out);
		for (ValidationResult result : results) {
			stream.add(result);
		}
		stream.finish();
	}

	/** Writes UTF-8. */
	default void write(List<ValidationResult> results, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		write(results, writer);
		writer.flush();
	}
}
