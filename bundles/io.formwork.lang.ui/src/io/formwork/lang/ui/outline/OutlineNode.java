package io.formwork.lang.ui.outline;

import java.util.List;

/**
 * One element of a template or filing as the outline shows it: its kind (for the icon), its code, its Chinese
 * label, where it is (offset and length of the whole element, and of its name for selection) and what it holds.
 * An immutable snapshot: built by the reconciler, shown on the UI thread.
 */
public record OutlineNode(String kind, String code, String label, int offset, int length, int nameOffset,
		int nameLength, List<OutlineNode> children) {

	public OutlineNode {
		children = List.copyOf(children);
	}

	/** "code 标签" or the code alone. */
	public String text() {
		return label == null || label.isBlank() ? code : code + "  " + label;
	}
}
