package io.formwork.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading inputs safely: only regular files (a folder, a FIFO or a device named like a filing is refused, never
 * waited on), within a size limit, and text as strict UTF-8 (a byte sequence that is not UTF-8 is an error
 * naming its line and column, never replaced silently).
 */
public final class Inputs {

	/** The default limit of a text input (templates, catalogs, textual filings, JSON, CSV): 100 MB. */
	public static final long TEXT_LIMIT = 100L << 20;

	/** Why a file cannot be read, as a message; the file, line and column where known. */
	public static final class Unreadable extends IOException {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		public Unreadable(String message) {
			this(message, 0, 0);
		}

		public Unreadable(String message, int line, int column) {
			super(message);
			this.line = line;
			this.column = column;
		}

		/** 1-based, 0 when the problem is the whole file. */
		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	private Inputs() {
	}

	/** Null when {@code file} is a regular file of at most {@code limit} bytes, else why not (English). */
	public static String problem(Path file, long limit) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (IOException e) {
			return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "cannot be read: " + Why.of(e) : "no such file";
		}
		if (attributes.isDirectory()) {
			return "is a folder, not a file";
		}
		if (!attributes.isRegularFile()) {
			return "is not a regular file (a pipe, a device or a socket), refused rather than waited on";
		}
		if (attributes.size() > limit) {
			return "is larger than the limit of " + megabytes(limit) + " (" + attributes.size() + " bytes)";
		}
		return null;
	}

	/** Throws {@link Unreadable} unless {@code file} is a regular file within {@code limit}. */
	public static void check(Path file, long limit) throws Unreadable {
		String problem = problem(file, limit);
		if (problem != null) {
			throw new Unreadable(problem);
		}
	}

	/** The bytes of a regular file within {@code limit}; never blocks on a pipe, never reads past the limit. */
	public static byte[] readBytes(Path file, long limit) throws IOException {
		check(file, limit);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8) + 1);
			if (bytes.length > limit) {
				throw new Unreadable("is larger than the limit of " + megabytes(limit));
			}
			return bytes;
		}
	}

	/** A regular file within {@code limit}, decoded as strict UTF-8 (a leading byte order mark is dropped). */
	public static String readUtf8(Path file, long limit) throws IOException {
		return decodeUtf8(readBytes(file, limit));
	}

	/** Strict UTF-8: a malformed or truncated sequence is an {@link Unreadable} naming its line and column. */
	public static String decodeUtf8(byte[] bytes) throws Unreadable {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (MalformedInputException | UnmappableCharacterException e) {
			int offset = firstInvalid(bytes, start);
			int line = 1;
			int lineStart = start;
			for (int i = start; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			String column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
			int col = column.codePointCount(0, column.length()) + 1;
			return throwing(new Unreadable("不是 UTF-8 编码（第 " + line + " 行第 " + col + " 列，字节 0x"
					+ String.format("%02X", bytes[offset] & 0xFF) + "；可能是 GBK 等其他编码）| not UTF-8 (line " + line
					+ ", column " + col + ": byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
					+ "; saved in GBK or another encoding? Save it as UTF-8)", line, col));
		} catch (CharacterCodingException e) {
			return throwing(new Unreadable("not UTF-8: " + e.getMessage()));
		}
	}

	private static String throwing(Unreadable e) throws Unreadable {
		throw e;
	}

	/** The offset of the first byte that does not start a valid UTF-8 sequence. */
	static int firstInvalid(byte[] bytes, int from) {
		int i = from;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return Math.min(i, bytes.length - 1);
			}
			CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
			try {
				decoder.decode(ByteBuffer.wrap(bytes, i, length));
			} catch (CharacterCodingException e) {
				return i;
			}
			i += length;
		}
		return Math.max(0, bytes.length - 1);
	}

	static String megabytes(long bytes) {
		return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
	}
}
