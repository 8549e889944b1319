package io.formwork.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.filing.report.JsonReportWriter;
import io.formwork.filing.report.ReportWriter;
import io.formwork.filing.report.SarifWriter;
import io.formwork.filing.report.TextReportWriter;
import io.formwork.pipeline.Pipeline;
import io.formwork.runtime.Language;

/**
 * The report of a run is the same bytes whichever number of threads validated it: the 1,000 generated filings of
 * the benchmark through the pipeline as the command line's {@code validate} streams them (each filing's part of the
 * report rendered in the thread that validated it, the parts copied in input order), on one thread and on two, in
 * text, JSON and SARIF; and the same as each result rendered by the report's own thread.
 */
class ReportThreadsAgreementTest {

	@TempDir
	static Path dir;
	static List<Path> files;

	@BeforeAll
	static void generate() throws IOException {
		files = new FilingGenerator(Benchmarks.SEED).write(Benchmarks.FILINGS, dir);
	}

	/** The report as the command line writes it: parts rendered by the workers, copied in order. */
	static String rendered(ReportWriter writer, int threads) throws Exception {
		Pipeline pipeline = FastPathAgreementTest.pipeline(true, false, threads);
		StringWriter out = new StringWriter();
		ReportWriter.Stream stream = writer.open(out);
		pipeline.validateAll(files, (Pipeline.Read) null, writer::render, stream::add);
		stream.finish();
		return out.toString();
	}

	/** The report with each result rendered as it is added, in the report's thread. */
	static String added(ReportWriter writer) throws Exception {
		Pipeline pipeline = FastPathAgreementTest.pipeline(true, false, 1);
		StringWriter out = new StringWriter();
		ReportWriter.Stream stream = writer.open(out);
		pipeline.validateAll(files, (Pipeline.Read) null, (Pipeline.Sink) stream::add);
		stream.finish();
		return out.toString();
	}

	static void sameOnOneAndTwoThreads(ReportWriter writer) throws Exception {
		String one = rendered(writer, 1);
		assertThat(rendered(writer, 2)).isEqualTo(one);
		assertThat(added(writer)).isEqualTo(one);
		// the comparison is not one of empty reports: every filing is in it
		assertThat(one).contains("filing-00000.json", "filing-00999.json");
	}

	@Test
	void theTextReportIsTheSameBytesOnOneAndTwoThreads() throws Exception {
		sameOnOneAndTwoThreads(new TextReportWriter(Language.EN));
		sameOnOneAndTwoThreads(new TextReportWriter(Language.ZH));
	}

	@Test
	void theJsonReportIsTheSameBytesOnOneAndTwoThreads() throws Exception {
		sameOnOneAndTwoThreads(new JsonReportWriter());
	}

	@Test
	void theSarifLogIsTheSameBytesOnOneAndTwoThreads() throws Exception {
		sameOnOneAndTwoThreads(new SarifWriter(Language.EN));
		sameOnOneAndTwoThreads(new SarifWriter(Language.ZH));
	}
}
