package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.formwork.forms.Ooxml;
import io.formwork.lang.ui.wizards.BlankFilings;
import io.formwork.lang.ui.wizards.BlankFilings.Format;
import io.formwork.lang.ui.wizards.NewFilingWizard;
import io.formwork.runtime.Filing;
import io.formwork.pipeline.CompiledTemplate;

/**
 * The new-filing wizard: a blank .filing, .xlsx or .docx of the selected template, each read back by the same
 * readers as {@code formwork validate} (no problems, naming the template), and never written over a file.
 */
class NewFilingWizardTest {

	private static IProject project;
	private static IFile template;
	private static IFolder folder;

	@BeforeAll
	static void project() throws Exception {
		project = Workbenches.exampleProject("wizard-test");
		template = project.getFile("gov-info-disclosure-2021.form");
		folder = project.getFolder("new");
		folder.create(true, true, null);
	}

	@AfterAll
	static void delete() throws Exception {
		project.delete(true, true, null);
	}

	private static Filing readBack(IFile file) throws Exception {
		// as the command line reads it: the template loaded from the project's folder, the format by extension
		return CompiledTemplate.load(Path.of(template.getLocationURI())).read(Path.of(file.getLocationURI()));
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void eachFormatIsCreatedAndReadsBackWithoutProblemsNamingTheTemplate(Format format) throws Exception {
		IFile file = folder.getFile("blank-2021." + format.extension);

		BlankFilings.create(template, file, null);

		assertThat(file.exists()).isTrue();
		Filing filing = readBack(file);
		assertThat(filing.problems()).as(format.name()).isEmpty();
		assertThat(filing.template()).isEqualTo("gid_2021");
		if (format != Format.FILING) {
			assertThat(Ooxml.templateOf(Path.of(file.getLocationURI()))).isEqualTo("gid_2021");
			assertThat(Ooxml.kind(Path.of(file.getLocationURI()))).isEqualTo(format.extension);
		} else {
			assertThat(filing.facts().values()).allSatisfy(f -> assertThat(f.value().isBlank()).isTrue()); // none filled in
			assertThat(Files.readString(Path.of(file.getLocationURI()), StandardCharsets.UTF_8)).startsWith("filing for gid_2021 year 2021");
		}
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void anExistingFileIsNeverOverwritten(Format format) throws Exception {
		IFile file = folder.getFile("kept." + format.extension);
		file.create(new ByteArrayInputStream("保留 keep me".getBytes(StandardCharsets.UTF_8)), true, null);

		assertThatThrownBy(() -> BlankFilings.create(template, file, null)).isInstanceOf(CoreException.class)
				.hasMessageContaining("不会覆盖").hasMessageContaining("not overwritten");

		assertThat(Files.readString(Path.of(file.getLocationURI()), StandardCharsets.UTF_8)).isEqualTo("保留 keep me");
	}

	@Test
	void theWizardWritesTheChosenFormatBesideTheTemplateAndRefusesANameTaken() throws Exception {
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay()); // a plain shell: no modal dialog
		NewFilingWizard wizard = new NewFilingWizard();
		try {
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(template));
			wizard.addPages();
			wizard.createPageControls(shell);
			assertThat(wizard.page().getFileName()).isEqualTo("gov-info-disclosure-2021-filing.filing");

			wizard.setFormat(Format.XLSX);
			assertThat(wizard.page().getFileName()).isEqualTo("gov-info-disclosure-2021-filing.xlsx");
			assertThat(wizard.canFinish()).isTrue();
			assertThat(wizard.performFinish()).isTrue();
			IFile written = project.getFile("gov-info-disclosure-2021-filing.xlsx");
			assertThat(written.exists()).isTrue();
			assertThat(readBack(written).problems()).isEmpty();
			long size = Files.size(Path.of(written.getLocationURI()));

			wizard.page().setFileName("gov-info-disclosure-2021-filing.xlsx"); // the same name again
			assertThat(wizard.page().isPageComplete()).isFalse();
			assertThat(wizard.performFinish()).isFalse();
			assertThat(Files.size(Path.of(written.getLocationURI()))).isEqualTo(size);
		} finally {
			wizard.dispose();
			shell.dispose();
		}
	}
}
