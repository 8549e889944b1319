package io.formwork.lang.server.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.formwork.lang.server.FormworkLanguageServer;

/** A server in this JVM spoken to in raw bytes: what a broken or hostile client sends, and every answer it gets. */
final class RawConnection implements AutoCloseable {

	private final PipedOutputStream toServer = new PipedOutputStream();
	private final BlockingQueue<JsonObject> answers = new LinkedBlockingQueue<>();
	private final Thread reader;

	RawConnection() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
		PipedOutputStream fromServer = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 20);
		FormworkLanguageServer.start(serverIn, fromServer);
		reader = new Thread(() -> read(clientIn), "raw-client");
		reader.setDaemon(true);
		reader.start();
	}

	static byte[] frame(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return concat(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	void send(byte[] bytes) throws IOException {
		toServer.write(bytes);
		toServer.flush();
	}

	void send(String raw) throws IOException {
		send(raw.getBytes(StandardCharsets.UTF_8));
	}

	void initialize() throws IOException, InterruptedException {
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}"));
		answer(0);
	}

	/** The answer to request {@code id}, waiting up to 30 seconds; null if none came. */
	JsonObject answer(int id) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < end) {
			JsonObject answer = answers.poll(100, TimeUnit.MILLISECONDS);
			if (answer != null && answer.has("id") && !answer.get("id").isJsonNull() && answer.get("id").getAsInt() == id) {
				return answer;
			}
		}
		return null;
	}

	/** Answers without an id seen so far (errors about frames that could not be read). */
	final java.util.List<JsonObject> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

	private void read(InputStream in) {
		try {
			while (true) {
				int length = -1;
				String line;
				while (!(line = line(in)).isEmpty()) {
					if (line.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(line.substring(15).strip());
					}
				}
				byte[] body = in.readNBytes(length);
				JsonObject message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
				if (message.has("id") && message.get("id").isJsonNull()) {
					errors.add(message);
				} else {
					answers.add(message);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the connection is closed
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("end");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		toServer.close();
	}

	OutputStream raw() {
		return toServer;
	}
}
