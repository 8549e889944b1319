package io.formwork.lang.server.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonParser;

import io.formwork.lang.server.Frames;

/**
 * Any bytes from a client: the framing passes on only well-formed frames (a Content-Length header, then one JSON
 * object nested at most 64 deep), answers everything else with framed JSON-RPC errors, never throws, and comes
 * to the end of the input. The corpus (src/test/resources/io/formwork/lang/server/tests/fuzz/FramesFuzzTestInputs)
 * holds the broken frames of issue 16 (D18) and a valid initialize request.
 */
class FramesFuzzTest {

	@FuzzTest(maxExecutions = 20_000)
	void anyBytesGiveWellFormedFramesAndAnswers(byte[] input) throws IOException {
		ByteArrayOutputStream answers = new ByteArrayOutputStream();
		Frames frames = new Frames(new ByteArrayInputStream(input), new Frames.Output(answers));
		byte[] passed = frames.readAllBytes();
		for (String body : bodies(passed)) {
			assertThat(JsonParser.parseString(body).isJsonObject()).as(body).isTrue();
			assertThat(Frames.invalid(body)).as(body).isNull();
		}
		for (String answer : bodies(answers.toByteArray())) {
			assertThat(JsonParser.parseString(answer).getAsJsonObject().getAsJsonObject("error").get("code").getAsInt())
					.isIn(-32700, -32600);
		}
	}

	/** The bodies of a stream of frames as the framing writes them ("Content-Length: n\r\n\r\n" + n bytes). */
	static List<String> bodies(byte[] stream) {
		List<String> bodies = new ArrayList<>();
		int at = 0;
		while (at < stream.length) {
			int end = indexOf(stream, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
			assertThat(end).as("a header ends").isPositive();
			String header = new String(stream, at, end - at, StandardCharsets.US_ASCII);
			assertThat(header).startsWith("Content-Length: ");
			int length = Integer.parseInt(header.substring(16));
			bodies.add(new String(stream, end + 4, length, StandardCharsets.UTF_8));
			at = end + 4 + length;
		}
		return bodies;
	}

	private static int indexOf(byte[] bytes, byte[] what, int from) {
		outer: for (int i = from; i <= bytes.length - what.length; i++) {
			for (int k = 0; k < what.length; k++) {
				if (bytes[i + k] != what[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
