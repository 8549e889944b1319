package io.formwork.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.TypedFiling;
import io.formwork.runtime.io.Inputs;

/**
 * Reads a filing from JSON (FORMATS.md): {@code template}, {@code year}, {@code body} and an array of
 * {@code facts}, each {@code {"cell": …, "value": …, "unit": …}}. A file up to 1 MB is parsed from its bytes
 * (checked to be UTF-8 first); a larger one, or one that is not UTF-8, is streamed: memory grows with the facts,
 * not with the text, and a decoding error is located. A number keeps the text it was written with ({@code 12.50} has two decimals); a string is
 * read as reports print figures ({@link Numbers#parse(String)}). A fact is located at its value.
 */
public final class JsonFilingReader implements FilingReader {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	/** Files up to this size are read into memory and parsed from their bytes; larger ones are streamed. */
	static final long IN_MEMORY = 1 << 20;

	@Override
	public Filing read(Path file) {
		String source = file.toString();
		byte[] bytes = small(file);
		if (bytes != null) {
			Filing filing = parsed(bytes, source);
			if (filing != null) {
				return filing;
			}
		}
		PositionReader in = null;
		try {
			in = Input.open(file, false);
			return streamed(in, source);
		} catch (IOException e) {
			// the file could not be opened
			Filing filing = new Filing(source);
			filing.problem(Input.failure(source, e, null));
			return filing;
		} catch (RuntimeException e) {
			Filing filing = new Filing(source);
			filing.problem(Input.failure(source, e));
			return filing;
		}
	}

	/** A filing from its bytes, as {@link #read(Path)} reads a file holding them ({@code source} names it). */
	public Filing read(byte[] json, String source) {
		if (json.length <= IN_MEMORY) {
			Filing filing = parsed(json, source);
			if (filing != null) {
				return filing;
			}
		}
		try {
			return streamed(Input.open(new ByteArrayInputStream(json), false), source);
		} catch (IOException e) {
			Filing filing = new Filing(source);
			filing.problem(Input.failure(source, e, null));
			return filing;
		}
	}

	/**
	 * Reads a filing straight into a typed filing of any template (a class generated from it, or one over the
	 * engine's layout), emptied first: the same cells, values, locations, metadata and {@linkplain
	 * TypedFiling#bindingProblems() binding problems} as {@link #read(Path)} followed by binding the filing
	 * ({@code fromFiling}). A file in the plain shape (io.formwork.filing's FORMATS.md, as tools write it) is read
	 * without a {@code Fact}, string or {@code BigDecimal} per figure; anything else — an escape, a cell the
	 * template lacks or written otherwise, a unit to convert, a figure as a string, a syntax error, a file over
	 * 1 MB — is read by {@link #read(Path)} and bound, so every problem is reported as always.
	 *
	 * @return the problems reading found (those of {@link Filing#problems()}), empty when there are none
	 */
	public List<Problem> readInto(Path file, TypedFiling into) {
		byte[] bytes = small(file);
		if (bytes == null) {
			return bound(read(file), into);
		}
		return readInto(bytes, file.toString(), into);
	}

	/** As {@link #readInto(Path, TypedFiling)} for the bytes of a file that {@code source} names. */
	public List<Problem> readInto(byte[] json, String source, TypedFiling into) {
		if (json.length <= IN_MEMORY && TypedJson.read(json, source, into)) {
			return List.of();
		}
		return bound(read(json, source), into);
	}

	/**
	 * True when {@link #readInto} reads these bytes the fast way into a filing of {@code scratch}'s template
	 * (which this empties and fills): for tests and benchmarks.
	 */
	public static boolean readsFast(byte[] json, TypedFiling scratch) {
		return json.length <= IN_MEMORY && TypedJson.read(json, "plain", scratch);
	}

	private static List<Problem> bound(Filing filing, TypedFiling into) {
		FigureSlots.bind(into, filing);
		return filing.problems();
	}

	/** A filing parsed from its bytes, or null when they are to be streamed (not UTF-8; zero bytes at the start). */
	private static Filing parsed(byte[] json, String source) {
		byte[] bytes = json;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		int utf8 = Utf8.check(bytes);
		if (utf8 == Utf8.INVALID || zeroAtStart(bytes)) {
			// the streaming path reads it and says where decoding stops
			return null;
		}
		Filing filing = new Filing(source);
		Columns columns = utf8 == Utf8.ASCII ? Columns.SAME : new Columns(bytes);
		JsonParser parser = null;
		try {
			parser = JSON.createParser(bytes);
			new Session(filing, parser, columns).document();
		} catch (JsonProcessingException e) {
			syntaxError(filing, e, columns, parser);
		} catch (IOException e) {
			filing.problem(Input.failure(source, e, null));
		} catch (RuntimeException e) {
			filing.problem(Input.failure(source, e));
		} finally {
			close(parser);
		}
		return filing;
	}

	/** A filing streamed from a reader (strict UTF-8, a byte order mark skipped), which is closed. */
	private static Filing streamed(PositionReader in, String source) {
		Filing filing = new Filing(source);
		JsonParser parser = null;
		try {
			parser = JSON.createParser(in);
			new Session(filing, parser, Columns.SAME).document();
		} catch (JsonProcessingException e) {
			syntaxError(filing, e, Columns.SAME, parser);
		} catch (IOException e) {
			filing.problem(Input.failure(source, e, in.position(in.offset())));
		} catch (RuntimeException e) {
			filing.problem(Input.failure(source, e));
		} finally {
			close(parser);
			Input.close(in);
		}
		return filing;
	}

	/**
	 * A zero byte among the first four, which Jackson would take for UTF-16 or UTF-32 when given bytes: such a
	 * file goes the streaming path, which reads UTF-8 only.
	 */
	private static boolean zeroAtStart(byte[] bytes) {
		for (int i = 0; i < Math.min(4, bytes.length); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	/** The bytes of a file no larger than {@link #IN_MEMORY}; null for a larger one or one that cannot be read. */
	private static byte[] small(Path file) {
		if (Inputs.problem(file, Inputs.TEXT_LIMIT) != null) {
			return null; // a pipe is never opened here; the streaming path reports it
		}
		// one open file for the size and the bytes (Files.size and Files.readAllBytes each look the path up)
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long size = channel.size();
			if (size > IN_MEMORY) {
				return null;
			}
			byte[] bytes = new byte[(int) size];
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
				// reads until full or at the end
			}
			if (buffer.hasRemaining()) {
				return Arrays.copyOf(bytes, buffer.position()); // the file shrank meanwhile
			}
			// the file grew meanwhile: streamed as a large one
			return channel.read(ByteBuffer.allocate(1)) > 0 ? null : bytes;
		} catch (IOException | RuntimeException e) {
			return null; // the streaming path reports it
		}
	}

	private static void close(JsonParser parser) {
		if (parser != null) {
			try {
				parser.close();
			} catch (IOException ignored) {
				// reading is over
			}
		}
	}

	/**
	 * A syntax error, or a limit passed (a number, a string or a nesting over Jackson's limits: no location of
	 * its own), located where the parser stands.
	 */
	private static void syntaxError(Filing filing, JsonProcessingException e, Columns columns, JsonParser parser) {
		String source = filing.source();
		JsonLocation at = e.getLocation();
		if ((at == null || at.getLineNr() <= 0) && parser != null) {
			at = parser.currentLocation();
		}
		filing.problem(Problem.error(ProblemCodes.UNREADABLE,
				at == null ? Location.unknown(source) : Location.of(source, at.getLineNr(), columns.of(at)),
				"JSON 语法错误：" + e.getOriginalMessage(), "JSON syntax error: " + e.getOriginalMessage()));
	}

	/** Strict UTF-8 (as the streaming path decodes it): overlong forms, surrogates and bytes past U+10FFFF are not. */
	static final class Utf8 {
		static final int INVALID = -1;
		static final int VALID = 0;
		static final int ASCII = 1;

		private Utf8() {
		}

		static int check(byte[] b) {
			boolean ascii = true;
			int n = b.length;
			int i = 0;
			while (i < n) {
				int c = b[i];
				if (c >= 0) {
					i++;
					continue;
				}
				ascii = false;
				c &= 0xFF;
				if (c < 0xC2) {
					return INVALID;
				}
				if (c < 0xE0) {
					if (i + 1 >= n || !continuation(b[i + 1])) {
						return INVALID;
					}
					i += 2;
				} else if (c < 0xF0) {
					if (i + 2 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
						return INVALID;
					}
					int c1 = b[i + 1] & 0xFF;
					if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0) {
						return INVALID;
					}
					i += 3;
				} else if (c < 0xF5) {
					if (i + 3 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
						return INVALID;
					}
					int c1 = b[i + 1] & 0xFF;
					if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90) {
						return INVALID;
					}
					i += 4;
				} else {
					return INVALID;
				}
			}
			return ascii ? ASCII : VALID;
		}

		private static boolean continuation(byte b) {
			return (b & 0xC0) == 0x80;
		}
	}

	/**
	 * Columns in UTF-16 units, as the rest of Formwork counts them, from the parser's locations: the same for text
	 * read as characters or bytes that are all ASCII; for other UTF-8 bytes (where the parser counts bytes) the byte
	 * column less what the multi-byte characters before it on its line take beyond their UTF-16 units, from a table
	 * of those characters made once per file (a line without one costs a binary search, a long line is never
	 * counted again).
	 */
	static class Columns {
		static final Columns SAME = new Columns(null);

		/** offsets of the lead bytes of the multi-byte characters, in order */
		private final int[] leads;
		/** {@code surplus[i]}: bytes beyond UTF-16 units of the characters before {@code leads[i]} */
		private final int[] surplus;
		private final int length;

		Columns(byte[] bytes) {
			if (bytes == null) {
				leads = surplus = new int[0];
				length = -1;
				return;
			}
			int count = 0;
			for (byte b : bytes) {
				if ((b & 0xC0) == 0xC0) {
					count++;
				}
			}
			leads = new int[count];
			surplus = new int[count + 1];
			int k = 0;
			for (int i = 0; i < bytes.length; i++) {
				int b = bytes[i] & 0xFF;
				if ((b & 0xC0) == 0xC0) {
					// 2 bytes: 1 unit; 3 bytes: 1 unit; 4 bytes: 2 units (a surrogate pair)
					int extra = b >= 0xF0 ? 2 : b >= 0xE0 ? 2 : 1;
					leads[k] = i;
					surplus[k + 1] = surplus[k] + extra;
					k++;
				}
			}
			length = bytes.length;
		}

		int of(JsonLocation at) {
			int column = at.getColumnNr();
			long offset = at.getByteOffset();
			if (length < 0 || column <= 0 || offset < 0 || offset > length || column - 1 > offset) {
				return column;
			}
			int end = (int) offset;
			int start = end - (column - 1);
			return column - (before(end) - before(start));
		}

		/** The surplus of the multi-byte characters that start before an offset. */
		private int before(int offset) {
			int i = Arrays.binarySearch(leads, offset);
			return surplus[i >= 0 ? i : -i - 1];
		}
	}

	/** One pass over one document. */
	private static final class Session {

		private final Filing filing;
		private final JsonParser parser;
		private final Columns columns;

		Session(Filing filing, JsonParser parser, Columns columns) {
			this.filing = filing;
			this.parser = parser;
			this.columns = columns;
		}

		void document() throws IOException {
			JsonToken token = parser.nextToken();
			if (token != JsonToken.START_OBJECT) {
				filing.problem(Problem.error(ProblemCodes.UNREADABLE, token == null ? at(1, 1) : here(),
						"这不是填报：填报是一个 JSON 对象 {\"template\": …, \"facts\": […]}",
						"Not a filing: a filing is a JSON object {\"template\": …, \"facts\": […]}"));
				return;
			}
			Location start = here();
			Set<String> keys = new HashSet<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				Location keyAt = here();
				token = parser.nextToken();
				if (!keys.add(key)) {
					duplicate(ProblemCodes.BAD_METADATA, key, keyAt);
					continue;
				}
				switch (key) {
				case "template" -> filing.template(text(key));
				case "body" -> filing.body(text(key));
				case "year" -> filing.year(year());
				case "facts" -> facts();
				default -> unknown(key, keyAt, "template、year、body、facts", "template, year, body, facts");
				}
			}
			if (!keys.contains("facts")) {
				filing.problem(Problem.error(ProblemCodes.NO_FACTS, start, "填报中没有 \"facts\": […] 数组",
						"The filing has no \"facts\": […] array"));
			}
			if (parser.nextToken() != null) {
				filing.problem(Problem.error(ProblemCodes.UNREADABLE, here(), "填报对象结束后还有内容",
						"There is more after the end of the filing's object"));
			}
		}

		/** A metadata string; null when absent, null, or of the wrong kind (reported). */
		private String text(String key) throws IOException {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NULL) {
				return null;
			}
			if (token == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
				return parser.getText().strip();
			}
			badMetadata("\"" + key + "\" 应为非空字符串", "\"" + key + "\" must be a non-empty string");
			return null;
		}

		private Integer year() throws IOException {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NULL) {
				return null;
			}
			if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
					&& parser.getIntValue() >= 1000 && parser.getIntValue() <= 9999) {
				return parser.getIntValue();
			}
			badMetadata("\"year\" 应为四位数的年份，如 2021", "\"year\" must be a four-digit year such as 2021");
			return null;
		}

		private void badMetadata(String zh, String en) throws IOException {
			filing.problem(Problem.error(ProblemCodes.BAD_METADATA, here(), zh, en));
			parser.skipChildren();
		}

		private void facts() throws IOException {
			if (parser.currentToken() != JsonToken.START_ARRAY) {
				filing.problem(Problem.error(ProblemCodes.NO_FACTS, here(), "\"facts\" 应为数组 […]",
						"\"facts\" must be an array […]"));
				parser.skipChildren();
				return;
			}
			JsonToken token;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				if (token == JsonToken.START_OBJECT) {
					fact();
				} else {
					filing.problem(Problem.error(ProblemCodes.BAD_FACT, here(),
							"数据项应为对象 {\"cell\": …, \"value\": …}", "A fact is an object {\"cell\": …, \"value\": …}"));
					parser.skipChildren();
				}
			}
		}

		private void fact() throws IOException {
			Location start = here();
			// the keys seen: cell, value and unit as bits, any other in a set made when one comes (no set per fact)
			int seen = 0;
			Set<String> others = null;
			String cell = null;
			Location cellAt = null;
			String value = null;
			boolean exact = false;
			Location valueAt = null;
			String unit = null;
			boolean bad = false;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				int bit = switch (key) {
				case "cell" -> 1;
				case "value" -> 2;
				case "unit" -> 4;
				default -> 0;
				};
				boolean again;
				if (bit != 0) {
					again = (seen & bit) != 0;
					seen |= bit;
				} else {
					if (others == null) {
						others = new HashSet<>();
					}
					again = !others.add(key);
				}
				// the key's place only when a problem will name it (a location per key and fact costs)
				Location keyAt = again || bit == 0 ? here() : null;
				JsonToken token = parser.nextToken();
				if (again) {
					duplicate(ProblemCodes.BAD_FACT, key, keyAt);
					continue;
				}
				switch (key) {
				case "cell" -> {
					cellAt = here();
					if (token == JsonToken.VALUE_STRING) {
						cell = parser.getText();
					} else {
						bad = badFact("\"cell\" 应为字符串，如 \"t3[received, natural]\"",
								"\"cell\" must be a string such as \"t3[received, natural]\"");
					}
				}
				case "value" -> {
					valueAt = here();
					if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
						value = parser.getText();
						exact = true;
					} else if (token == JsonToken.VALUE_STRING) {
						value = parser.getText();
					} else if (token != JsonToken.VALUE_NULL) {
						bad = badFact("\"value\" 应为数字、字符串或 null", "\"value\" must be a number, a string or null");
					}
				}
				case "unit" -> {
					if (token == JsonToken.VALUE_STRING) {
						unit = parser.getText();
					} else if (token != JsonToken.VALUE_NULL) {
						bad = badFact("\"unit\" 应为字符串，如 \"万元\"", "\"unit\" must be a string such as \"万元\"");
					}
				}
				default -> unknown(key, keyAt, "cell、value、unit", "cell, value, unit");
				}
			}
			if ((seen & 3) != 3) {
				String missing = (seen & 1) == 0 ? "cell" : "value";
				filing.problem(Problem.error(ProblemCodes.BAD_FACT, start, "数据项缺少 \"" + missing + "\"",
						"The fact has no \"" + missing + "\""));
				bad = true;
			}
			if (!bad) {
				Facts.add(filing, cell, cellAt, value, exact, valueAt, unit);
			}
		}

		private boolean badFact(String zh, String en) throws IOException {
			filing.problem(Problem.error(ProblemCodes.BAD_FACT, here(), zh, en));
			parser.skipChildren();
			return true;
		}

		private void duplicate(String code, String key, Location keyAt) throws IOException {
			filing.problem(Problem.error(code, keyAt, "键 \"" + key + "\" 重复，以首次为准",
					"The key \"" + key + "\" is given twice; the first is kept"));
			parser.skipChildren();
		}

		private void unknown(String key, Location keyAt, String knownZh, String knownEn) throws IOException {
			filing.problem(Problem.warning(ProblemCodes.UNKNOWN_KEY, keyAt,
					"未知的键 \"" + key + "\"，已忽略（可用的键：" + knownZh + "）",
					"Unknown key \"" + key + "\" is ignored (the keys are " + knownEn + ")"));
			parser.skipChildren();
		}

		private Location here() {
			JsonLocation at = parser.currentTokenLocation();
			return at(at.getLineNr(), columns.of(at));
		}

		private Location at(int line, int column) {
			return Location.of(filing.source(), line, column);
		}
	}
}
