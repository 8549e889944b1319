package io.formwork.lang.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;

import io.formwork.lang.ui.outline.OutlineNode;

/**
 * What the last reconcile of a document found that the UI shows: the outline; and who listens for it (the
 * outline page). Kept per document, weakly.
 */
public final class DocumentState {

	private static final Map<IDocument, DocumentState> STATES = new WeakHashMap<>();

	private volatile List<OutlineNode> outline = List.of();
	private volatile long reconciledStamp = -1;
	private final List<Consumer<List<OutlineNode>>> outlineListeners = new CopyOnWriteArrayList<>();

	public static synchronized DocumentState of(IDocument document) {
		return STATES.computeIfAbsent(document, d -> new DocumentState());
	}

	public List<OutlineNode> outline() {
		return outline;
	}

	/** The modification stamp of the text the last completed reconcile saw; -1 before the first. */
	public long reconciledStamp() {
		return reconciledStamp;
	}

	void reconciled(long stamp, List<OutlineNode> outline) {
		this.outline = outline;
		this.reconciledStamp = stamp;
		outlineListeners.forEach(l -> l.accept(outline));
	}

	public void addOutlineListener(Consumer<List<OutlineNode>> listener) {
		outlineListeners.add(listener);
	}

	public void removeOutlineListener(Consumer<List<OutlineNode>> listener) {
		outlineListeners.remove(listener);
	}
}
