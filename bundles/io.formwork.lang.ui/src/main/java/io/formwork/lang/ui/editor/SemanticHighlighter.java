package io.formwork.lang.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;

/**
 * Lays the semantic styles of the last reconcile over the lexical colouring. The styled ranges are document
 * positions, so they move with the text typed until the next reconcile replaces them.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "io.formwork.semanticHighlighting";

	/** A style over a range, as the reconciler computes it. */
	record Highlight(int offset, int length, String style) {
	}

	private static final class Styled extends Position {
		final String style;

		Styled(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}
	}

	private final ITextViewer viewer;
	private IDocument document;
	private IPositionUpdater updater;

	SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	void dispose() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		detach();
	}

	private void attach(IDocument target) {
		if (document == target) {
			return;
		}
		detach();
		document = target;
		document.addPositionCategory(CATEGORY);
		updater = new DefaultPositionUpdater(CATEGORY);
		document.addPositionUpdater(updater);
	}

	private void detach() {
		if (document != null) {
			try {
				document.removePositionUpdater(updater);
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone
			}
			document = null;
		}
	}

	/** On the UI thread, for the document's current text: replaces the highlights and repaints. */
	void update(IDocument target, List<Highlight> highlights) {
		attach(target);
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (Highlight h : highlights) {
				if (h.offset() + h.length() <= document.getLength()) {
					document.addPosition(CATEGORY, new Styled(h.offset(), h.length(), h.style()));
				}
			}
		} catch (BadPositionCategoryException | BadLocationException e) {
			return;
		}
		if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			viewer.invalidateTextPresentation();
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		Position[] positions;
		try {
			positions = document.getPositions(CATEGORY);
		} catch (BadPositionCategoryException e) {
			return;
		}
		List<StyleRange> ranges = new ArrayList<>();
		int first = firstEndingAfter(positions, start);
		for (int i = first; i < positions.length; i++) {
			Position p = positions[i];
			if (p.getOffset() >= end) {
				break;
			}
			if (p.isDeleted() || p.getLength() == 0 || !(p instanceof Styled styled)) {
				continue;
			}
			TextAttribute attribute = FormworkColors.attribute(styled.style);
			int from = Math.max(p.getOffset(), start);
			int to = Math.min(p.getOffset() + p.getLength(), end);
			if (to > from) {
				StyleRange range = new StyleRange(from, to - from, attribute.getForeground(), attribute.getBackground(),
						attribute.getStyle());
				ranges.add(range);
			}
		}
		if (!ranges.isEmpty()) {
			presentation.replaceStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	/** Positions are sorted by offset and do not overlap: a binary search for the first one ending after. */
	private static int firstEndingAfter(Position[] positions, int offset) {
		int low = 0;
		int high = positions.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			Position p = positions[mid];
			if (p.getOffset() + p.getLength() <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
