package io.formwork.lang;

import java.io.IOException;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Brings a resource to a new text the way an editor wants it while typing: the one region that differs from the
 * text it was parsed from (the common prefix and suffix set aside) goes through Xtext's partial parsing
 * ({@link XtextResource#update}), which reparses the smallest enclosing rule instead of the whole file; in a
 * template ({@link FormworkResource}) the linking then follows the change (what the reparse created, and the links
 * it left stale), elsewhere the whole model is linked again, as after a full reparse. A resource without a parse result, the same text, or a
 * change of more than {@value #MAX_CHANGED} characters (a paste, a replace-all) is reparsed whole.
 * <p>
 * The edit is found from the two texts, not from the editor's change events, so it cannot be out of step with
 * the text: whatever happened between two calls, the region turns the old text into the new one.
 */
public final class PartialReparse {

	/** Changes larger than this many characters (removed or inserted) are reparsed whole. */
	public static final int MAX_CHANGED = 4096;

	/** One replacement that turns one text into another. */
	public record Edit(int offset, int length, String text) {
	}

	private PartialReparse() {
	}

	/**
	 * Parses {@code text} into {@code resource} and links it again.
	 *
	 * @return true when the change went through partial parsing, false when the text was reparsed whole
	 */
	public static boolean apply(XtextResource resource, String text) throws IOException {
		String old = parsedText(resource);
		Edit edit = old == null ? null : edit(old, text);
		if (edit == null || edit.length() > MAX_CHANGED || edit.text().length() > MAX_CHANGED) {
			resource.reparse(text);
			return false;
		}
		if (resource instanceof FormworkResource formwork) {
			formwork.updateFollowingTheChange(edit.offset(), edit.length(), edit.text());
		} else {
			resource.update(edit.offset(), edit.length(), edit.text());
		}
		return true;
	}

	/** The text the resource was last parsed from, or null when it has none. */
	static String parsedText(XtextResource resource) {
		IParseResult result = resource.getParseResult();
		ICompositeNode root = result == null ? null : result.getRootNode();
		return root == null ? null : root.getText();
	}

	/** The single replacement that turns {@code from} into {@code to}; null when they are equal. */
	public static Edit edit(String from, String to) {
		if (from.equals(to)) {
			return null;
		}
		int max = Math.min(from.length(), to.length());
		int prefix = 0;
		while (prefix < max && from.charAt(prefix) == to.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
			suffix++;
		}
		// never split a surrogate pair or a CR LF between the kept and the replaced text
		while (prefix > 0 && (Character.isHighSurrogate(from.charAt(prefix - 1)) || from.charAt(prefix - 1) == '\r')) {
			prefix--;
		}
		while (suffix > 0 && (Character.isLowSurrogate(from.charAt(from.length() - suffix))
				|| from.charAt(from.length() - suffix) == '\n')) {
			suffix--;
		}
		return new Edit(prefix, from.length() - prefix - suffix, to.substring(prefix, to.length() - suffix));
	}
}
