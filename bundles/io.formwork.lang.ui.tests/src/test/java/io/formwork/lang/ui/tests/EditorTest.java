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
 * The editor on the real templates of the examples, in a running workbench: on the 2019 format (written in full)
 * highlighting, content assist, hover, outline, go to definition, formatting, and a broken rule that yields a marker
 * a quick fix repairs; on the 2021 format, a revision of 2019, content assist and hover over what it inherits.
 */
class EditorTest {

	private static IProject project;
	private static IFile template;
	private static IFile revision;

	@BeforeAll
	static void project() throws Exception {
		project = Workbenches.exampleProject("editor-test");
		template = project.getFile("gov-info-disclosure-2019.form");
		revision = project.getFile("gov-info-disclosure-2021.form");
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
	void contentAssistInARevisionsRuleOffersTheColumnsItInherits() throws Exception {
		ITextEditor editor = openReconciled(revision);
		IDocument document = document(editor);
		// R7 is stated by the 2021 revision; t2_1 is the effective table: 'repealed' added by a change block, the rest inherited
		int rule = document.get().indexOf("check R7");
		int offset = document.get().indexOf("- [repealed]", rule) + "- [rep".length();

		ICompletionProposal[] proposals = new FormworkContentAssistProcessor().computeCompletionProposals(viewer(editor), offset);

		assertThat(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString)).anyMatch(s -> s.startsWith("repealed"));
	}

	@Test
	void hoverInARevisionShowsTheInheritedColumnsIndicator() throws Exception {
		ITextEditor editor = openReconciled(revision);
		String text = document(editor).get();
		int offset = text.indexOf("+ [issued]", text.indexOf("check R7")) + "+ [iss".length();

		String hover = new FormworkTextHover().getHoverInfo(viewer(editor), new Region(offset, 0));

		assertThat(hover).contains("本年制发件数");
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
		int keyword = text.indexOf("template gid_2019");
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

		assertThat(roots).singleElement().extracting(OutlineNode::code).isEqualTo("gid_2019");
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

	private static OutlineNode child(OutlineNode parent, String code) {
		return parent.children().stream().filter(n -> n.code().equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError(code + " not under " + parent.code() + ": "
						+ parent.children().stream().map(OutlineNode::text).toList()));
	}

	private static String stated(OutlineNode node) throws Exception {
		String text = node.local() ? document(Workbenches.open(revision)).get()
				: new String(project.getFile(org.eclipse.emf.common.util.URI.createURI(node.uri()).lastSegment()).getContents()
						.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		return text.substring(node.nameOffset(), node.nameOffset() + node.nameLength());
	}

	@Test
	void theOutlineOfARevisionShowsItsEffectiveStructureMarkedWithWhatItChanges() throws Exception {
		ITextEditor editor = openReconciled(revision);

		List<OutlineNode> roots = DocumentState.of(document(editor)).outline();

		assertThat(roots).singleElement().extracting(OutlineNode::code).isEqualTo("gid_2021");
		OutlineNode template = roots.get(0);
		assertThat(template.mark()).contains("relabelled", "year");
		// what 2021 inherits from 2019: every section, and the rules, stated in the 2019 template
		assertThat(template.children()).extracting(OutlineNode::code).contains("s1", "s2", "s3", "s4", "s5", "s6", "R1", "R7");
		OutlineNode r1 = child(template, "R1");
		assertThat(r1.mark()).isNull();
		assertThat(r1.uri()).endsWith("gov-info-disclosure-2019.form");
		assertThat(stated(r1)).isEqualTo("R1");
		OutlineNode r7 = child(template, "R7");
		assertThat(r7.mark()).isEqualTo("added");
		assertThat(r7.local()).isTrue();
		assertThat(stated(r7)).isEqualTo("R7");
		// table 2.1 as it applies in 2021: a relabelled, an added and a removed column, each at the statement that says so
		OutlineNode t21 = child(child(template, "s2"), "t2_1");
		assertThat(t21.mark()).isEqualTo("revised");
		assertThat(t21.local()).isTrue();
		OutlineNode columns = child(t21, "columns");
		assertThat(child(columns, "issued").mark()).isEqualTo("relabelled");
		assertThat(child(columns, "issued").local()).isTrue();
		assertThat(document(editor).get().substring(child(columns, "issued").offset()))
				.startsWith("relabel column issued");
		assertThat(child(columns, "repealed").mark()).isEqualTo("added");
		assertThat(child(columns, "published").mark()).isEqualTo("removed");
		assertThat(document(editor).get().substring(child(columns, "published").offset())).startsWith("remove column published");
		// a removed table, where it was; a retyped column under its new code
		OutlineNode t29 = child(child(template, "s2"), "t2_9");
		assertThat(t29.mark()).isEqualTo("removed");
		assertThat(document(editor).get().substring(t29.offset())).startsWith("remove table t2_9");
		assertThat(child(child(child(child(template, "s2"), "t2_8"), "columns"), "fee_amount").mark())
				.contains("renamed", "meaning changed");
		// an inherited row: unmarked, stated in 2019
		OutlineNode received = child(child(child(child(template, "s3"), "t3"), "rows"), "received");
		assertThat(received.mark()).isNull();
		assertThat(received.uri()).endsWith("gov-info-disclosure-2019.form");
		assertThat(stated(received)).isEqualTo("received");
	}

	@Test
	void openingAnInheritedElementOfARevisionsOutlineShowsItInTheTemplateThatStatesIt() throws Exception {
		ITextEditor editor = openReconciled(revision);
		io.formwork.lang.ui.outline.FormworkOutlinePage page = new io.formwork.lang.ui.outline.FormworkOutlinePage(editor);
		OutlineNode r1 = DocumentState.of(document(editor)).outline().get(0).children().stream()
				.filter(n -> n.code().equals("R1")).findFirst().orElseThrow();

		page.open(r1);
		Workbenches.dispatch();

		ITextEditor opened = (ITextEditor) org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActiveEditor();
		assertThat(org.eclipse.ui.ide.ResourceUtil.getFile(opened.getEditorInput())).isEqualTo(template);
		assertThat(((org.eclipse.jface.text.ITextSelection) opened.getSelectionProvider().getSelection()).getText())
				.isEqualTo("R1");
	}

	@Test
	void goToDefinitionOnAFilingsRowsAndTablesLeadsToTheTextThatStatesThem() throws Exception {
		IFile filing = project.getFile("filings/example-city-2021.filing");
		ITextEditor editor = openReconciled(filing);
		String text = document(editor).get();

		// a row 2021 inherits from 2019, a table 2021 revises (stated in 2019), a row 2021 declares
		assertDefinition(editor, text.indexOf("regulations:") + 2, "gov-info-disclosure-2019.form", "regulations");
		assertDefinition(editor, text.indexOf("table t3") + "table t".length(), "gov-info-disclosure-2019.form", "t3");
		assertDefinition(editor, text.indexOf("oh_other:") + 2, "gov-info-disclosure-2021.form", "oh_other");
		// a column of table 2.1, inherited (2021 relabels it); a column of table 3, a member of the catalog's dimension
		assertDefinition(editor, text.indexOf("issued 2") + 2, "gov-info-disclosure-2019.form", "issued");
		assertDefinition(editor, text.indexOf("natural", text.indexOf("table t3")) + 2, "gov-info-disclosure-catalog.form",
				"natural");
	}

	private static void assertDefinition(ITextEditor editor, int offset, String file, String code) throws Exception {
		FormworkHyperlinkDetector.Target target = FormworkHyperlinkDetector.definition(document(editor), offset);
		assertThat(target).as("the definition at " + offset).isNotNull();
		assertThat(target.uri().lastSegment()).isEqualTo(file);
		String stated = new String(project.getFile(file).getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(stated.substring(target.region().getOffset(), target.region().getOffset() + target.region().getLength()))
				.isEqualTo(code);
		org.eclipse.jface.text.hyperlink.IHyperlink[] links = new FormworkHyperlinkDetector().detectHyperlinks(viewer(editor),
				new Region(offset, 0), false);
		assertThat(links).as("F3 finds a definition at " + offset).isNotNull().hasSize(1);
	}

	@Test
	void contentAssistOpensByItselfOnlyAfterABracketOrTheDotOfAQualifiedCode() throws Exception {
		IFile filing = project.getFile("filings/example-city-2021.filing");
		ITextEditor editor = openReconciled(filing);
		IDocument document = document(editor);
		int afterNumber = document.get().indexOf("issued 2") + "issued 2".length();
		FormworkContentAssistProcessor processor = new FormworkContentAssistProcessor();

		// typing a figure opens nothing; Ctrl+Space there still offers what may follow
		assertThat(FormworkContentAssistProcessor.opensAutomatically(document, afterNumber)).isFalse();
		assertThat(processor.computeCompletionProposals(viewer(editor), afterNumber, true)).isEmpty();
		assertThat(processor.computeCompletionProposals(viewer(editor), afterNumber, false)).isNotEmpty();

		ITextEditor form = openReconciled(template);
		IDocument text = document(form);
		int inBracket = text.get().indexOf("assert [received]") + "assert [rec".length();
		int afterQualifier = text.get().indexOf("import gid.") + "import gid.".length();
		assertThat(FormworkContentAssistProcessor.opensAutomatically(text, inBracket)).isTrue();
		assertThat(FormworkContentAssistProcessor.opensAutomatically(text, afterQualifier)).isTrue();
		assertThat(Arrays.stream(processor.computeCompletionProposals(viewer(form), inBracket, true))
				.map(ICompletionProposal::getDisplayString)).anyMatch(s -> s.startsWith("received"));
		// a decimal point, a keyword being typed: nothing opens by itself
		org.eclipse.jface.text.Document numbers = new org.eclipse.jface.text.Document("tolerance 12.5 ass");
		assertThat(FormworkContentAssistProcessor.opensAutomatically(numbers, "tolerance 12.".length())).isFalse();
		assertThat(FormworkContentAssistProcessor.opensAutomatically(numbers, numbers.getLength())).isFalse();
	}
}
