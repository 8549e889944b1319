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
 *
 * <p>Rendered apart: {@link #render} turns one filing's result into its part of the report (text, JSON or SARIF
 * already laid out, at the depth it takes in the document) on any thread, so that a run on several cores renders
 * each filing in the thread that validated it; {@link Stream#add(Part)} then only copies the parts in input order.
 * A part added is the same bytes as its result added.
 */
public interface ReportWriter {

	/** One filing's part of a report, rendered and not yet written; holds its result (its counts, its source). */
	interface Part {
		ValidationResult result();
	}

	/** A result not rendered ahead: the stream renders it when it is added. */
	record Unrendered(ValidationResult result) implements Part {
	}

	/**
	 * Renders one filing's part of this writer's report. Thread-safe and free of the report's state, so it can run on
	 * any thread ahead of {@link Stream#add(Part)}; the default renders nothing ahead.
	 */
	default Part render(ValidationResult result) throws IOException {
		return new Unrendered(result);
	}

	/** A report being written: one filing at a time, then the summary. */
	interface Stream {
		/** Writes one filing's part of the report (and flushes it). */
		void add(ValidationResult result) throws IOException;

		/**
		 * Writes a part {@linkplain ReportWriter#render rendered} by this stream's writer (the same bytes as adding
		 * its result); the default adds the result.
		 */
		default void add(Part part) throws IOException {
			add(part.result());
		}

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
