package io.formwork.filing.fuzz;

import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.filing.JsonFilingReader;
import io.formwork.filing.TypedFilings;

/**
 * Any bytes read as a JSON filing give located problems, never an exception; and read straight into a typed
 * filing ({@link JsonFilingReader#readInto}), the same cells, values, locations and problems as read and bound
 * (whether the fast path takes them or not). The corpus
 * (src/test/resources/io/formwork/filing/fuzz/JsonFilingReaderFuzzTestInputs) starts from the example filings.
 */
class JsonFilingReaderFuzzTest {

	/** Created on the first run, after Jazzer's agent is attached, so that the reader's classes are instrumented. */
	private static ReaderFuzzing fuzzing;

	@FuzzTest(maxExecutions = 6000)
	void anyBytesReadAsJsonGiveLocatedProblemsNotExceptions(byte[] input) throws IOException {
		if (fuzzing == null) {
			fuzzing = new ReaderFuzzing("input.json");
		}
		fuzzing.read(new JsonFilingReader(), input);
		TypedFilings.assertReadIntoAsReadAndBound(input, "input.json", TypedFilings.layouts().get("all"));
	}
}
