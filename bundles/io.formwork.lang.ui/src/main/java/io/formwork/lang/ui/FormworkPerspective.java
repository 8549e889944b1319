package io.formwork.lang.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.formwork.lang.ui.diff.TemplateDiffView;
import io.formwork.lang.ui.views.ExplanationView;

/**
 * The Formwork perspective: Project Explorer, the editors, Outline, Problems and the Explanation view; the Template
 * Changes view, when opened, in the Problems view's wide folder below the editors.
 */
public class FormworkPerspective implements IPerspectiveFactory {

	public static final String ID = "io.formwork.lang.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		// the Template Changes view opens wide, beside the Problems view, rather than in a narrow column
		bottom.addPlaceholder(TemplateDiffView.ID);
		// beside the Problems view: the explanation of the problem selected there
		layout.addView(ExplanationView.ID, IPageLayout.RIGHT, 0.55f, "bottom");
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(ExplanationView.ID);
		layout.addShowViewShortcut(TemplateDiffView.ID);
		layout.addNewWizardShortcut("io.formwork.lang.ui.newTemplate");
		layout.addNewWizardShortcut("io.formwork.lang.ui.newFiling");
		layout.addNewWizardShortcut("io.formwork.lang.ui.reviseTemplate");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
