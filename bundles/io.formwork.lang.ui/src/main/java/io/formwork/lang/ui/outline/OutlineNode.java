package io.formwork.lang.ui.outline;

import java.util.List;

/**
 * One element of a template or filing as the outline shows it: its kind (for the icon), its code, its Chinese
 * label, where it is (offset and length of the whole element, and of its name for selection) and what it holds.
 * In a revision's outline (its effective structure) an element may be stated in another file, the template it
 * inherits it from: then {@code uri} names that file and the offsets are in it; {@code mark} says what the
 * revision changes about the element (新增 added, 改代码 renamed, 含义改变 retyped, 删除 removed…), null when
 * nothing. An immutable snapshot: built by the reconciler, shown on the UI thread.
 */
public record OutlineNode(String kind, String code, String label, int offset, int length, int nameOffset,
		int nameLength, List<OutlineNode> children, String mark, String uri) {

	public OutlineNode {
		children = List.copyOf(children);
	}

	/** A node of an element stated in the document itself, unmarked. */
	public OutlineNode(String kind, String code, String label, int offset, int length, int nameOffset, int nameLength,
			List<OutlineNode> children) {
		this(kind, code, label, offset, length, nameOffset, nameLength, children, null, null);
	}

	/** "code 标签", or the code alone; then what the revision changes, "〔改标签〕". */
	public String text() {
		String text = label == null || label.isBlank() ? code : code + "  " + label;
		return mark == null ? text : text + "  〔" + mark + "〕";
	}

	/** True when the element is stated in the document the outline is of (not in a template it inherits from). */
	public boolean local() {
		return uri == null;
	}
}
