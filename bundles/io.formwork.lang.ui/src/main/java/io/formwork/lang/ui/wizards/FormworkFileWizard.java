package io.formwork.lang.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.FormworkNature;
import io.formwork.lang.ui.model.SourceModels;

/**
 * A wizard that writes one new file (a template or a filing) where the user says, adds the Formwork nature to
 * its project so the builder checks it, and opens it.
 */
abstract class FormworkFileWizard extends Wizard implements INewWizard {

	protected IWorkbench workbench;
	protected IStructuredSelection selection;
	protected WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setNeedsProgressMonitor(true);
	}

	/** The page's initial contents as UTF-8; null to cancel. */
	protected abstract String contents();

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			file.setCharset("UTF-8", null);
			FormworkNature.add(file.getProject(), null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			FormworkUi.log("Cannot open " + file, e);
		} catch (CoreException e) {
			FormworkUi.log("Cannot configure " + file.getProject(), e);
		}
		return true;
	}

	/** A file creation page whose contents come from the wizard. */
	protected WizardNewFileCreationPage filePage(String name, String title, String description, String extension) {
		WizardNewFileCreationPage filePage = new WizardNewFileCreationPage(name, selection) {
			@Override
			protected InputStream getInitialContents() {
				String text = contents();
				return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}
		};
		filePage.setTitle(title);
		filePage.setDescription(description);
		filePage.setFileExtension(extension);
		return filePage;
	}

	/** The selected .form file, if any. */
	protected IFile selectedTemplateFile() {
		if (selection != null && selection.getFirstElement() instanceof IFile file && "form".equals(file.getFileExtension())) {
			return file;
		}
		if (selection != null && selection.getFirstElement() != null) {
			IFile adapted = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (adapted != null && "form".equals(adapted.getFileExtension())) {
				return adapted;
			}
		}
		return null;
	}

	/** Runs {@code work} on the template of a .form file and its source text; null if it holds no template. */
	protected static <T> T withTemplate(IFile file, BiFunction<Template, String, T> work) {
		return SourceModels.model(file.getProject()).withSet(set -> {
			Resource resource = set.getResource(SourceModels.of(file).uri(), true);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)
					|| form.getTemplate() == null) {
				return null;
			}
			String source = NodeModelUtils.getNode(form).getRootNode().getText();
			EcoreUtil.resolveAll(resource);
			return work.apply(form.getTemplate(), source);
		});
	}

	static Function<XtextResource, Template> template() {
		return r -> r.getContents().isEmpty() || !(r.getContents().get(0) instanceof FormFile f) ? null : f.getTemplate();
	}
}
