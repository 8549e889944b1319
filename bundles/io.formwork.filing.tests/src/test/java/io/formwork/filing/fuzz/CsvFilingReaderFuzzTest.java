package io.formwork.filing.fuzz;

import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.filing.CsvFilingReader;

/**
 * Any bytes read as a CSV filing give located problems, never an exception. The corpus
 * (src/test/resources/io/formwork/filing/fuzz/CsvFilingReaderFuzzTestInputs) starts from the example filings.
 */
class CsvFilingReaderFuzzTest {

	/** Created on the first run, after Jazzer's agent is attached, so that the reader's classes are instrumented. */
	private static ReaderFuzzing fuzzing;

	@FuzzTest(maxExecutions = 6000)
	void anyBytesReadAsCsvGiveLocatedProblemsNotExceptions(byte[] input) throws IOException {
		if (fuzzing == null) {
			fuzzing = new ReaderFuzzing("input.csv");
		}
		fuzzing.read(new CsvFilingReader(), input);
	}
}
