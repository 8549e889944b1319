package io.formwork.lang.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.formwork.lang.ide.highlighting.FormworkHighlightingStyles;

/**
 * Semantic tokens with the classes of the editor's semantic highlighting ({@link FormworkHighlightingStyles}, the
 * one calculator both use), each class mapped to a standard LSP token type so that any client colours it: a
 * declared code is a {@code variable} with the {@code declaration} modifier, an indicator a {@code property}, a
 * row, column or member an {@code enumMember}, a table a {@code class}, a unit a {@code type}, a dimension an
 * {@code enum}, a template a {@code namespace}, a claim an {@code event}. Keywords, strings, numbers and comments
 * are lexical, left to the client's grammar.
 */
public class FormworkSemanticTokens extends SemanticTokensService {

	/** The token types of the legend, in order (a token's type is its index). */
	public static final List<String> TYPES = List.of(SemanticTokenTypes.Variable, SemanticTokenTypes.Property,
			SemanticTokenTypes.EnumMember, SemanticTokenTypes.Class, SemanticTokenTypes.Type, SemanticTokenTypes.Enum,
			SemanticTokenTypes.Namespace, SemanticTokenTypes.Event);

	/** The token modifiers of the legend (a bit each). */
	public static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration);

	/** Formwork's highlighting style → the index of its token type. */
	public static final Map<String, Integer> STYLES = Map.of(FormworkHighlightingStyles.DECLARATION, 0,
			FormworkHighlightingStyles.INDICATOR, 1, FormworkHighlightingStyles.COORDINATE, 2,
			FormworkHighlightingStyles.TABLE, 3, FormworkHighlightingStyles.UNIT, 4,
			FormworkHighlightingStyles.DIMENSION, 5, FormworkHighlightingStyles.TEMPLATE, 6,
			FormworkHighlightingStyles.CLAIM, 7);

	public FormworkSemanticTokens() {
	}

	@Override
	public List<String> getTokenTypes() {
		return TYPES;
	}

	@Override
	public List<String> getTokenModifiers() {
		return MODIFIERS;
	}

	private record Token(int offset, int length, int type) {
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
			CancelIndicator cancelIndicator) {
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
				.get(ISemanticHighlightingCalculator.class);
		List<Token> tokens = new ArrayList<>();
		if (calculator != null) {
			calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
				for (String style : styles) {
					Integer type = STYLES.get(style);
					if (type != null && length > 0) {
						tokens.add(new Token(offset, length, type));
						return;
					}
				}
			}, cancelIndicator);
		}
		tokens.sort(Comparator.comparingInt(Token::offset));
		List<Integer> data = new ArrayList<>(tokens.size() * 5);
		int line = 0;
		int character = 0;
		int last = -1;
		for (Token token : tokens) {
			if (token.offset() < last) {
				continue; // overlapping: LSP tokens may not overlap
			}
			Position start = document.getPosition(token.offset());
			Position end = document.getPosition(token.offset() + token.length());
			int length = start.getLine() == end.getLine() ? end.getCharacter() - start.getCharacter()
					: document.getLineContent(start.getLine()).length() - start.getCharacter();
			data.add(start.getLine() - line);
			data.add(start.getLine() == line ? start.getCharacter() - character : start.getCharacter());
			data.add(length);
			data.add(token.type());
			data.add(token.type() == 0 ? 1 : 0);
			line = start.getLine();
			character = start.getCharacter();
			last = token.offset() + token.length();
		}
		return new SemanticTokens(data);
	}
}
