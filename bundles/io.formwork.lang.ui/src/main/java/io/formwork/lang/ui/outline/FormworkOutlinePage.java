package io.formwork.lang.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
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
import io.formwork.lang.ui.editor.FormworkHyperlinkDetector;

/**
 * The Outline of a template or filing: the tree of the last reconcile; selecting an element selects its code in
 * the editor. A revision's outline is its effective structure, marked with what the revision changes; what it
 * inherits opens, on a double-click, in the template that states it.
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
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineNode node
					&& node.local()) {
				editor.selectAndReveal(node.nameOffset(), node.nameLength());
			}
		});
		// an element a revision inherits is stated in the template it revises: a double-click (or Enter) opens it there
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineNode node) {
				open(node);
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

	/**
	 * Shows the text that states an outline element: selected in this editor, or for an element stated in another
	 * template (what a revision inherits) in that template's editor.
	 */
	public void open(OutlineNode node) {
		if (node.local()) {
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
		} else {
			FormworkHyperlinkDetector.open(new FormworkHyperlinkDetector.Target(URI.createURI(node.uri()),
					new Region(node.nameOffset(), node.nameLength()), node.code()));
		}
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
