package io.formwork.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.formwork.forms.Labels;

/**
 * Page furniture: what is printed in a page's top or bottom margin on every page and is not the report's
 * text. A line in the top or bottom {@value #MARGIN_PERCENT}% of a page is furniture when it is a page number
 * ("-4-", "— 4 —", "4", "第4页", "第 4 页 共 6 页", "4/6", "Page 4 of 6"), or when the same line (its digits
 * aside) stands in the margins of at least two pages (a running header or footer).
 */
final class Furniture {

	static final int MARGIN_PERCENT = 12;
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"[-－—–_~·\\s]*(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?[-－—–_~·\\s]*"
					+ "|(?i)page\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?");

	private Furniture() {
	}

	static void mark(PdfFilingReader.Layout layout) {
		Map<String, Integer> seen = new HashMap<>();
		for (int p = 0; p < layout.pages.size(); p++) {
			for (TextLines.Line line : layout.lines.get(p)) {
				if (inMargin(layout.pages.get(p), line)) {
					seen.merge(shape(line.text()), 1, Integer::sum);
				}
			}
		}
		for (int p = 0; p < layout.pages.size(); p++) {
			List<TextLines.Line> lines = layout.lines.get(p);
			for (TextLines.Line line : lines) {
				if (!inMargin(layout.pages.get(p), line)) {
					continue;
				}
				String text = Labels.clean(line.text());
				if (PAGE_NUMBER.matcher(text).matches() || layout.pages.size() > 1 && seen.get(shape(line.text())) >= 2) {
					layout.furniture.add(line);
				}
			}
		}
	}

	private static boolean inMargin(PageContent page, TextLines.Line line) {
		float margin = page.height * MARGIN_PERCENT / 100f;
		return line.baseline() < margin || line.top() > page.height - margin;
	}

	/** A line with its digits left aside, spacing removed: what repeats on every page. */
	private static String shape(String text) {
		return Labels.clean(text).replaceAll("\\d+", "#").replace(" ", "");
	}
}
