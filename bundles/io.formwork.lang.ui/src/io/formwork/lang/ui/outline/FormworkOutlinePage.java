package io.formwork.lang.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.formwork.lang.ui.editor.DocumentState;

/**
 * The Outline of a template or filing: the tree of the last reconcile; selecting an element selects its code in
 * the editor.
 */
public class FormworkOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final Consumer<List<OutlineNode>> listener = this::refresh;

	public FormworkOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((OutlineNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).text();
			}

			@Override
			public Image getImage(Object element) {
				return image(((OutlineNode) element).kind());
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.nameOffset(), node.nameLength());
			}
		});
		DocumentState state = DocumentState.of(document);
		state.addOutlineListener(listener);
		viewer.setInput(state.outline());
		viewer.expandToLevel(3);
	}

	private void refresh(List<OutlineNode> outline) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			Object[] expanded = viewer.getExpandedElements();
			boolean first = ((List<?>) viewer.getInput()).isEmpty();
			viewer.setInput(outline);
			if (first) {
				viewer.expandToLevel(3);
			} else {
				// nodes are values: equal nodes stay expanded across reconciles when unchanged
				viewer.setExpandedElements(expanded);
			}
		});
	}

	/** The input the page shows (for tests). */
	public List<OutlineNode> nodes() {
		return DocumentState.of(document).outline();
	}

	private static Image image(String kind) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return switch (kind) {
		case "template", "catalog", "filing" -> images.getImage(ISharedImages.IMG_OBJ_FILE);
		case "section", "narrative", "dimension", "group", "heading", "columns", "rows" -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
		case "table" -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
		case "check" -> images.getImage(ISharedImages.IMG_OBJS_TASK_TSK);
		default -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
		};
	}

	@Override
	public void dispose() {
		DocumentState.of(document).removeOutlineListener(listener);
		super.dispose();
	}
}
