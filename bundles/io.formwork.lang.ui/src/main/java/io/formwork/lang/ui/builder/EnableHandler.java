package io.formwork.lang.ui.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import io.formwork.lang.ui.FormworkUi;

/** Project › Formwork › Check templates and validate filings: adds the Formwork nature to the selected projects. */
public class EnableHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				IProject project = resource == null ? null : resource.getProject();
				if (project != null && project.isOpen()) {
					try {
						FormworkNature.add(project, null);
					} catch (CoreException e) {
						FormworkUi.log("Cannot add the Formwork nature to " + project.getName(), e);
					}
				}
			}
		}
		return null;
	}
}
