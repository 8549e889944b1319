package io.formwork.lang.ui.views;

import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.formwork.lang.ui.builder.ProblemMarkers;

/**
 * Explains the problem selected in the Problems view: for a failed rule, the rule, every operand's value and
 * where it was read, both sides, their difference and the tolerance; for other problems, the message. It follows
 * the markers: when the builder or the editor replaces the problem's marker, the view shows the marker of the same
 * problem (same file, issue code, rule and cell) as it now reads; when the problem is gone, it says so.
 */
public class ExplanationView extends ViewPart {

	public static final String ID = "io.formwork.lang.ui.explanation";

	private Text text;
	private IMarker shown;
	/** What identifies the shown problem across a rebuild, which replaces its marker. */
	private Identity identity;
	private final ISelectionListener listener = this::selectionChanged;
	private final IResourceChangeListener markerListener = this::resourceChanged;

	/** A problem as the Problems view tells one from another, independent of the marker's id. */
	private record Identity(IResource resource, String type, String code, String rule, String cell, String message) {
		static Identity of(IMarker marker) {
			String type;
			try {
				type = marker.getType();
			} catch (CoreException e) {
				type = null;
			}
			return new Identity(marker.getResource(), type, marker.getAttribute(ProblemMarkers.CODE, null),
					marker.getAttribute(ProblemMarkers.RULE, null), marker.getAttribute(ProblemMarkers.CELL, null),
					marker.getAttribute(IMarker.MESSAGE, ""));
		}

		/** The same problem: the same file, marker type, code, rule and cell (and message where there is no rule). */
		boolean sameProblem(IMarker marker) {
			Identity other = of(marker);
			return resource.equals(other.resource) && Objects.equals(type, other.type) && Objects.equals(code, other.code)
					&& Objects.equals(rule, other.rule) && Objects.equals(cell, other.cell)
					&& (rule != null || Objects.equals(message, other.message));
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP);
		text.setFont(JFaceResources.getTextFont());
		text.setText(Messages.ExplanationView_empty);
		getSite().getPage().addPostSelectionListener(listener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_CHANGE);
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

	/** After markers change: the shown problem's new marker is shown, or the view says it is fixed. */
	private void resourceChanged(IResourceChangeEvent event) {
		IMarker current = shown;
		if (current == null || event.getDelta() == null) {
			return;
		}
		boolean touched = false;
		for (IMarkerDelta delta : event.findMarkerDeltas(null, true)) {
			if (delta.getResource().equals(current.getResource())) {
				touched = true;
				break;
			}
		}
		if (!touched || text == null || text.isDisposed()) {
			return;
		}
		text.getDisplay().asyncExec(this::refresh);
	}

	/** Shows the shown problem as its markers now read: the same marker, its successor, or that it is fixed. */
	public void refresh() {
		if (text == null || text.isDisposed() || shown == null) {
			return;
		}
		if (shown.exists()) {
			show(shown);
			return;
		}
		IMarker successor = successor();
		if (successor != null) {
			show(successor);
		} else {
			IResource resource = identity.resource();
			shown = null;
			text.setText(resource.getFullPath() + "\n\n" + Messages.ExplanationView_fixed);
		}
	}

	private IMarker successor() {
		if (identity == null || !identity.resource().exists()) {
			return null;
		}
		try {
			for (IMarker marker : identity.resource().findMarkers(identity.type(), false, IResource.DEPTH_ZERO)) {
				if (identity.sameProblem(marker)) {
					return marker;
				}
			}
		} catch (CoreException e) {
			// the file is gone: no successor
		}
		return null;
	}

	/** Shows the explanation of a marker. */
	public void show(IMarker marker) {
		shown = marker;
		identity = Identity.of(marker);
		String explanation = marker.getAttribute(ProblemMarkers.EXPLANATION, null);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		StringBuilder text = new StringBuilder();
		text.append(marker.getResource().getFullPath()).append(marker.getAttribute(IMarker.LINE_NUMBER, 0) > 0
				? ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) : "");
		String cell = marker.getAttribute(ProblemMarkers.CELL, null);
		if (cell != null) {
			text.append(" (").append(cell).append(')');
		}
		text.append("\n\n").append(explanation != null ? explanation : message);
		this.text.setText(text.toString());
	}

	/** The marker shown, or null when none is (for tests). */
	public IMarker shownMarker() {
		return shown;
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
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerListener);
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
