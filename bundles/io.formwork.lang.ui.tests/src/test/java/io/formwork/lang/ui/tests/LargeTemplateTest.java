package io.formwork.lang.ui.tests;

import static io.formwork.lang.ui.tests.Workbenches.document;
import static io.formwork.lang.ui.tests.Workbenches.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.FormworkNature;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.lang.ui.editor.DocumentState;
import io.formwork.lang.ui.editor.FormworkReconciler;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Typing in a template of 2,000 indicators (a generated catalog and template, see {@link #catalog(int)}):
 * keystrokes never wait for the reconcile, a reconcile superseded by a keystroke is cancelled, and the last
 * text typed is the one reconciled and marked. The times measured are printed, never asserted.
 */
class LargeTemplateTest {

	static final int INDICATORS = 2000;
	private static IProject project;
	private static IFile template;

	@BeforeAll
	static void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("large-template-test");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		project.getFile("large-catalog.form").create(stream(catalog(INDICATORS)), true, null);
		template = project.getFile("large-template.form");
		template.create(stream(template(INDICATORS)), true, null);
		FormworkNature.add(project, null);
		Workbenches.build(project);
	}

	@AfterAll
	static void delete() throws Exception {
		Workbenches.closeAll();
		project.delete(true, true, null);
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A catalog of n count indicators, each with labels, a unit and a definition. */
	static String catalog(int n) {
		StringBuilder text = new StringBuilder("catalog big \"大型目录\" en \"Large catalog\" {\n\tunit 件 en \"items\"\n");
		for (int i = 0; i < n; i++) {
			text.append("\tindicator ind_").append(i).append(" \"指标").append(i).append("\" en \"Indicator ").append(i)
					.append("\" {\n\t\ttype count\n\t\tunit 件\n\t\tdefinition \"第").append(i).append("项指标的定义。\"\n\t}\n");
		}
		return text.append("}\n").toString();
	}

	/** A template with the n indicators as rows of tables of 50 rows, one column each, and a sum rule per table. */
	static String template(int n) {
		StringBuilder text = new StringBuilder("import big.*\n\ntemplate large \"大型模板\" en \"Large template\"\n\tyear 2024 period annual {\n");
		int tables = n / 50;
		text.append("\tsection s1 \"一、数据\" en \"I. Data\" {\n");
		for (int t = 0; t < tables; t++) {
			text.append("\t\ttable t").append(t).append(" \"表").append(t).append("\" en \"Table ").append(t).append("\" {\n")
					.append("\t\t\tcolumns {\n\t\t\t\tcolumn amount \"数量\" en \"Amount\"\n\t\t\t}\n\t\t\trows {\n");
			for (int r = 0; r < 50; r++) {
				int i = t * 50 + r;
				text.append("\t\t\t\trow r").append(i).append(" \"行").append(i).append("\" indicator ind_").append(i).append('\n');
			}
			text.append("\t\t\t\trow total").append(t).append(" \"合计\" indicator ind_").append(t * 50).append('\n');
			text.append("\t\t\t}\n\t\t}\n");
		}
		text.append("\t}\n");
		for (int t = 0; t < tables; t++) {
			text.append("\tcheck C").append(t).append(" \"合计").append(t).append("\" en \"Total ").append(t)
					.append("\" error in t").append(t).append(" {\n\t\tassert [total").append(t).append(", amount] = sum([r")
					.append(t * 50).append(", amount] to [r").append(t * 50 + 49).append(", amount])\n\t\tmessage \"合计不符\" en \"Total differs\"\n\t}\n");
		}
		return text.append("}\n").toString();
	}

	@Test
	void theGeneratedTemplateIsValid() throws Exception {
		assertThat(template.findMarkers(ProblemMarkers.SOURCE, false, 0))
				.noneMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR);
	}

	@Test
	void aReconcileWhoseMonitorIsCancelledReturnsNothing() throws Exception {
		ITextEditor editor = Workbenches.open(template);
		IDocument document = document(editor);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThat(FormworkReconciler.reconcile(document, SourceModels.of(document), cancelled)).isNull();
		Workbenches.closeAll();
	}

	@Test
	void typingNeverWaitsForTheReconcileAndTheLastTextIsTheOneMarked() throws Exception {
		ITextEditor editor = Workbenches.open(template);
		IDocument document = document(editor);
		long opened = System.nanoTime();
		waitUntil("the first reconcile", () -> DocumentState.of(document).reconciledStamp() != -1);
		long firstReconcile = System.nanoTime() - opened;

		int at = document.get().indexOf("indicator ind_1999") + "indicator ind_".length();
		long slowest = 0;
		String typed = "x1999";
		document.replace(at, 4, "");
		for (char c : typed.toCharArray()) {
			long start = System.nanoTime();
			document.replace(at, 0, String.valueOf(c));
			slowest = Math.max(slowest, System.nanoTime() - start);
			at++;
			Workbenches.dispatch();
		}
		long typedAt = System.nanoTime();
		waitUntil("the reconcile of the last keystroke", () -> DocumentState.of(document)
				.reconciledStamp() == ((IDocumentExtension4) document).getModificationStamp());
		long settled = System.nanoTime() - typedAt;
		waitUntil("a marker for the unknown indicator ind_x1999", () -> marked("ind_x1999"));

		System.out.printf("%d-indicator template: first reconcile %d ms; slowest keystroke on the UI thread %.2f ms;"
				+ " last keystroke to reconciled %d ms (debounce %d ms included)%n", INDICATORS, firstReconcile / 1_000_000,
				slowest / 1e6, settled / 1_000_000, FormworkReconciler.DELAY);
		assertThat(document.get()).contains("indicator ind_x1999");
		editor.doRevertToSaved();
		Workbenches.closeAll();
	}

	@Test
	void afterTypingTheReconcileFindsWhatTheWholeTextGives() throws Exception {
		ITextEditor editor = Workbenches.open(template);
		IDocument document = document(editor);
		waitUntil("the first reconcile", () -> DocumentState.of(document).reconciledStamp() != -1);
		// keystrokes in a rule, in a row and in an indicator reference, each reconciled (partial reparses)
		String[][] edits = { { "sum([r0, amount]", "sum([r0 , amount]" }, { "row r7 ", "row r7x " },
				{ "indicator ind_12\n", "indicator ind_1\n" }, { "[total3, amount] =", "[total3, amount] <" } };
		for (String[] edit : edits) {
			int at = document.get().indexOf(edit[0]);
			assertThat(at).as(edit[0]).isNotNegative();
			document.replace(at, edit[0].length(), edit[1]);
			// the background reconcile may hold the model meanwhile: this one then gives way (null) and is retried
			FormworkReconciler.Result result = null;
			for (int attempt = 0; result == null && attempt < 100; attempt++) {
				result = FormworkReconciler.reconcile(document, SourceModels.of(document), new NullProgressMonitor());
				if (result == null) {
					Thread.sleep(50);
				}
			}
			assertThat(result).isNotNull();
			assertThat(describe(result.issues())).as("after '%s'", edit[1]).isEqualTo(describe(wholeText(document.get())));
		}
		editor.doRevertToSaved();
		Workbenches.closeAll();
	}

	/** The problems of the text parsed whole into a fresh resource set beside the catalog. */
	private static List<Issue> wholeText(String text) throws Exception {
		XtextResourceSet set = FormworkUi.formworkInjector().getInstance(XtextResourceSet.class);
		set.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		set.getResource(URI.createPlatformResourceURI(project.getFile("large-catalog.form").getFullPath().toString(), true), true);
		XtextResource resource = (XtextResource) set
				.createResource(URI.createPlatformResourceURI(template.getFullPath().toString(), true));
		resource.load(stream(text), set.getLoadOptions());
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
	}

	private static List<String> describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":"
				+ i.getColumn() + " " + i.getOffset() + "+" + i.getLength() + " " + i.getMessage()).toList();
	}

	private static boolean marked(String word) {
		try {
			return Arrays.stream(template.findMarkers(ProblemMarkers.SOURCE, false, 0))
					.anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(word));
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}
}
