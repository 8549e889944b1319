package io.formwork.narrative;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a published HTML page, as a reader sees it: the body's text with every block element (p, div,
 * li, h1…, tr, table…) and every br on lines of its own, table cells separated by a space, runs of white space
 * collapsed to one space (kept as written inside pre), and no-break spaces (&amp;nbsp;) as plain spaces.
 * Scripts and styles are left out.
 */
final class HtmlText {

	private HtmlText() {
	}

	static String of(String html) {
		Element body = Jsoup.parse(html).body();
		StringBuilder out = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {
			/** How many pre elements the traversal is inside: counted on the way, never looked up (linear time). */
			private int pre;

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					append(out, text.getWholeText(), pre > 0);
				} else if (node instanceof Element element) {
					if (element.nameIs("pre")) {
						pre++;
					}
					if (element.nameIs("br")) {
						out.append('\n');
					} else if (element.nameIs("td") || element.nameIs("th")) {
						if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') {
							out.append(' ');
						}
					} else if (element.isBlock()) {
						newLine(out);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element pre && pre.nameIs("pre")) {
					this.pre--;
				}
				if (node instanceof Element element && element.isBlock() && !element.nameIs("td")
						&& !element.nameIs("th")) {
					newLine(out);
				}
			}
		}, body);
		return out.toString().strip();
	}

	private static void append(StringBuilder out, String text, boolean pre) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u00A0') {
				c = ' ';
			}
			if (!pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
				if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
					out.append(' ');
				}
				continue;
			}
			out.append(c);
		}
	}

	private static void newLine(StringBuilder out) {
		if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
	}
}
