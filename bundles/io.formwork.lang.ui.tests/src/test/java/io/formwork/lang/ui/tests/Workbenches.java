package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.formwork.lang.ui.builder.FormworkNature;

/**
 * What the UI tests share: a workspace project holding copies of the real example templates and filings
 * (examples/gov-info-disclosure, never modified), editors opened on them, and bounded waits that keep the UI
 * thread dispatching events.
 */
final class Workbenches {

	/** The longest any wait lasts before the test fails: generous for a loaded 2-core machine. */
	static final long TIMEOUT_MS = 60_000;

	private Workbenches() {
	}

	static Path examples() {
		String path = System.getProperty("formwork.examples");
		if (path == null || !Files.isDirectory(Path.of(path))) {
			fail("system property formwork.examples must name examples/gov-info-disclosure, not " + path);
		}
		return Path.of(path);
	}

	/** A new project with copies of the example templates and filings and the Formwork nature. */
	static IProject exampleProject(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		try (Stream<Path> files = Files.walk(examples())) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/expected/")).toList()) {
				Path relative = examples().relativize(file);
				IFile target = project.getFile(relative.toString());
				createFolders(target.getParent());
				try (InputStream in = Files.newInputStream(file)) {
					target.create(in, true, null);
				}
			}
		}
		FormworkNature.add(project, null);
		return project;
	}

	private static void createFolders(org.eclipse.core.resources.IContainer container) throws CoreException {
		if (container instanceof org.eclipse.core.resources.IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}

	static void build(IProject project) throws CoreException {
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		waitForJobs();
	}

	static ITextEditor open(IFile file) throws CoreException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file, "org.eclipse.ui.genericeditor.GenericEditor", true);
		dispatch();
		return (ITextEditor) part;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static void closeAll() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		dispatch();
	}

	/** Dispatches UI events until the condition holds; fails after {@link #TIMEOUT_MS}. */
	static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out after " + TIMEOUT_MS / 1000 + " s waiting until " + what);
			}
			if (display != null && !display.readAndDispatch()) {
				sleep(20);
			}
		}
	}

	/** Dispatches the events queued now. */
	static void dispatch() {
		Display display = Display.getCurrent();
		if (display != null) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	/** Waits for the automatic build, dispatching UI events meanwhile. */
	static void waitForJobs() {
		waitUntil("the automatic build finishes", () -> {
			for (Job job : Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD)) {
				if (job.getState() == Job.RUNNING || job.getState() == Job.WAITING) {
					return false;
				}
			}
			return true;
		});
		dispatch();
	}

	static org.eclipse.core.resources.IMarker[] markers(IResource resource, String type) throws CoreException {
		return resource.findMarkers(type, true, IResource.DEPTH_INFINITE);
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
