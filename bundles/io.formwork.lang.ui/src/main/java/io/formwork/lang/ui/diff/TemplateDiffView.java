package io.formwork.lang.ui.diff;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.Texts;
import io.formwork.lang.ui.editor.FormworkHyperlinkDetector;
import io.formwork.lang.ui.views.Messages;
import io.formwork.runtime.Language;

/**
 * What changed between two templates, one row per change as {@code formwork diff} lists them (the element,
 * then the change, old → new), in the language chosen for Formwork's texts with the other language as the
 * tooltip (both when both are asked for). Double-click (or Enter) opens the template where the element is
 * written. The two columns share the view's width (a third for the element), whatever the view's size; the
 * templates compared are kept across a restart and compared again when the view comes back.
 */
public class TemplateDiffView extends ViewPart {

	public static final String ID = "io.formwork.lang.ui.templateDiff";

	private static final String OLDER = "older";
	private static final String NEWER = "newer";

	private Label title;
	private TableViewer viewer;
	private TemplateComparison comparison;
	/** The templates a restored view compares, from its memento; null when none. */
	private URI restoredOlder;
	private URI restoredNewer;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null && memento.getString(OLDER) != null && memento.getString(NEWER) != null) {
			restoredOlder = URI.createURI(memento.getString(OLDER));
			restoredNewer = URI.createURI(memento.getString(NEWER));
		}
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (comparison != null && comparison.ok() && comparison.older() != null && comparison.newer() != null) {
			memento.putString(OLDER, comparison.older().toString());
			memento.putString(NEWER, comparison.newer().toString());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		title.setText(Messages.TemplateDiffView_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
		Composite area = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		TableColumnLayout columns = new TableColumnLayout();
		area.setLayout(columns);
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, Messages.TemplateDiffView_element, 35, 160, row -> shown(row, TemplateComparison.Row::element),
				row -> row.element(other()));
		column(columns, Messages.TemplateDiffView_change, 65, 240, row -> shown(row, TemplateComparison.Row::text),
				row -> row.text(other()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof TemplateComparison.Row row) {
				open(row);
			}
		});
		getSite().setSelectionProvider(viewer);
		if (restoredOlder != null) {
			// compared again once the workbench is up (the projects' models load on first use)
			parent.getDisplay().asyncExec(this::restore);
		}
	}

	/** Compares the templates of the memento again; nothing when one of them is gone. */
	private void restore() {
		if (viewer == null || viewer.getControl().isDisposed() || comparison != null) {
			return;
		}
		IFile older = TemplateComparison.file(restoredOlder);
		IFile newer = TemplateComparison.file(restoredNewer);
		if (older == null || newer == null || !older.exists() || !newer.exists()) {
			return;
		}
		try {
			show(older.equals(newer) ? TemplateComparison.ofRevision(newer) : TemplateComparison.of(older, newer));
		} catch (RuntimeException e) {
			FormworkUi.log("Cannot compare " + older + " and " + newer + " again", e);
		}
	}

	/** The templates the restored view is to compare (null when none), for tests. */
	public List<URI> restoredTemplates() {
		return restoredOlder == null ? null : List.of(restoredOlder, restoredNewer);
	}

	private static Language language() {
		return Texts.language();
	}

	private static Language other() {
		return language() == Language.ZH ? Language.EN : Language.ZH;
	}

	/** A cell's text: in the chosen language, or Chinese then English when both are asked for. */
	private static String shown(TemplateComparison.Row row, BiFunction<TemplateComparison.Row, Language, String> text) {
		if (Texts.bilingual()) {
			return text.apply(row, Language.ZH) + "  " + text.apply(row, Language.EN);
		}
		return text.apply(row, language());
	}

	private void column(TableColumnLayout layout, String name, int weight, int minimum,
			Function<TemplateComparison.Row, String> text, Function<TemplateComparison.Row, String> tooltip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setResizable(true);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum, true));
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
		Language language = language();
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

	/** The width of each column as shown, in pixels (for tests). */
	public int[] columnWidths() {
		return Arrays.stream(viewer.getTable().getColumns()).mapToInt(c -> c.getWidth()).toArray();
	}

	/** The width of the table's client area (for tests). */
	public int tableWidth() {
		return viewer.getTable().getClientArea().width;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
