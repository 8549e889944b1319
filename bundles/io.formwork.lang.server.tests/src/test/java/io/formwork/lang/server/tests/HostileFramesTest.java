package io.formwork.lang.server.tests;

import static io.formwork.lang.server.tests.RawConnection.frame;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * D18 of issue 16: after a malformed frame the server answers with a JSON-RPC error and goes on (the next
 * request is answered, shutdown too); an unknown method is -32601. Each case is followed by a probe.
 */
class HostileFramesTest {

	static final String DEEP = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

	@ParameterizedTest
	@ValueSource(strings = { "invalid_json", "bad_length_text", "negative_length", "length_too_long", "length_2GB",
			"length_overflow", "no_header_end", "json_nesting_100k", "array_batch", "garbage_line" })
	void aBrokenFrameIsAnsweredAndTheNextRequestStillIs(String name) throws Exception {
		try (RawConnection server = new RawConnection()) {
			server.initialize();
			server.send(hostile(name));
			server.send(frame("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\",\"params\":null}"));
			JsonObject shutdown = server.answer(7);
			assertThat(shutdown).as(name + ": the server answers shutdown after it").isNotNull();
			assertThat(shutdown.has("error")).as(name).isFalse();
			if (!name.equals("length_too_long")) { // that one's body swallowed the start of the probe
				assertThat(server.errors).as(name + ": an error answered").isNotEmpty();
				int code = server.errors.get(0).getAsJsonObject("error").get("code").getAsInt();
				assertThat(code).as(name).isIn(-32700, -32600);
			}
		}
	}

	@Test
	void anUnknownMethodIsMethodNotFound() throws Exception {
		try (RawConnection server = new RawConnection()) {
			server.initialize();
			server.send(frame("{\"jsonrpc\":\"2.0\",\"id\":5000,\"method\":\"formwork/nope\",\"params\":{}}"));
			JsonObject answer = server.answer(5000);
			assertThat(answer).isNotNull();
			assertThat(answer.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(-32601);
		}
	}

	@Test
	void aHundredThousandDeepMessageIsAnInvalidRequestAtItsDepth() throws Exception {
		try (RawConnection server = new RawConnection()) {
			server.initialize();
			server.send(frame(DEEP));
			server.send(frame("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"shutdown\",\"params\":null}"));
			assertThat(server.answer(8)).isNotNull();
			assertThat(server.errors.get(0).getAsJsonObject("error").get("message").getAsString()).contains("nesting deeper than 64");
		}
	}

	static byte[] hostile(String name) {
		String init = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
		return switch (name) {
		case "invalid_json" -> frame("{not json");
		case "bad_length_text" -> ascii("Content-Length: abc\r\n\r\n{}");
		case "negative_length" -> ascii("Content-Length: -5\r\n\r\n{}");
		case "length_too_long" -> RawConnection.concat(ascii("Content-Length: 200\r\n\r\n"), init.getBytes(StandardCharsets.UTF_8));
		case "length_2GB" -> ascii("Content-Length: 2147483647\r\n\r\n{}");
		case "length_overflow" -> ascii("Content-Length: 99999999999999999999\r\n\r\n{}");
		case "no_header_end" -> ascii("Content-Length: 2\r\n{}");
		case "json_nesting_100k" -> frame(DEEP);
		case "array_batch" -> frame("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}]");
		case "garbage_line" -> ascii("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
		default -> throw new IllegalArgumentException(name);
		};
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
