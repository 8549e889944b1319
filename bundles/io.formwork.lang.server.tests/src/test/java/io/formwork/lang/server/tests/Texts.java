package io.formwork.lang.server.tests;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Offsets and LSP positions (line and UTF-16 character, both from 0) in a text, and text edits applied to it. */
final class Texts {

	private Texts() {
	}

	static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The position of the first character of the first occurrence of a string after another one. */
	static Position find(String text, String after, String what) {
		int from = after == null ? 0 : text.indexOf(after);
		int at = text.indexOf(what, from);
		if (from < 0 || at < 0) {
			throw new IllegalArgumentException("not found: " + what);
		}
		return position(text, at);
	}

	static String slice(String text, Range range) {
		return text.substring(offset(text, range.getStart()), offset(text, range.getEnd()));
	}

	/** Applies edits as a client does: all against the original text, from the last to the first. */
	static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		List<? extends TextEdit> sorted = edits.stream()
				.sorted(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed())
				.toList();
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}
}
