package io.formwork.lang.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.formwork.lang.ide.quickfix.QuickFixes;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Quick fixes for the template checks that carry an issue code, offered on their markers (Problems view,
 * Ctrl+1 in the editor). What they are and what they write is {@link QuickFixes} (in the IDE bundle, shared
 * with the language server's code actions): an unknown code becomes a close code in scope of the kind the
 * reference expects; 'row' among the columns becomes 'column' (and back); a heading used as one cell is summed;
 * an unknown message placeholder is removed; a duplicate code is renamed; a missing Chinese label gets one to
 * fill in.
 */
public class FormworkMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFixes.handles(marker.getAttribute(ProblemMarkers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		List<String> data = ProblemMarkers.data(marker);
		if (start < 0 || end < start || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		IDocument document = document(file);
		if (document == null) {
			return new IMarkerResolution[0];
		}
		try {
			List<QuickFixes.Fix> fixes = SourceModels.withCurrent(document,
					resource -> QuickFixes.fixes(resource, code, start, end, data));
			List<IMarkerResolution> resolutions = new ArrayList<>();
			if (fixes != null) {
				for (QuickFixes.Fix fix : fixes) {
					resolutions.add(new Fix(fix.label(), file, start, end, fix.edit()));
				}
			}
			return resolutions.toArray(IMarkerResolution[]::new);
		} finally {
			disconnect(file);
		}
	}

	private static IDocument document(IFile file) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			return manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
		} catch (CoreException e) {
			return null;
		}
	}

	private static void disconnect(IFile file) {
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			// nothing held
		}
	}

	/** Replaces the marker's text by what {@code edit} makes of it; saves the file unless an editor has changes. */
	static final class Fix implements IMarkerResolution2 {
		private final String label;
		private final IFile file;
		private final int start;
		private final int end;
		private final UnaryOperator<String> edit;

		Fix(String label, IFile file, int start, int end, UnaryOperator<String> edit) {
			this.label = label;
			this.file = file;
			this.start = start;
			this.end = end;
			this.edit = edit;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean wasDirty = buffer.isDirty();
				IDocument document = buffer.getDocument();
				int from = marker.exists() ? marker.getAttribute(IMarker.CHAR_START, start) : start;
				int to = marker.exists() ? marker.getAttribute(IMarker.CHAR_END, end) : end;
				String text = document.get(from, to - from);
				document.replace(from, to - from, edit.apply(text));
				if (!wasDirty) {
					buffer.commit(null, true);
				}
			} catch (CoreException | BadLocationException e) {
				FormworkUi.log("The quick fix failed", e);
			} finally {
				disconnect(file);
			}
		}
	}
}
