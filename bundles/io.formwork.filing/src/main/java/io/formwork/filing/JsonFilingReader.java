package io.formwork.filing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * Reads a filing from JSON (FORMATS.md): {@code template}, {@code year}, {@code body} and an array of
 * {@code facts}, each {@code {"cell": …, "value": …, "unit": …}}. Streams: memory grows with the facts, not
 * with the text. A number keeps the text it was written with ({@code 12.50} has two decimals); a string is
 * read as reports print figures ({@link Numbers#parse(String)}). A fact is located at its value.
 */
public final class JsonFilingReader implements FilingReader {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	@Override
	public Filing read(Path file) {
		String source = file.toString();
		Filing filing = new Filing(source);
		PositionReader in = null;
		try {
			in = Input.open(file, false);
			try (JsonParser parser = JSON.createParser(in)) {
				new Session(filing, parser).document();
			}
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			filing.problem(Problem.error(ProblemCodes.UNREADABLE,
					at == null ? Location.unknown(source) : Location.of(source, at.getLineNr(), at.getColumnNr()),
					"JSON 语法错误：" + e.getOriginalMessage(), "JSON syntax error: " + e.getOriginalMessage()));
		} catch (IOException e) {
			filing.problem(Input.failure(source, e, in == null ? null : in.position(in.offset())));
		} catch (RuntimeException e) {
			filing.problem(Input.failure(source, e));
		} finally {
			Input.close(in);
		}
		return filing;
	}

	/** One pass over one document. */
	private static final class Session {

		private final Filing filing;
		private final JsonParser parser;

		Session(Filing filing, JsonParser parser) {
			this.filing = filing;
			this.parser = parser;
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
				Location keyAt = here();
				JsonToken token = parser.nextToken();
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
			return at(at.getLineNr(), at.getColumnNr());
		}

		private Location at(int line, int column) {
			return Location.of(filing.source(), line, column);
		}
	}
}
