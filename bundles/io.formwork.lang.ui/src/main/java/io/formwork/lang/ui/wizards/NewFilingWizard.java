package io.formwork.lang.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.FormworkNature;
import io.formwork.lang.ui.wizards.BlankFilings.Format;

/**
 * New filing from a template: a blank textual filing (.filing), Excel workbook (.xlsx) or Word document (.docx)
 * of the selected template, as {@code formwork form} writes them. Never over an existing file.
 */
public class NewFilingWizard extends FormworkFileWizard {

	private IFile template;
	private Format format = Format.FILING;
	private Combo formats;

	public NewFilingWizard() {
		setWindowTitle(Messages.NewFilingWizard_title);
	}

	@Override
	public void addPages() {
		template = selectedTemplateFile();
		page = new WizardNewFileCreationPage("filing", selection) {
			@Override
			protected void createAdvancedControls(Composite parent) {
				Composite row = new Composite(parent, SWT.NONE);
				row.setLayout(new GridLayout(2, false));
				new Label(row, SWT.NONE).setText(Messages.NewFilingWizard_format);
				formats = new Combo(row, SWT.READ_ONLY);
				formats.setItems(Messages.NewFilingWizard_formatFiling, Messages.NewFilingWizard_formatXlsx,
						Messages.NewFilingWizard_formatDocx);
				formats.select(format.ordinal());
				formats.addListener(SWT.Selection, e -> setFormat(Format.values()[formats.getSelectionIndex()]));
				super.createAdvancedControls(parent);
			}
		};
		page.setTitle(Messages.NewFilingWizard_title);
		page.setDescription(Messages.NewFilingWizard_description);
		page.setFileExtension(format.extension);
		if (template != null) {
			page.setFileName(baseName() + "-filing." + format.extension);
			page.setContainerFullPath(template.getParent().getFullPath());
		}
		addPage(page);
	}

	private String baseName() {
		return template.getName().substring(0, template.getName().length() - ".form".length());
	}

	/** Chooses the format: the file name's extension follows. */
	public void setFormat(Format chosen) {
		format = chosen;
		if (formats != null && !formats.isDisposed() && formats.getSelectionIndex() != chosen.ordinal()) {
			formats.select(chosen.ordinal());
		}
		if (page != null && page.getControl() != null) {
			String name = page.getFileName();
			Format old = Format.of(name);
			String stem = old == null ? name : name.substring(0, name.length() - old.extension.length() - 1);
			page.setFileExtension(chosen.extension);
			page.setFileName(stem + "." + chosen.extension);
		}
	}

	/** The file creation page (for tests). */
	public WizardNewFileCreationPage page() {
		return page;
	}

	@Override
	public boolean canFinish() {
		return template != null && super.canFinish();
	}

	@Override
	protected String contents() {
		return null; // performFinish writes the file itself
	}

	@Override
	public boolean performFinish() {
		if (template == null) {
			MessageDialog.openError(getShell(), getWindowTitle(), Messages.NewFilingWizard_noTemplate);
			return false;
		}
		IPath path = page.getContainerFullPath().append(page.getFileName());
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
		try {
			BlankFilings.create(template, file, null);
			FormworkNature.add(file.getProject(), null);
		} catch (CoreException e) {
			page.setErrorMessage(e.getStatus().getMessage());
			return false;
		}
		if (format == Format.FILING) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			} catch (PartInitException e) {
				FormworkUi.log("Cannot open " + file, e);
			}
		} else {
			// a workbook or document is filled in its own program: show it in the Project Explorer
			BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
		}
		return true;
	}
}
