package io.formwork.lang.ui.tests;

import static io.formwork.lang.ui.tests.Workbenches.document;
import static io.formwork.lang.ui.tests.Workbenches.open;
import static io.formwork.lang.ui.tests.Workbenches.viewer;
import static io.formwork.lang.ui.tests.Workbenches.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ide.highlighting.FormworkHighlightingStyles;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.lang.ui.editor.DocumentState;
import io.formwork.lang.ui.editor.FormatHandler;
import io.formwork.lang.ui.editor.FormworkColors;
import io.formwork.lang.ui.editor.FormworkContentAssistProcessor;
import io.formwork.lang.ui.editor.FormworkHyperlinkDetector;
import io.formwork.lang.ui.editor.FormworkTextHover;
import io.formwork.lang.ui.outline.OutlineNode;

/**
 * The editor on the real 2021 template of the examples, in a running workbench: highlighting, content assist,
 * hover, outline, go to definition, formatting, and a broken rule that yields a marker a quick fix repairs.
 */
class EditorTest {

	private static IProject project;
	private static IFile template;

	@BeforeAll
	static void project() throws Exception {
		project = Workbenches.exampleProject("editor-test");
		template = project.getFile("gov-info-disclosure-2021.form");
		Workbenches.build(project);
	}

	@AfterAll
	static void deleteProject() throws Exception {
		Workbenches.closeAll();
		project.delete(true, true, null);
	}

	@AfterEach
	void closeEditors() {
		Workbenches.closeAll();
	}

	/** Opens the template and waits until the reconciler has seen its current text. */
	private static ITextEditor openReconciled(IFile file) throws Exception {
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitUntil("the reconciler has seen " + file.getName(), () -> DocumentState.of(document)
				.reconciledStamp() == ((IDocumentExtension4) document).getModificationStamp());
		return editor;
	}

	@Test
	void contentAssistOffersTheIndicatorCodesOfTheImportedCatalog() throws Exception {
		ITextEditor editor = openReconciled(template);
		IDocument document = document(editor);
		int offset = document.get().indexOf("indicator documents_issued") + "indicator documents_".length();

		ICompletionProposal[] proposals = new FormworkContentAssistProcessor().computeCompletionProposals(viewer(editor), offset);

		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertThat(shown).contains("documents_issued — 本年制发件数", "documents_repealed — 本年废止件数")
				.noneMatch(s -> s.startsWith("requests_received")).noneMatch(s -> s.startsWith("gid.documents_issued"));
		ICompletionProposal issued = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("documents_issued"))
				.findFirst().orElseThrow();
		assertThat(issued.getAdditionalProposalInfo()).contains("本年度新制作（制发）的规章或规范性文件件数");
	}

	@Test
	void contentAssistInARuleOffersTheRowsOfItsTable() throws Exception {
		ITextEditor editor = openReconciled(template);
		IDocument document = document(editor);
		int offset = document.get().indexOf("assert [received]") + "assert [rec".length();

		ICompletionProposal[] proposals = new FormworkContentAssistProcessor().computeCompletionProposals(viewer(editor), offset);

		assertThat(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString)).anyMatch(s -> s.startsWith("received"));
	}

	@Test
	void hoverOverAnIndicatorShowsItsLabelsTypeUnitAndDefinition() throws Exception {
		ITextEditor editor = openReconciled(template);
		int offset = document(editor).get().indexOf("indicator documents_issued") + "indicator ".length() + 3;

		String hover = new FormworkTextHover().getHoverInfo(viewer(editor), new Region(offset, 0));

		assertThat(hover).contains("documents_issued", "本年制发件数", "Documents issued this year", "count", "件",
				"本年度新制作（制发）的规章或规范性文件件数");
	}

	@Test
	void hoverOverARuleShowsItsAssertionAndMessage() throws Exception {
		ITextEditor editor = openReconciled(template);
		int offset = document(editor).get().indexOf("check R1") + "check ".length();

		String hover = new FormworkTextHover().getHoverInfo(viewer(editor), new Region(offset, 0));

		assertThat(hover).contains("R1", "收支平衡", "for each column in t3", "[received] + [carried_in] = [handled] + [carried_over]");
	}

	@Test
	void keywordsAreBoldAndIndicatorReferencesColouredAfterTheReconcile() throws Exception {
		ITextEditor editor = openReconciled(template);
		ITextViewer viewer = viewer(editor);
		String text = document(editor).get();
		int keyword = text.indexOf("template gid_2021");
		int reference = text.indexOf("indicator documents_issued") + "indicator ".length();
		waitUntil("the semantic highlighting is painted", () -> {
			StyleRange range = viewer.getTextWidget().getStyleRangeAtOffset(reference);
			return range != null && range.foreground != null;
		});

		StyleRange keywordStyle = viewer.getTextWidget().getStyleRangeAtOffset(keyword);
		StyleRange referenceStyle = viewer.getTextWidget().getStyleRangeAtOffset(reference);

		assertThat(keywordStyle.fontStyle & SWT.BOLD).isEqualTo(SWT.BOLD);
		assertThat(referenceStyle.foreground)
				.isEqualTo(FormworkColors.attribute(FormworkHighlightingStyles.INDICATOR).getForeground());
	}

	@Test
	void theOutlineShowsSectionsTablesRowsAndRules() throws Exception {
		ITextEditor editor = openReconciled(template);

		List<OutlineNode> roots = DocumentState.of(document(editor)).outline();

		assertThat(roots).singleElement().extracting(OutlineNode::code).isEqualTo("gid_2021");
		List<OutlineNode> members = roots.get(0).children();
		assertThat(members).extracting(OutlineNode::code).contains("s1", "s3", "R1");
		OutlineNode s3 = members.stream().filter(n -> n.code().equals("s3")).findFirst().orElseThrow();
		OutlineNode t3 = s3.children().stream().filter(n -> n.code().equals("t3")).findFirst().orElseThrow();
		assertThat(t3.label()).isEqualTo("收到和处理政府信息公开申请情况");
	}

	@Test
	void goToDefinitionLeadsFromAnIndicatorToTheCatalog() throws Exception {
		ITextEditor editor = openReconciled(template);
		int offset = document(editor).get().indexOf("indicator requests_received") + "indicator ".length() + 2;

		FormworkHyperlinkDetector.Target target = FormworkHyperlinkDetector.definition(document(editor), offset);

		assertThat(target.uri().lastSegment()).isEqualTo("gov-info-disclosure-catalog.form");
		String catalog = new String(project.getFile("gov-info-disclosure-catalog.form").getContents().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(catalog.substring(target.region().getOffset(), target.region().getOffset() + target.region().getLength()))
				.isEqualTo("requests_received");
	}

	@Test
	void formattingRestoresTheCanonicalLayoutOfTheExample() throws Exception {
		ITextEditor editor = openReconciled(template);
		IDocument document = document(editor);
		String canonical = document.get();
		int section = canonical.indexOf("\n\tsection s1");
		document.replace(section, "\n\tsection s1".length(), "   section   s1");

		boolean formatted = FormatHandler.format(document);

		assertThat(formatted).isTrue();
		assertThat(document.get()).isEqualTo(canonical);
		editor.doRevertToSaved();
	}

	@Test
	void aBrokenRuleYieldsAMarkerAsYouTypeAndAQuickFixRepairsIt() throws Exception {
		ITextEditor editor = openReconciled(template);
		IDocument document = document(editor);
		int at = document.get().indexOf("assert [received]") + "assert [".length();
		document.replace(at, "received".length(), "recieved");

		waitUntil("a marker names the unknown row", () -> linkingMarker() != null);
		IMarker marker = linkingMarker();
		assertThat(marker.getAttribute(IMarker.MESSAGE, "")).contains("recieved");
		assertThat(marker.getAttribute(IMarker.LINE_NUMBER, 0)).isEqualTo(document.getLineOfOffset(at) + 1);
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		IMarkerResolution fix = Arrays.stream(fixes).filter(f -> f.getLabel().contains("'received'")).findFirst().orElseThrow();

		fix.run(marker);

		assertThat(text(document, at, "received".length())).isEqualTo("received");
		waitUntil("the marker is gone", () -> linkingMarker() == null);
		editor.doRevertToSaved();
	}

	private static IMarker linkingMarker() {
		try {
			return Arrays.stream(template.findMarkers(ProblemMarkers.SOURCE, false, 0))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).findFirst().orElse(null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return null;
		}
	}

	private static String text(IDocument document, int offset, int length) throws BadLocationException {
		return document.get(offset, length);
	}
}
