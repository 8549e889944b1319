package io.formwork.studio;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.formwork.lang.ui.builder.FormworkNature;
import io.formwork.lang.ui.diff.CompareTemplatesHandler;
import io.formwork.lang.ui.diff.TemplateComparison;

/**
 * {@code formwork studio FOLDER [FILE...]}: opens a folder of templates and filings as a Formwork project (a
 * workspace project whose folder {@code files} links to it, so nothing is written into the folder but the
 * user's own saves) and opens the given files in editors. The folder comes in the system property
 * {@code formwork.open}, the files (relative to it, comma-separated) in {@code formwork.openFiles}; two
 * templates (or one revision) in {@code formwork.compare} open in the Template Changes view, as 比较模板
 * Compare Templates does.
 */
public class OpenOnStartup implements IStartup {

	@Override
	public void earlyStartup() {
		String folder = System.getProperty("formwork.open");
		if (folder == null || folder.isBlank() || !new File(folder).isDirectory()) {
			return;
		}
		try {
			IFolder linked = link(new File(folder).getAbsoluteFile());
			List<IFile> files = new ArrayList<>();
			String names = System.getProperty("formwork.openFiles", "");
			for (String name : names.split(",")) {
				if (!name.isBlank()) {
					IFile file = linked.getFile(IPath.fromOSString(name.strip()));
					if (file.exists()) {
						files.add(file);
					}
				}
			}
			List<IFile> compared = new ArrayList<>();
			for (String name : System.getProperty("formwork.compare", "").split(",")) {
				if (!name.isBlank() && linked.getFile(IPath.fromOSString(name.strip())).exists()) {
					compared.add(linked.getFile(IPath.fromOSString(name.strip())));
				}
			}
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				open(files);
				if (!compared.isEmpty()) {
					IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
					CompareTemplatesHandler.show(page, TemplateComparison.ofSelection(compared));
				}
			});
		} catch (CoreException e) {
			ILog.of(OpenOnStartup.class).error("Cannot open " + folder, e);
		}
	}

	/** The project named after the folder, with the folder linked as {@code files} and the Formwork nature. */
	static IFolder link(File folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		String name = folder.getName().isEmpty() ? "formwork" : folder.getName();
		IProject project = workspace.getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		project.setDefaultCharset("UTF-8", null);
		IFolder files = project.getFolder("files");
		IPath location = IPath.fromOSString(folder.getPath());
		if (files.exists() && !location.equals(files.getLocation())) {
			files.delete(true, null);
		}
		if (!files.exists()) {
			files.createLink(location, IResource.ALLOW_MISSING_LOCAL, null);
		}
		FormworkNature.add(project, null);
		return files;
	}

	private static void open(List<IFile> files) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (IFile file : files) {
			try {
				IDE.openEditor(page, file);
			} catch (PartInitException e) {
				ILog.of(OpenOnStartup.class).error("Cannot open " + file, e);
			}
		}
	}
}
