package io.formwork.lang.ui.editor;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Go to definition (F3, Ctrl+click): from a code to where it is declared, in this file or another template or
 * catalog of the project. A filing's rows and tables of a revision lead to the text that states them (the
 * revision, or the template it inherits them from), never to its effective template, which has no text.
 */
public class FormworkHyperlinkDetector extends AbstractHyperlinkDetector {

	/** Where a definition is: its file (a URI) and the region of its name. */
	public record Target(URI uri, IRegion region, String name) {
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		try {
			IHyperlink link = SourceModels.withCurrent(viewer.getDocument(), resource -> {
				EObject target = Elements.declaration(Elements.referencedAt(resource, region.getOffset()));
				IRegion word = Elements.wordAt(resource, region.getOffset());
				if (target == null || word == null || target.eResource() == null) {
					return null;
				}
				IRegion name = Elements.nameRegion(target);
				if (name == null) {
					return null;
				}
				return new Link(word, new Target(target.eResource().getURI(), name, word.toString()));
			});
			return link == null ? null : new IHyperlink[] { link };
		} catch (RuntimeException e) {
			FormworkUi.log("Finding the definition failed", e);
			return null;
		}
	}

	/** The definition the reference at the offset leads to, or null (for tests and commands). */
	public static Target definition(IDocument document, int offset) {
		return SourceModels.withCurrent(document, resource -> {
			EObject target = Elements.declaration(Elements.referencedAt(resource, offset));
			if (target == null || target.eResource() == null) {
				return null;
			}
			IRegion name = Elements.nameRegion(target);
			return name == null ? null : new Target(target.eResource().getURI(), name, null);
		});
	}

	/** Opens the target's file in its editor and selects the name. */
	public static void open(Target target) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart editor;
			if (target.uri().isPlatformResource()) {
				IFile file = ResourcesPlugin.getWorkspace().getRoot()
						.getFile(new Path(target.uri().toPlatformString(true)));
				editor = IDE.openEditor(page, file);
			} else {
				editor = IDE.openEditorOnFileStore(page,
						EFS.getLocalFileSystem().getStore(new Path(target.uri().toFileString())));
			}
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(target.region().getOffset(), target.region().getLength());
			} else if (editor != null) {
				ITextEditor text = editor.getAdapter(ITextEditor.class);
				if (text != null) {
					text.selectAndReveal(target.region().getOffset(), target.region().getLength());
				}
			}
		} catch (PartInitException e) {
			FormworkUi.log("Cannot open " + target.uri(), e);
		}
	}

	private static final class Link implements IHyperlink {
		private final IRegion region;
		private final Target target;

		Link(IRegion region, Target target) {
			this.region = region;
			this.target = target;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "打开定义 Open declaration";
		}

		@Override
		public void open() {
			FormworkHyperlinkDetector.open(target);
		}
	}
}
