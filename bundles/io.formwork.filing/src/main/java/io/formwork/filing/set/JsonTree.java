package io.formwork.filing.set;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A small JSON document read into maps, lists, strings, exact numbers, booleans and nulls, each object and
 * value remembering the line and column it starts at: enough for the set manifest and the hierarchy file.
 */
final class JsonTree {

	/** A JSON value and where it starts (1-based line and column). */
	record Node(Object value, int line, int column) {

		@SuppressWarnings("unchecked")
		Map<String, Node> object() {
			return value instanceof Map<?, ?> map ? (Map<String, Node>) map : null;
		}

		@SuppressWarnings("unchecked")
		List<Node> array() {
			return value instanceof List<?> list ? (List<Node>) list : null;
		}

		String string() {
			return value instanceof String s ? s : null;
		}

		BigDecimal number() {
			return value instanceof BigDecimal n ? n : null;
		}

		Boolean bool() {
			return value instanceof Boolean b ? b : null;
		}
	}

	private JsonTree() {
	}

	/** Reads one JSON document; a syntax error is an IOException whose message says where. */
	static Node read(Reader reader) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(reader)) {
			parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new IOException("empty document");
			}
			Node node = value(parser);
			if (parser.nextToken() != null) {
				JsonLocation at = parser.currentTokenLocation();
				throw new IOException("content after the document at " + at.getLineNr() + ":" + at.getColumnNr());
			}
			return node;
		}
	}

	private static Node value(JsonParser parser) throws IOException {
		JsonLocation at = parser.currentTokenLocation();
		int line = at.getLineNr();
		int column = at.getColumnNr();
		JsonToken token = parser.currentToken();
		switch (token) {
		case START_OBJECT -> {
			Map<String, Node> map = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				map.put(name, value(parser));
			}
			return new Node(map, line, column);
		}
		case START_ARRAY -> {
			List<Node> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				list.add(value(parser));
			}
			return new Node(list, line, column);
		}
		case VALUE_STRING -> {
			return new Node(parser.getText(), line, column);
		}
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
			return new Node(new BigDecimal(parser.getText()), line, column);
		}
		case VALUE_TRUE, VALUE_FALSE -> {
			return new Node(token == JsonToken.VALUE_TRUE, line, column);
		}
		case VALUE_NULL -> {
			return new Node(null, line, column);
		}
		default -> throw new IOException("unexpected " + token + " at " + line + ":" + column);
		}
	}
}
