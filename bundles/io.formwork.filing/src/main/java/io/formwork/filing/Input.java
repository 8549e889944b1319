package io.formwork.filing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.io.Inputs;

/** Opening a filing: strict UTF-8 (a byte order mark is skipped) and the problems reading can run into. */
final class Input {

	private Input() {
	}

	static PositionReader open(Path file, boolean retain) throws IOException {
		// a regular file within the limit of text filings (a folder or a pipe is refused, never waited on)
		if (Files.exists(file)) { // a missing one is NoSuchFileException, said below
			Inputs.check(file, Inputs.TEXT_LIMIT);
		}
		// the decoder reads 8 KB at a time: a larger buffer here only costs an allocation per file
		return open(new BufferedInputStream(Files.newInputStream(file), 1 << 13), retain);
	}

	/** As {@link #open(Path, boolean)}, from a stream that supports {@code mark}. */
	static PositionReader open(InputStream in, boolean retain) throws IOException {
		try {
			in.mark(3);
			byte[] bom = in.readNBytes(3);
			if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
				in.reset();
			}
		} catch (IOException e) {
			in.close();
			throw e;
		}
		return new PositionReader(new Utf8Reader(in), retain);
	}

	/**
	 * Strict UTF-8 that hands out every character before a malformed byte and fails on the next read, so that
	 * the failure is located exactly (InputStreamReader drops the characters decoded in the failing call).
	 */
	private static final class Utf8Reader extends Reader {

		private final InputStream in;
		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
		/** decoded and not yet handed out; room for a surrogate pair however little the caller asks for */
		private final CharBuffer chars = CharBuffer.allocate(1 << 13).flip();
		private boolean end;
		private boolean flushed;
		private CoderResult failure;

		Utf8Reader(InputStream in) {
			this.in = in;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (!chars.hasRemaining()) {
				if (failure != null) {
					failure.throwException();
				}
				if (flushed) {
					return -1;
				}
				decode();
			}
			int count = Math.min(length, chars.remaining());
			chars.get(buffer, offset, count);
			return count;
		}

		/** Decodes what is there (reading more bytes only when nothing could be decoded) into {@code chars}. */
		private void decode() throws IOException {
			chars.clear();
			while (true) {
				CoderResult result = decoder.decode(bytes, chars, end);
				if (result.isError()) {
					failure = result;
					break;
				}
				if (result.isOverflow()) {
					break;
				}
				if (end) {
					decoder.flush(chars);
					flushed = true;
					break;
				}
				if (chars.position() > 0) {
					break;
				}
				bytes.compact();
				int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (count < 0) {
					end = true;
				} else {
					bytes.position(bytes.position() + count);
				}
				bytes.flip();
			}
			chars.flip();
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}

	/** Closes what was opened, if anything; reading is over and nothing was written, so failing to close is no news. */
	static void close(Reader in) {
		if (in != null) {
			try {
				in.close();
			} catch (IOException ignored) {
				// see above
			}
		}
	}

	/** The problem for a failure of a parser on input it should have reported on (a bug here or there). */
	static Problem failure(String source, RuntimeException e) {
		return Problem.error(ProblemCodes.UNREADABLE, Location.unknown(source), "读取文件时出错：" + e,
				"Reading the file failed: " + e);
	}

	/**
	 * The problem for an I/O failure: the file cannot be opened (no location) or is not UTF-8 (located where
	 * decoding stopped, {@code at} may be null when nothing was read yet).
	 */
	static Problem failure(String source, IOException e, int[] at) {
		if (e instanceof CharacterCodingException) {
			Location where = at == null ? Location.of(source, 1, 1) : Location.of(source, at[0], at[1]);
			return Problem.error(ProblemCodes.UNREADABLE, where,
					"文件不是有效的 UTF-8 编码（也许是 GBK？），请另存为 UTF-8",
					"The file is not valid UTF-8 (GBK perhaps?); save it as UTF-8");
		}
		String zh;
		String en;
		if (e instanceof Inputs.Unreadable) {
			zh = "无法读取：" + e.getMessage();
			en = "Cannot be read: " + e.getMessage();
		} else if (e instanceof NoSuchFileException) {
			zh = "文件不存在";
			en = "No such file";
		} else if (e instanceof AccessDeniedException) {
			zh = "没有读取该文件的权限";
			en = "Permission to read the file is denied";
		} else {
			zh = "无法读取文件：" + e;
			en = "Cannot read the file: " + e;
		}
		return Problem.error(ProblemCodes.UNREADABLE, Location.unknown(source), zh, en);
	}
}
