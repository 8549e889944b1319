package io.formwork.lang.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Gives the Generic Editor an Outline page when it edits a template or a filing (the Generic Editor asks the
 * platform's adapter manager for one).
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && isOurs(editor.getEditorInput())) {
			return adapterType.cast(new FormworkOutlinePage(editor));
		}
		return null;
	}

	static boolean isOurs(IEditorInput input) {
		String name = input == null ? null : input.getName();
		if (input instanceof IPathEditorInput path) {
			name = path.getPath().lastSegment();
		} else if (input instanceof IURIEditorInput uri) {
			name = uri.getURI().getPath();
		}
		return name != null && (name.endsWith(".form") || name.endsWith(".filing"));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
