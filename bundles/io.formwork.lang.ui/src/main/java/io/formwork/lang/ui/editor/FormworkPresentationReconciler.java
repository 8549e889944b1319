package io.formwork.lang.ui.editor;

import java.util.Set;
import java.util.TreeSet;

import com.google.inject.Injector;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import io.formwork.lang.ui.FormworkUi;

/**
 * Lexical highlighting of templates and filings: keywords (read from both grammars), numbers, strings and
 * comments. Semantic highlighting is laid over it by {@link SemanticHighlighter} once a reconcile has run.
 */
public class FormworkPresentationReconciler extends PresentationReconciler {

	public FormworkPresentationReconciler() {
		setDocumentPartitioning(FormworkPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(codeScanner());
		setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(single(HighlightingStyles.COMMENT_ID));
		setDamager(comment, FormworkPartitions.COMMENT);
		setRepairer(comment, FormworkPartitions.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(HighlightingStyles.STRING_ID));
		setDamager(string, FormworkPartitions.STRING);
		setRepairer(string, FormworkPartitions.STRING);
	}

	@Override
	public void install(ITextViewer viewer) {
		if (viewer.getDocument() != null) {
			FormworkPartitions.connect(viewer.getDocument());
		}
		viewer.addTextInputListener(new ITextInputListener() {
			@Override
			public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
				if (newInput != null) {
					FormworkPartitions.connect(newInput);
				}
			}

			@Override
			public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			}
		});
		super.install(viewer);
	}

	private static RuleBasedScanner single(String style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token(style));
		return scanner;
	}

	/** Keywords of both languages; other words (codes) stay plain until semantic highlighting colours them. */
	static Set<String> keywords() {
		TreeSet<String> keywords = new TreeSet<>();
		for (var injector : new Injector[] { FormworkUi.formworkInjector(), FormworkUi.filingInjector() }) {
			keywords.addAll(GrammarUtil.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar()));
		}
		return keywords;
	}

	private static RuleBasedScanner codeScanner() {
		RuleBasedScanner scanner = new RuleBasedScanner();
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_' || c == '^';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_';
			}
		}, Token.UNDEFINED);
		IToken keyword = token(HighlightingStyles.KEYWORD_ID);
		for (String word : keywords()) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				words.addWord(word, keyword);
			}
		}
		IToken number = token(HighlightingStyles.NUMBER_ID);
		scanner.setRules(new IRule[] { words, new DecimalRule(number) });
		return scanner;
	}

	private static IToken token(String style) {
		TextAttribute attribute = FormworkColors.attribute(style);
		return new Token(attribute);
	}

	/** 12, 12.5: digits with at most one decimal point. */
	private static final class DecimalRule extends NumberRule {
		DecimalRule(IToken token) {
			super(token);
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			IToken token = super.evaluate(scanner);
			if (token.isUndefined()) {
				return token;
			}
			int c = scanner.read();
			if (c == '.') {
				int next = scanner.read();
				if (Character.isDigit(next)) {
					do {
						next = scanner.read();
					} while (Character.isDigit(next));
				} else {
					scanner.unread();
				}
			}
			scanner.unread();
			return token;
		}
	}
}
