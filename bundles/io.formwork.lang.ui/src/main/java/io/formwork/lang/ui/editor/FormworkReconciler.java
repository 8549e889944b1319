package io.formwork.lang.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.lang.ui.model.SourceModels.Source;
import io.formwork.lang.ui.model.SourceModels;
import io.formwork.lang.ui.outline.OutlineBuilder;
import io.formwork.lang.ui.outline.OutlineNode;

/**
 * Reconciles a template or filing as you type, off the UI thread: a background job, started {@value #DELAY} ms
 * after the last keystroke and cancelled when a newer keystroke supersedes it, parses the document into its
 * project's model, validates it (problem markers: the editor shows them as annotations, the Problems view lists
 * them) and computes the semantic highlighting, the outline and the folding regions. Validation checks the
 * cancel indicator, so a superseded reconcile stops early; its results are applied only if the document has
 * not changed since it was read.
 */
public class FormworkReconciler implements IReconciler {

	/** Milliseconds between the last keystroke and the reconcile. */
	public static final int DELAY = 300;

	private ITextViewer viewer;
	private IDocument document;
	private SemanticHighlighter highlighter;
	private final ReconcileJob job = new ReconcileJob();
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			job.cancel();
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			job.schedule(DELAY);
		}
	};
	private final ITextInputListener inputListener = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
			disconnect();
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			connect(newInput);
		}
	};

	@Override
	public void install(ITextViewer textViewer) {
		this.viewer = textViewer;
		this.highlighter = new SemanticHighlighter(textViewer);
		textViewer.addTextInputListener(inputListener);
		connect(textViewer.getDocument());
		// the content assistant may be installed after the reconciler: follow its sessions once the viewer is set up
		FormworkContentAssistProcessor.track(textViewer);
		if (textViewer.getTextWidget() != null && !textViewer.getTextWidget().isDisposed()) {
			textViewer.getTextWidget().getDisplay().asyncExec(() -> FormworkContentAssistProcessor.track(textViewer));
		}
	}

	@Override
	public void uninstall() {
		job.cancel();
		disconnect();
		if (viewer != null) {
			viewer.removeTextInputListener(inputListener);
		}
		if (highlighter != null) {
			highlighter.dispose();
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void connect(IDocument newDocument) {
		if (newDocument == null) {
			return;
		}
		document = newDocument;
		document.addDocumentListener(documentListener);
		job.schedule();
	}

	private void disconnect() {
		job.cancel();
		if (document != null) {
			document.removeDocumentListener(documentListener);
			Source source = SourceModels.of(document);
			if (source != null) {
				source.model().documentClosed(source.uri());
			}
			document = null;
		}
	}

	/** What one reconcile found, for one version of the document. */
	public record Result(long stamp, List<Issue> issues, List<SemanticHighlighter.Highlight> highlights,
			List<OutlineNode> outline) {
	}

	/** Reads the text and its modification stamp consistently: retried if the document changes in between. */
	static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : -1;
	}

	/** Parses, validates and analyses the document's current text; null when cancelled or superseded. */
	public static Result reconcile(IDocument document, Source source, IProgressMonitor monitor) {
		String text;
		long stamp;
		do {
			stamp = stamp(document);
			text = document.get();
		} while (stamp != stamp(document));
		final long read = stamp;
		CancelIndicator cancel = () -> monitor.isCanceled() || stamp(document) != read || source.model().othersWaiting();
		final String content = text;
		try {
			return source.model().withDocument(source.uri(), content, read, resource -> analyse(resource, read, cancel));
		} catch (RuntimeException | Error e) {
			if (new OperationCanceledManager().isOperationCanceledException(e)) {
				return null;
			}
			throw e;
		}
	}

	private static Result analyse(XtextResource resource, long stamp, CancelIndicator cancel) {
		try {
			var injector = resource.getResourceServiceProvider();
			IResourceValidator validator = injector.getResourceValidator();
			List<Issue> issues = validator.validate(resource, CheckMode.NORMAL_AND_FAST, cancel);
			if (cancel.isCanceled()) {
				return null;
			}
			List<SemanticHighlighter.Highlight> highlights = new ArrayList<>();
			ISemanticHighlightingCalculator calculator = injector.get(ISemanticHighlightingCalculator.class);
			if (calculator != null) {
				calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
					if (styles.length > 0) {
						highlights.add(new SemanticHighlighter.Highlight(offset, length, styles[0]));
					}
				}, cancel);
			}
			if (cancel.isCanceled()) {
				return null;
			}
			highlights.sort(Comparator.comparingInt(SemanticHighlighter.Highlight::offset));
			List<SemanticHighlighter.Highlight> disjoint = new ArrayList<>(highlights.size());
			int end = -1;
			for (SemanticHighlighter.Highlight h : highlights) {
				if (h.offset() >= end) {
					disjoint.add(h);
					end = h.offset() + h.length();
				}
			}
			List<OutlineNode> outline = OutlineBuilder.build(resource);
			return new Result(stamp, issues, disjoint, outline);
		} catch (RuntimeException | Error e) {
			// Xtext signals cancellation with an OperationCanceledError (an Error) or a wrapped exception
			if (new OperationCanceledManager().isOperationCanceledException(e)) {
				return null;
			}
			throw e;
		}
	}

	private final class ReconcileJob extends Job {

		ReconcileJob() {
			super("Formwork reconcile");
			setSystem(true);
			setPriority(Job.DECORATE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IDocument target = document;
			if (target == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Source source = SourceModels.of(target);
			if (source == null || FormworkUi.injectorFor(source.extension()) == null) {
				return Status.OK_STATUS;
			}
			Result result;
			try {
				result = reconcile(target, source, monitor);
			} catch (RuntimeException e) {
				FormworkUi.log("Reconciling " + source.uri() + " failed", e);
				return Status.OK_STATUS;
			}
			if (result == null) {
				if (!monitor.isCanceled()) {
					// gave way to another request on the model (content assist, occurrences…), or the text changed
					// meanwhile: either way the current text still needs a reconcile
					schedule(DELAY);
				}
				return Status.CANCEL_STATUS;
			}
			apply(target, source, result, monitor);
			return Status.OK_STATUS;
		}
	}

	private void apply(IDocument target, Source source, Result result, IProgressMonitor monitor) {
		if (stamp(target) != result.stamp() || monitor.isCanceled()) {
			return;
		}
		IFile file = source.file();
		if (file != null) {
			try {
				IWorkspace workspace = ResourcesPlugin.getWorkspace();
				workspace.run(m -> {
					if (stamp(target) == result.stamp()) {
						ProblemMarkers.replace(file, result.issues());
					}
				}, file, IWorkspace.AVOID_UPDATE, monitor);
			} catch (CoreException e) {
				FormworkUi.log("Cannot update the problem markers of " + file, e);
			}
		}
		Display display = viewer == null || viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (document != target || stamp(target) != result.stamp() || viewer.getTextWidget() == null
					|| viewer.getTextWidget().isDisposed()) {
				return;
			}
			highlighter.update(target, result.highlights());
			updateFolding(result.outline());
			DocumentState.of(target).reconciled(result.stamp(), result.outline());
		});
	}

	// ------------------------------------------------------------------ folding

	private void updateFolding(List<OutlineNode> outline) {
		if (!(viewer instanceof ProjectionViewer projection)) {
			return;
		}
		ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Set<Position> wanted = new HashSet<>();
		collectFolds(outline, wanted);
		// keep the annotations whose region is still wanted (and so their collapsed state), replace the others
		List<Annotation> removed = new ArrayList<>();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof ProjectionAnnotation) {
				Position position = model.getPosition(annotation);
				if (position == null || position.isDeleted() || !wanted.remove(new Position(position.offset, position.length))) {
					removed.add(annotation);
				}
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position position : wanted) {
			added.put(new ProjectionAnnotation(), position);
		}
		if (!removed.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}
	}

	/** Regions spanning more than one line, from the start of their first line to the end of their last. */
	private void collectFolds(List<OutlineNode> nodes, Set<Position> into) {
		for (OutlineNode node : nodes) {
			if (!node.local()) {
				// stated in another template (what a revision inherits): no region here, but its children may be
				collectFolds(node.children(), into);
				continue;
			}
			try {
				int firstLine = document.getLineOfOffset(node.offset());
				int lastLine = document.getLineOfOffset(node.offset() + node.length());
				if (lastLine > firstLine && !"rows".equals(node.kind()) && !"columns".equals(node.kind())) {
					int start = document.getLineOffset(firstLine);
					int end = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1)
							: document.getLength();
					into.add(new Position(start, end - start));
				}
			} catch (BadLocationException e) {
				// outside the document: the next reconcile brings it right
			}
			collectFolds(node.children(), into);
		}
	}
}
