package io.formwork.lang.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matching brackets of templates and filings: braces, cell references and calls. */
public class FormworkBracketMatcher extends DefaultCharacterPairMatcher {

	public FormworkBracketMatcher() {
		super(new char[] { '{', '}', '[', ']', '(', ')' });
	}
}
