package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.XMLMemento;

import io.formwork.lang.revision.TemplateDiff;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.Texts;
import io.formwork.lang.ui.diff.TemplateComparison;
import io.formwork.lang.ui.diff.TemplateDiffView;
import io.formwork.runtime.Language;
import io.formwork.pipeline.CompiledTemplate;

/**
 * 比较模板 Compare Templates on the example templates: the view lists exactly what {@code formwork diff} lists
 * for the same pair (its model, io.formwork.pipeline's {@code CompiledTemplate.diff}, in both languages), and a
 * double-click opens the template at the element.
 */
class TemplateDiffViewTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Workbenches.exampleProject("diff-test");
	}

	@AfterAll
	static void delete() throws Exception {
		project.delete(true, true, null);
	}

	@AfterEach
	void close() {
		Workbenches.closeAll();
	}

	private static IFile template(String year) {
		return project.getFile("gov-info-disclosure-" + year + ".form");
	}

	/** What formwork diff 2019 2021 lists: one (element, change) pair per change, in its order. */
	private static List<List<String>> cliRows(Language language) throws Exception {
		TemplateDiff.Result cli = CompiledTemplate.diff(Workbenches.examples().resolve("gov-info-disclosure-2019.form"),
				Workbenches.examples().resolve("gov-info-disclosure-2021.form"));
		List<List<String>> rows = new ArrayList<>();
		for (TemplateDiff.Entry entry : cli.entries()) {
			for (TemplateDiff.Change change : entry.changes()) {
				rows.add(List.of(entry.heading(language), change.describe(language)));
			}
		}
		return rows;
	}

	private static List<List<String>> viewRows(TemplateDiffView view, Language language) {
		return view.shownRows().stream().map(r -> List.of(r.element(language), r.text(language))).toList();
	}

	private static TemplateDiffView compare(IFile... selected) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IEvaluationContext context = handlers.createContextSnapshot(true);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(List.of(selected)));
		handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand("io.formwork.lang.ui.compare"), null), null, context);
		Workbenches.dispatch();
		return (TemplateDiffView) page().findView(TemplateDiffView.ID);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	void comparingTwoSelectedTemplatesListsWhatFormworkDiffListsForThePair() throws Exception {
		TemplateDiffView view = compare(template("2021"), template("2019")); // selected newer first: still 2019 → 2021

		assertThat(view).isNotNull();
		List<List<String>> cliEn = cliRows(Language.EN);
		assertThat(cliEn).hasSizeGreaterThan(10);
		assertThat(viewRows(view, Language.EN)).containsExactlyElementsOf(cliEn);
		assertThat(viewRows(view, Language.ZH)).containsExactlyElementsOf(cliRows(Language.ZH));
		// the table shows them as listed (the workbench runs in English here)
		for (int i = 0; i < cliEn.size(); i++) {
			assertThat(List.of(view.cellText(i, 0), view.cellText(i, 1))).isEqualTo(cliEn.get(i));
		}
		TemplateDiff.Result cli = CompiledTemplate.diff(Workbenches.examples().resolve("gov-info-disclosure-2019.form"),
				Workbenches.examples().resolve("gov-info-disclosure-2021.form"));
		String firstLine = cli.toText(Language.EN).lines().findFirst().orElseThrow();
		assertThat(view.comparison().title(Language.EN)).isEqualTo(firstLine).contains("gid_2019 → gid_2021");
	}

	@Test
	void aRevisionAloneIsComparedWithTheTemplateItRevises() throws Exception {
		TemplateDiffView view = compare(template("2021"));

		assertThat(view.comparison().ok()).isTrue();
		assertThat(view.comparison().result().older()).isEqualTo("gid_2019");
		assertThat(viewRows(view, Language.EN)).containsExactlyElementsOf(cliRows(Language.EN));
	}

	@Test
	void aTemplateThatRevisesNothingAloneSaysWhyNothingIsCompared() throws Exception {
		TemplateDiffView view = compare(template("2019"));

		assertThat(view.comparison().ok()).isFalse();
		assertThat(view.comparison().problem(Language.EN)).contains("gid_2019", "revises no other template");
		assertThat(view.comparison().problem(Language.ZH)).contains("没有修订其他模板");
		assertThat(view.shownRows()).isEmpty();
	}

	@Test
	void doubleClickingAnEntryOpensTheTemplateWhereItsElementIsWritten() throws Exception {
		TemplateDiffView view = compare(template("2019"), template("2021"));
		TemplateComparison.Row added = view.shownRows().stream()
				.filter(r -> r.entry().element().equals("rule") && r.change().change().equals("added")).findFirst().orElseThrow();

		assertThat(view.open(added)).isTrue();
		Workbenches.dispatch();
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertThat(ResourceUtil.getFile(editor.getEditorInput())).isEqualTo(template("2021"));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertThat(selection.getText()).isEqualTo(added.entry().code());
	}

	@Test
	void everyEntryHasAPlaceRemovedOnesInTheOlderTemplateAddedOnesInTheNewer() throws Exception {
		TemplateDiffView view = compare(template("2019"), template("2021"));

		assertThat(view.shownRows()).allSatisfy(row -> assertThat(row.target()).as(row.element(Language.EN)).isNotNull());
		assertThat(view.shownRows()).filteredOn(row -> row.change().change().equals("removed")).isNotEmpty()
				.allSatisfy(row -> assertThat(row.target().uri().lastSegment()).isEqualTo("gov-info-disclosure-2019.form"));
		assertThat(view.shownRows()).filteredOn(row -> row.change().change().equals("added")).isNotEmpty()
				.allSatisfy(row -> assertThat(row.target().uri().lastSegment()).isEqualTo("gov-info-disclosure-2021.form"));
	}

	@Test
	void theViewOpensBesideTheProblemsViewWithBothColumnsVisible() throws Exception {
		IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		TemplateDiffView view = compare(template("2019"), template("2021"));
		Workbenches.dispatch();

		assertThat(List.of(page().getViewStack(view))).contains(problems);
		int[] widths = view.columnWidths();
		assertThat(widths).hasSize(2);
		assertThat(widths[0]).isGreaterThanOrEqualTo(160);
		assertThat(widths[1]).isGreaterThan(widths[0]);
		// both fit in the view: no column pushed out of sight
		assertThat(widths[0] + widths[1]).isLessThanOrEqualTo(Math.max(view.tableWidth(), 400));
	}

	@Test
	void theComparedTemplatesAreKeptAcrossARestartAndComparedAgain() throws Exception {
		TemplateDiffView view = compare(template("2021"));
		XMLMemento memento = XMLMemento.createWriteRoot("view");
		view.saveState(memento);
		XMLMemento saved = XMLMemento.createReadRoot(new java.io.StringReader(toString(memento)));

		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		org.eclipse.jface.viewers.ISelectionProvider provider = view.getViewSite().getSelectionProvider();
		TemplateDiffView restored = new TemplateDiffView();
		try {
			restored.init(view.getViewSite(), saved);
			restored.createPartControl(shell);
			Workbenches.waitUntil("the restored view compares again", () -> restored.comparison() != null);

			assertThat(restored.restoredTemplates()).extracting(u -> u.lastSegment())
					.containsExactly("gov-info-disclosure-2019.form", "gov-info-disclosure-2021.form");
			assertThat(viewRows(restored, Language.EN)).containsExactlyElementsOf(cliRows(Language.EN));
		} finally {
			shell.dispose();
			view.getViewSite().setSelectionProvider(provider);
		}
	}

	@Test
	void theViewSpeaksChineseWhenChineseIsChosen() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(FormworkUi.PLUGIN_ID);
		preferences.put(Texts.LANGUAGE, "zh");
		try {
			TemplateDiffView view = compare(template("2019"), template("2021"));
			List<List<String>> cliZh = cliRows(Language.ZH);
			for (int i = 0; i < cliZh.size(); i++) {
				assertThat(List.of(view.cellText(i, 0), view.cellText(i, 1))).isEqualTo(cliZh.get(i));
			}
			assertThat(view.cellText(0, 1)).containsPattern("\\p{IsHan}");
			assertThat(cliZh).anySatisfy(row -> assertThat(row.get(1)).startsWith("含义改变"));
		} finally {
			preferences.remove(Texts.LANGUAGE);
		}
	}

	private static String toString(XMLMemento memento) throws java.io.IOException {
		java.io.StringWriter out = new java.io.StringWriter();
		memento.save(out);
		return out.toString();
	}
}
