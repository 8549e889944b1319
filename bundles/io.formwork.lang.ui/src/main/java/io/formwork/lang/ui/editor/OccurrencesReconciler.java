package io.formwork.lang.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

import io.formwork.lang.ui.model.SourceModels;

/**
 * Marks the occurrences of the code under the caret: its declaration and every reference to it in the file,
 * computed in a background job after the caret rests.
 */
public class OccurrencesReconciler implements IReconciler {

	/** The Generic Editor's annotation type for occurrences (its colours and preferences). */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private ITextViewer viewer;
	private Annotation[] current = new Annotation[0];
	private volatile int caret = -1;
	private final Job job = new Job("Formwork occurrences") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			ITextViewer target = viewer;
			int offset = caret;
			if (target == null || offset < 0 || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			IDocument document = target.getDocument();
			List<IRegion> regions = document == null ? null : SourceModels.withCurrent(document, resource -> {
				EObject element = Elements.at(resource, offset);
				IRegion word = Elements.wordAt(resource, offset);
				if (element == null || word == null) {
					return List.<IRegion>of();
				}
				List<IRegion> found = Elements.occurrences(resource, element);
				boolean onOne = found.stream().anyMatch(r -> r.getOffset() <= offset && offset <= r.getOffset() + r.getLength());
				return onOne ? found : List.<IRegion>of();
			});
			if (regions != null && !monitor.isCanceled() && target.getTextWidget() != null) {
				target.getTextWidget().getDisplay().asyncExec(() -> show(regions));
			}
			return Status.OK_STATUS;
		}
	};
	private final ISelectionChangedListener listener = this::selectionChanged;

	public OccurrencesReconciler() {
		job.setSystem(true);
	}

	@Override
	public void install(ITextViewer textViewer) {
		this.viewer = textViewer;
		if (textViewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(listener);
		}
	}

	@Override
	public void uninstall() {
		job.cancel();
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(listener);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection selection) {
			caret = selection.getOffset();
			job.cancel();
			job.schedule(100);
		}
	}

	private void show(List<IRegion> regions) {
		if (!(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
			return;
		}
		IAnnotationModel model = source.getAnnotationModel();
		Map<Annotation, Position> added = new HashMap<>();
		for (IRegion region : regions) {
			added.put(new Annotation(ANNOTATION_TYPE, false, "occurrence"), new Position(region.getOffset(), region.getLength()));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(current, added);
		} else {
			for (Annotation annotation : current) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		current = added.keySet().toArray(Annotation[]::new);
	}
}
