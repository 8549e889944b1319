package io.formwork.lang.ui.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.formwork.lang.ui.FormworkUi;

/**
 * 比较模板 Compare Templates, on the context menu of one or two selected .form files: two templates are
 * compared (earlier first), one revision with the template it revises; the result opens in the Template
 * Changes view.
 */
public class CompareTemplatesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IFile> files = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection.toList()) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null) {
					files.add(file);
				}
			}
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (page != null) {
			show(page, TemplateComparison.ofSelection(files));
		}
		return null;
	}

	/** Opens the Template Changes view on a comparison and returns it (null if it cannot be opened). */
	public static TemplateDiffView show(IWorkbenchPage page, TemplateComparison comparison) {
		try {
			TemplateDiffView view = (TemplateDiffView) page.showView(TemplateDiffView.ID);
			view.show(comparison);
			return view;
		} catch (PartInitException e) {
			FormworkUi.log("Cannot open the Template Changes view", e);
			return null;
		}
	}
}
