package io.formwork.lang.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/** New template: a .form file with a template header, one section and one narrative part to start from. */
public class NewTemplateWizard extends FormworkFileWizard {

	private Text id;
	private Text title;
	private Text year;
	private Text catalog;

	public NewTemplateWizard() {
		setWindowTitle(Messages.NewTemplateWizard_title);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("template", selection) {
			@Override
			protected InputStream getInitialContents() {
				String text = contents();
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				Composite fields = new Composite((Composite) getControl(), SWT.NONE);
				fields.setLayout(new GridLayout(2, false));
				fields.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
				id = field(fields, Messages.NewTemplateWizard_id, "report_" + Year.now().getValue());
				title = field(fields, Messages.NewTemplateWizard_templateTitle, "年度报告");
				year = field(fields, Messages.NewTemplateWizard_year, Integer.toString(Year.now().getValue()));
				catalog = field(fields, Messages.NewTemplateWizard_catalog, "");
			}
		};
		page.setTitle(Messages.NewTemplateWizard_title);
		page.setDescription(Messages.NewTemplateWizard_description);
		page.setFileExtension("form");
		page.setFileName("template.form");
		addPage(page);
	}

	private static Text field(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
		return text;
	}

	@Override
	protected String contents() {
		int y;
		try {
			y = Integer.parseInt(year.getText().strip());
		} catch (NumberFormatException e) {
			y = Year.now().getValue();
		}
		return Skeletons.newTemplate(id.getText().strip(), title.getText().strip(), null, y, catalog.getText().strip());
	}
}
