package io.formwork.lang.ui.wizards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;

/**
 * Revise for next year: from the selected template, a new template for the following year that revises it,
 * with the same sections, tables and rules to edit.
 */
public class ReviseTemplateWizard extends FormworkFileWizard {

	private IFile source;

	public ReviseTemplateWizard() {
		setWindowTitle(Messages.ReviseTemplateWizard_title);
	}

	@Override
	public void addPages() {
		source = selectedTemplateFile();
		page = filePage("revision", Messages.ReviseTemplateWizard_title, Messages.ReviseTemplateWizard_description, "form");
		if (source != null) {
			page.setFileName(nextFileName(source.getName()));
			page.setContainerFullPath(source.getParent().getFullPath());
		}
		addPage(page);
	}

	/** gov-info-disclosure-2021.form becomes gov-info-disclosure-2022.form; other names get "-next". */
	static String nextFileName(String name) {
		String base = name.endsWith(".form") ? name.substring(0, name.length() - 5) : name;
		Matcher m = Pattern.compile("^(.*?)(\\d{4})$").matcher(base);
		return (m.matches() ? m.group(1) + (Integer.parseInt(m.group(2)) + 1) : base + "-next") + ".form";
	}

	@Override
	public boolean canFinish() {
		return source != null && super.canFinish();
	}

	@Override
	protected String contents() {
		if (source == null) {
			return null;
		}
		String text = withTemplate(source, Skeletons::revision);
		if (text == null) {
			MessageDialog.openError(getShell(), getWindowTitle(), Messages.ReviseTemplateWizard_noTemplate);
		}
		return text;
	}
}
