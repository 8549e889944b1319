package io.formwork.lang.ui.views;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.resource.JFaceResources;

import io.formwork.lang.ui.builder.ProblemMarkers;

/**
 * Explains the problem selected in the Problems view: for a failed rule, the rule, every operand's value and
 * where it was read, both sides, their difference and the tolerance; for other problems, the message.
 */
public class ExplanationView extends ViewPart {

	public static final String ID = "io.formwork.lang.ui.explanation";

	private Text text;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP);
		text.setFont(JFaceResources.getTextFont());
		text.setText(Messages.ExplanationView_empty);
		getSite().getPage().addPostSelectionListener(listener);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (text == null || text.isDisposed() || !(selection instanceof IStructuredSelection structured)) {
			return;
		}
		IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
		if (marker != null && marker.exists()) {
			show(marker);
		}
	}

	/** Shows the explanation of a marker. */
	public void show(IMarker marker) {
		String explanation = marker.getAttribute(ProblemMarkers.EXPLANATION, null);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		StringBuilder shown = new StringBuilder();
		shown.append(marker.getResource().getFullPath()).append(marker.getAttribute(IMarker.LINE_NUMBER, 0) > 0
				? ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) : "");
		String cell = marker.getAttribute(ProblemMarkers.CELL, null);
		if (cell != null) {
			shown.append(" (").append(cell).append(')');
		}
		shown.append("\n\n").append(explanation != null ? explanation : message);
		text.setText(shown.toString());
	}

	/** The text shown (for tests). */
	public String shownText() {
		return text.getText();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
