package io.formwork.lang.ui.model;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The source models, one per project (workspace files) or per folder (files opened from outside the
 * workspace), and the way from an editor's document to its file, its URI and its model.
 */
public final class SourceModels {

	/** Where a document comes from: its workspace file (null outside the workspace), URI and model. */
	public record Source(IFile file, URI uri, SourceModel model) {
		public String extension() {
			return uri.fileExtension();
		}
	}

	private static final Map<Object, SourceModel> MODELS = new ConcurrentHashMap<>();
	private static IResourceChangeListener listener;

	private SourceModels() {
	}

	/** The source of a document open in an editor, or null when it is not a file of ours. */
	public static Source of(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IPath location = buffer.getLocation();
		if (location == null) {
			return null;
		}
		IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
		if (member instanceof IFile file) {
			return of(file);
		}
		File external = buffer.getFileStore() == null ? location.toFile() : new File(buffer.getFileStore().toURI());
		return of(external);
	}

	/**
	 * Runs {@code work} on the resource of the document's current text (reparsed if it changed since the last
	 * reconcile), under its model's lock; null when the document is not a template or filing file.
	 */
	public static <T> T withCurrent(IDocument document, Function<XtextResource, T> work) {
		Source source = of(document);
		if (source == null || !("form".equals(source.extension()) || "filing".equals(source.extension()))) {
			return null;
		}
		String text;
		long stamp;
		do {
			stamp = stamp(document);
			text = document.get();
		} while (stamp != stamp(document));
		return source.model().withDocument(source.uri(), text, stamp, work);
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : -1;
	}

	/** The source of a workspace file. */
	public static Source of(IFile file) {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		return new Source(file, uri, model(file.getProject()));
	}

	/** The source of a file outside the workspace: its model holds the templates of its folder. */
	public static Source of(File file) {
		File folder = file.getAbsoluteFile().getParentFile();
		URI uri = URI.createFileURI(file.getAbsolutePath());
		SourceModel model = MODELS.computeIfAbsent(folder, f -> new SourceModel(f, () -> folderTemplates(folder)));
		return new Source(null, uri, model);
	}

	/** The model of a project, created on first use. */
	public static SourceModel model(IProject project) {
		listen();
		return MODELS.computeIfAbsent(project, p -> new SourceModel(p, () -> projectTemplates(project)));
	}

	public static void shutdown() {
		if (listener != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
			listener = null;
		}
		MODELS.clear();
	}

	/** Every .form file of a project, outside derived folders (build output). */
	public static List<URI> projectTemplates(IContainer container) {
		List<URI> uris = new ArrayList<>();
		try {
			container.accept(resource -> {
				if (resource.isDerived() || resource.getName().startsWith(".")) {
					return false;
				}
				if (resource instanceof IFile file && "form".equals(file.getFileExtension())) {
					uris.add(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
				}
				return true;
			});
		} catch (CoreException e) {
			// a closed or vanished project has no templates
		}
		uris.sort((a, b) -> a.toString().compareTo(b.toString()));
		return uris;
	}

	private static List<URI> folderTemplates(File folder) {
		List<URI> uris = new ArrayList<>();
		File[] files = folder.listFiles((dir, name) -> name.endsWith(".form"));
		if (files != null) {
			for (File file : files) {
				uris.add(URI.createFileURI(file.getAbsolutePath()));
			}
		}
		uris.sort((a, b) -> a.toString().compareTo(b.toString()));
		return uris;
	}

	private static synchronized void listen() {
		if (listener != null) {
			return;
		}
		listener = SourceModels::resourcesChanged;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
	}

	private static void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		try {
			delta.accept(d -> {
				if (d.getResource() instanceof IProject project && d.getKind() == IResourceDelta.REMOVED) {
					MODELS.remove(project);
					return false;
				}
				if (d.getResource() instanceof IFile file && "form".equals(file.getFileExtension())
						&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
					SourceModel model = MODELS.get(file.getProject());
					if (model != null) {
						model.fileChanged(URI.createPlatformResourceURI(file.getFullPath().toString(), true),
								d.getKind() != IResourceDelta.REMOVED);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			// nothing to update
		}
	}
}
