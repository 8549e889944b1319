package io.formwork.lang.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;

/**
 * New filing from a template: a blank .filing with every reported cell of the selected template, to fill in.
 * (Workbook and document forms come from the bundle that reads them.)
 */
public class NewFilingWizard extends FormworkFileWizard {

	private IFile template;

	public NewFilingWizard() {
		setWindowTitle(Messages.NewFilingWizard_title);
	}

	@Override
	public void addPages() {
		template = selectedTemplateFile();
		page = filePage("filing", Messages.NewFilingWizard_title, Messages.NewFilingWizard_description, "filing");
		if (template != null) {
			String base = template.getName().substring(0, template.getName().length() - ".form".length());
			page.setFileName(base + "-filing.filing");
			page.setContainerFullPath(template.getParent().getFullPath());
		}
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return template != null && super.canFinish();
	}

	@Override
	protected String contents() {
		String text = template == null ? null : withTemplate(template, (t, source) -> Skeletons.blankFiling(t, null));
		if (text == null) {
			MessageDialog.openError(getShell(), getWindowTitle(), Messages.NewFilingWizard_noTemplate);
		}
		return text;
	}
}
