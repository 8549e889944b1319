package io.formwork.lang.ui.diff;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.formwork.lang.ui.editor.FormworkHyperlinkDetector;
import io.formwork.lang.ui.views.Messages;
import io.formwork.runtime.Language;

/**
 * What changed between two templates, one row per change as {@code formwork diff} lists them (the element,
 * then the change, old → new), in the workbench's language with the other language as the tooltip.
 * Double-click (or Enter) opens the template where the element is written.
 */
public class TemplateDiffView extends ViewPart {

	public static final String ID = "io.formwork.lang.ui.templateDiff";

	private Label title;
	private TableViewer viewer;
	private TemplateComparison comparison;
	private final Language language = TemplateComparison.language();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		title.setText(Messages.TemplateDiffView_empty);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		column(Messages.TemplateDiffView_element, 320, row -> row.element(language), row -> row.element(other()));
		column(Messages.TemplateDiffView_change, 900, row -> row.text(language), row -> row.text(other()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof TemplateComparison.Row row) {
				open(row);
			}
		});
		getSite().setSelectionProvider(viewer);
	}

	private Language other() {
		return language == Language.ZH ? Language.EN : Language.ZH;
	}

	private void column(String name, int width, java.util.function.Function<TemplateComparison.Row, String> text,
			java.util.function.Function<TemplateComparison.Row, String> tooltip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TemplateComparison.Row) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return tooltip.apply((TemplateComparison.Row) element);
			}
		});
	}

	/** Shows a comparison. */
	public void show(TemplateComparison shown) {
		this.comparison = shown;
		if (shown.ok()) {
			int count = shown.rows().size();
			title.setText(shown.title(language) + "  —  " + (language == Language.ZH ? count + " 处改变" : count + " change(s)"));
			setContentDescription("");
		} else {
			title.setText(shown.problem(language));
		}
		title.getParent().layout(true);
		viewer.setInput(shown.rows());
	}

	/** Opens the template where a row's element is written; false when its place is not known. */
	public boolean open(TemplateComparison.Row row) {
		if (row.target() == null) {
			return false;
		}
		FormworkHyperlinkDetector.open(row.target());
		return true;
	}

	/** The comparison shown (for tests). */
	public TemplateComparison comparison() {
		return comparison;
	}

	/** The rows as shown, in order (for tests). */
	@SuppressWarnings("unchecked")
	public List<TemplateComparison.Row> shownRows() {
		Object input = viewer.getInput();
		return input == null ? List.of() : (List<TemplateComparison.Row>) input;
	}

	/** The text of a table cell as shown (for tests). */
	public String cellText(int row, int column) {
		return viewer.getTable().getItem(row).getText(column);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
