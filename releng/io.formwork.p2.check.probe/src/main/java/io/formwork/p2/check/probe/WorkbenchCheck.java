package io.formwork.p2.check.probe;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;

/**
 * In the running IDE ({@code org.eclipse.ui.ide.workbench}), when {@code -Dformwork.p2check.report} names the
 * report file: the headless checks, then the example template opened from the Project Explorer's project in the
 * Generic Editor, as a user would; then the workbench closes. Without that property it does nothing.
 */
public class WorkbenchCheck implements IStartup {

	static final String INSTALL_COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";
	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void earlyStartup() {
		String file = System.getProperty("formwork.p2check.report");
		if (file == null) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		Report report = new Report();
		try {
			IProject project = Checks.run(report);
			display.syncExec(() -> inTheWorkbench(report, workbench, project));
		} catch (RuntimeException e) {
			report.fail("workbench: " + e);
		} finally {
			report.write(file);
			display.asyncExec(workbench::close);
		}
	}

	private static void inTheWorkbench(Report report, IWorkbench workbench, IProject project) {
		try {
			Command install = workbench.getService(ICommandService.class).getCommand(INSTALL_COMMAND);
			report.check(install.isDefined(), "workbench: Help > Install New Software... (" + INSTALL_COMMAND + ")",
					"the command is not defined");
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow() != null
					? workbench.getActiveWorkbenchWindow()
					: workbench.getWorkbenchWindows()[0];
			IWorkbenchPage page = window.getActivePage();
			report.check(page.showView(PROJECT_EXPLORER) != null, "workbench: the Project Explorer opens",
					"no view");
			if (project == null) {
				report.fail("workbench: no project to open a template from");
				return;
			}
			IFile template = project.getFile(Checks.TEMPLATES.get(2));
			IEditorDescriptor preferred = workbench.getEditorRegistry().getDefaultEditor(template.getName(),
					Platform.getContentTypeManager().getContentType(Checks.TEMPLATE_TYPE));
			report.check(preferred != null && Checks.GENERIC_EDITOR.equals(preferred.getId()),
					"workbench: the default editor of " + template.getName() + " is the Generic Editor",
					"found " + (preferred == null ? null : preferred.getId()));
			IEditorPart editor = IDE.openEditor(page, template);
			String id = editor == null ? null : editor.getSite().getId();
			report.check(Checks.GENERIC_EDITOR.equals(id),
					"workbench: " + template.getName() + " opens in the Generic Editor", "opened in " + id);
		} catch (Exception e) {
			report.fail("workbench: " + e);
		}
	}
}
