package io.formwork.lang.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import io.formwork.lang.ide.highlighting.FormworkHighlightingStyles;

/**
 * The text attributes of the lexical and semantic styles, on the light theme of the workbench.
 */
public final class FormworkColors {

	private static final Map<String, TextAttribute> ATTRIBUTES = new HashMap<>();

	private FormworkColors() {
	}

	public static synchronized TextAttribute attribute(String style) {
		return ATTRIBUTES.computeIfAbsent(style, FormworkColors::create);
	}

	private static TextAttribute create(String style) {
		return switch (style) {
		case HighlightingStyles.KEYWORD_ID -> new TextAttribute(color(127, 0, 85), null, SWT.BOLD);
		case HighlightingStyles.COMMENT_ID -> new TextAttribute(color(63, 127, 95));
		case HighlightingStyles.STRING_ID -> new TextAttribute(color(42, 0, 255));
		case HighlightingStyles.NUMBER_ID -> new TextAttribute(color(125, 125, 125));
		case FormworkHighlightingStyles.DECLARATION -> new TextAttribute(color(0, 0, 0), null, SWT.BOLD);
		case FormworkHighlightingStyles.INDICATOR -> new TextAttribute(color(0, 112, 140));
		case FormworkHighlightingStyles.COORDINATE -> new TextAttribute(color(150, 80, 0));
		case FormworkHighlightingStyles.TABLE -> new TextAttribute(color(0, 128, 0), null, SWT.BOLD);
		case FormworkHighlightingStyles.UNIT -> new TextAttribute(color(100, 70, 160));
		case FormworkHighlightingStyles.DIMENSION -> new TextAttribute(color(0, 90, 180));
		case FormworkHighlightingStyles.TEMPLATE -> new TextAttribute(color(0, 90, 180), null, SWT.ITALIC);
		case FormworkHighlightingStyles.CLAIM -> new TextAttribute(color(160, 40, 100));
		default -> new TextAttribute(null);
		};
	}

	private static Color color(int r, int g, int b) {
		String key = "io.formwork.color." + r + "." + g + "." + b;
		var registry = JFaceResources.getColorRegistry();
		if (!registry.hasValueFor(key)) {
			if (Display.getCurrent() == null) {
				Display.getDefault().syncExec(() -> registry.put(key, new RGB(r, g, b)));
			} else {
				registry.put(key, new RGB(r, g, b));
			}
		}
		return registry.get(key);
	}
}
