package io.formwork.lang.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The client's side of the connection, read frame by frame before LSP4J sees it, so that no input wedges the
 * server. A frame is headers ({@code Name: value} lines, a {@code Content-Length} of decimal digits, at most
 * {@value #MAX_CONTENT} bytes) ended by an empty line, then that many bytes of JSON nested at most
 * {@value #MAX_DEPTH} deep. A frame that is not that gets a JSON-RPC error ({@code -32700} parse error,
 * {@code -32600} invalid request) on the output, and reading resynchronises at the next {@code Content-Length}
 * header (also inside a body that swallowed the next frame). Only well-formed frames are passed on, re-framed.
 */
public final class Frames extends InputStream {

	public static final int MAX_CONTENT = 64 << 20;
	public static final int MAX_DEPTH = 64;
	static final int MAX_HEADER_LINE = 8192;
	private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;
	private final Output out;
	/** Bytes read ahead and given back (a resynchronisation inside a body). */
	private byte[] back = new byte[0];
	private int backAt;
	/** The current well-formed frame, re-framed, being handed out. */
	private byte[] frame = new byte[0];
	private int frameAt;
	private boolean end;

	public Frames(InputStream in, Output out) {
		this.in = new BufferedInputStream(in, 1 << 16);
		this.out = out;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (frameAt >= frame.length) {
			if (end || !next()) {
				end = true;
				return -1;
			}
		}
		int n = Math.min(length, frame.length - frameAt);
		System.arraycopy(frame, frameAt, buffer, offset, n);
		frameAt += n;
		return n;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Reads raw input up to the next well-formed frame; false at the end of the input. */
	private boolean next() throws IOException {
		while (true) {
			long length = -1;
			String problem = null;
			while (true) {
				String line = line();
				if (line == null) {
					return false;
				}
				if (line.isEmpty()) {
					if (length < 0 && problem == null) {
						continue; // blank lines between frames
					}
					break;
				}
				int colon = line.indexOf(':');
				String name = colon <= 0 ? "" : line.substring(0, colon).strip();
				if (!name.matches("[A-Za-z0-9-]+")) {
					int at = line.toLowerCase(Locale.ROOT).indexOf("content-length:");
					problem = "not a header line: '" + shorten(line) + "'";
					if (at > 0) {
						giveBack((line.substring(at) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					}
					break;
				}
				if (name.equalsIgnoreCase("Content-Length")) {
					String value = line.substring(colon + 1).strip();
					if (!value.matches("\\d{1,10}") || Long.parseLong(value) > MAX_CONTENT) {
						problem = value.matches("\\d+") ? "Content-Length " + shorten(value) + " is over the limit of " + MAX_CONTENT + " bytes"
								: "Content-Length is not a number: '" + shorten(value) + "'";
					} else if (length >= 0) {
						problem = "Content-Length is given twice";
					} else {
						length = Long.parseLong(value);
					}
				}
			}
			if (problem == null && length < 0) {
				problem = "a header without Content-Length";
			}
			if (problem != null) {
				out.error(-32700, "Parse error: " + problem + "; skipped to the next Content-Length header");
				if (!resynchronise()) {
					return false;
				}
				continue;
			}
			byte[] body = bytes((int) length);
			if (body == null) {
				return false;
			}
			if (shortBody) {
				out.error(-32600, "Invalid request: Content-Length " + length + " is longer than the message ("
						+ body.length + " bytes); the message is skipped and the next frame read");
				continue;
			}
			String text = new String(body, StandardCharsets.UTF_8);
			String invalid = invalid(text);
			if (invalid != null) {
				boolean deep = invalid.startsWith("nesting") || invalid.startsWith("not a JSON object");
				out.error(deep ? -32600 : -32700, (deep ? "Invalid request: " : "Parse error: ") + invalid);
				int at = indexOfContentLength(body, 1);
				if (at > 0) { // the length was too long and swallowed the next frame: read it again
					byte[] rest = new byte[body.length - at];
					System.arraycopy(body, at, rest, 0, rest.length);
					giveBack(rest);
				}
				continue;
			}
			byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			frame = new byte[header.length + body.length];
			System.arraycopy(header, 0, frame, 0, header.length);
			System.arraycopy(body, 0, frame, header.length, body.length);
			frameAt = 0;
			return true;
		}
	}

	/** Why the body is not one JSON value nested at most MAX_DEPTH deep, or null. */
	public static String invalid(String text) {
		int depth = 0;
		boolean string = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (string) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					string = false;
				}
			} else if (c == '"') {
				string = true;
			} else if (c == '{' || c == '[') {
				if (++depth > MAX_DEPTH) {
					return "nesting deeper than " + MAX_DEPTH + " levels";
				}
			} else if (c == '}' || c == ']') {
				depth--;
			}
		}
		try {
			JsonReader reader = new JsonReader(new StringReader(text));
			reader.setLenient(false);
			JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				return "more than one JSON value";
			}
			if (!element.isJsonObject()) {
				return "not a JSON object";
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return "not JSON (" + shorten(String.valueOf(e.getMessage())) + ")";
		}
	}

	private static final Gson GSON = new Gson();

	/** Skips raw input to the next "Content-Length:" (kept for the next frame); false at the end of the input. */
	private boolean resynchronise() throws IOException {
		int matched = 0;
		while (true) {
			int b = raw();
			if (b < 0) {
				return false;
			}
			int lower = b >= 'A' && b <= 'Z' ? b + 32 : b;
			if (lower == CONTENT_LENGTH[matched]) {
				if (++matched == CONTENT_LENGTH.length) {
					giveBack(CONTENT_LENGTH);
					return true;
				}
			} else {
				matched = lower == CONTENT_LENGTH[0] ? 1 : 0;
			}
		}
	}

	private static int indexOfContentLength(byte[] body, int from) {
		outer: for (int i = from; i <= body.length - CONTENT_LENGTH.length; i++) {
			for (int k = 0; k < CONTENT_LENGTH.length; k++) {
				int b = body[i + k];
				if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != CONTENT_LENGTH[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** One header line without its end (CRLF or LF); null at the end of the input. A very long line is cut. */
	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int b = raw();
			if (b < 0) {
				return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
			}
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			if (line.size() < MAX_HEADER_LINE) {
				line.write(b);
			}
		}
	}

	/**
	 * The body: n bytes, or null at the end of the input. When a JSON object ends before n bytes and the next
	 * bytes (after white space) are a Content-Length header, the length was too long: the object alone is the
	 * body ({@link #shortBody} says so) and the header is read again as the next frame's. (A raw line break
	 * followed by a header cannot be inside a JSON text, so nothing valid is cut.)
	 */
	private byte[] bytes(int n) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(n, 1 << 16));
		int depth = 0;
		boolean string = false;
		boolean escaped = false;
		boolean started = false;
		shortBody = false;
		while (body.size() < n) {
			int b = raw();
			if (b < 0) {
				return null;
			}
			body.write(b);
			if (string) {
				if (escaped) {
					escaped = false;
				} else if (b == '\\') {
					escaped = true;
				} else if (b == '"') {
					string = false;
				}
			} else if (b == '"') {
				string = true;
			} else if (b == '{' || b == '[') {
				depth++;
				started = true;
			} else if (b == '}' || b == ']') {
				depth--;
				if (depth == 0 && started && body.size() < n && headerFollows(n - body.size())) {
					shortBody = true;
					return body.toByteArray();
				}
			}
		}
		return body.toByteArray();
	}

	/** Set by {@link #bytes}: the frame's length was longer than its message. */
	private boolean shortBody;

	/** Whether white space then "Content-Length:" follow (within {@code room} bytes); what was read is given back. */
	private boolean headerFollows(int room) throws IOException {
		ByteArrayOutputStream ahead = new ByteArrayOutputStream();
		int matched = 0;
		boolean follows = false;
		while (ahead.size() < room) {
			int b = raw();
			if (b < 0) {
				break;
			}
			ahead.write(b);
			if (matched == 0 && (b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
				continue;
			}
			int lower = b >= 'A' && b <= 'Z' ? b + 32 : b;
			if (lower != CONTENT_LENGTH[matched]) {
				break;
			}
			if (++matched == CONTENT_LENGTH.length) {
				follows = true;
				break;
			}
		}
		byte[] bytes = ahead.toByteArray();
		if (follows) {
			int start = bytes.length - CONTENT_LENGTH.length;
			giveBack(Arrays.copyOfRange(bytes, start, bytes.length));
		} else {
			giveBack(bytes);
		}
		return follows;
	}

	private int raw() throws IOException {
		if (backAt < back.length) {
			return back[backAt++] & 0xFF;
		}
		return in.read();
	}

	private void giveBack(byte[] bytes) {
		byte[] rest = new byte[back.length - backAt + bytes.length];
		System.arraycopy(bytes, 0, rest, 0, bytes.length);
		System.arraycopy(back, backAt, rest, bytes.length, back.length - backAt);
		back = rest;
		backAt = 0;
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	/**
	 * The server's side: whole frames, one at a time, whoever writes them (LSP4J writes a header and a body in two
	 * calls and flushes; the framing's own error answers must never fall between them).
	 */
	public static final class Output extends OutputStream {
		private final OutputStream out;
		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
		private final Object lock = new Object();

		public Output(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) {
			synchronized (lock) {
				pending.write(b);
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			synchronized (lock) {
				pending.write(b, off, len);
			}
		}

		@Override
		public void flush() throws IOException {
			synchronized (lock) {
				pending.writeTo(out);
				pending.reset();
				out.flush();
			}
		}

		@Override
		public void close() throws IOException {
			flush();
			out.close();
		}

		/** A JSON-RPC error answer without an id (the frame it answers could not be read). */
		public void error(int code, String message) throws IOException {
			answer("null", code, message);
		}

		/** A JSON-RPC error answer to the request of the given id (its JSON text). */
		public void answer(String idJson, int code, String message) throws IOException {
			String body = "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"error\":{\"code\":" + code + ",\"message\":"
					+ GSON.toJson(message) + "}}";
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			synchronized (lock) {
				// what LSP4J has written and not flushed stays pending: its frame goes out whole at its flush
				out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(bytes);
				out.flush();
			}
		}
	}
}
