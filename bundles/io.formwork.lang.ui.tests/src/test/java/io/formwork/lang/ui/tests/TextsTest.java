package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.Texts;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.runtime.Language;

/**
 * Formwork's own texts in the workbench follow the chosen language: the platform's (English here), or the
 * preference; both languages, Chinese first, only when the preference asks for them. On the markers of a filing
 * validated by the builder and of a template typed into.
 */
class TextsTest {

	private static IProject project;
	private static final IEclipsePreferences PREFERENCES = InstanceScope.INSTANCE.getNode(FormworkUi.PLUGIN_ID);

	@BeforeAll
	static void project() throws Exception {
		project = Workbenches.exampleProject("texts-test");
	}

	@AfterAll
	static void delete() throws Exception {
		Workbenches.closeAll();
		project.delete(true, true, null);
	}

	@AfterEach
	void reset() {
		PREFERENCES.remove(Texts.LANGUAGE);
		PREFERENCES.remove(Texts.BILINGUAL);
		Workbenches.closeAll();
	}

	private static IMarker r1() throws Exception {
		return Arrays.stream(project.getFile("filings/example-city-2021-error.filing").findMarkers(ProblemMarkers.FILING, false,
				IResource.DEPTH_ZERO)).filter(m -> "R1".equals(m.getAttribute(ProblemMarkers.RULE, null))).findFirst().orElseThrow();
	}

	@Test
	void aMessageWrittenInBothLanguagesIsShownInTheChosenOne() {
		String message = "规则 R1 的提示信息缺少中文。 The message of rule R1 has no Chinese.";

		assertThat(Texts.language()).isEqualTo(Language.EN);
		assertThat(Texts.ofBilingual(message)).isEqualTo("The message of rule R1 has no Chinese.");
		PREFERENCES.put(Texts.LANGUAGE, "zh");
		assertThat(Texts.ofBilingual(message)).isEqualTo("规则 R1 的提示信息缺少中文。");
		assertThat(Texts.of("表", "table")).isEqualTo("表");
		PREFERENCES.putBoolean(Texts.BILINGUAL, true);
		assertThat(Texts.ofBilingual(message)).isEqualTo(message);
		assertThat(Texts.of("表", "table")).isEqualTo("表 table");
		// a message in one language only (a syntax error of the parser) stays as it is
		assertThat(Texts.ofBilingual("mismatched input 'x' expecting '}'")).isEqualTo("mismatched input 'x' expecting '}'");
	}

	@Test
	void aFilingsMarkersAreInChineseAloneWhenChineseIsChosenAndInBothWhenAsked() throws Exception {
		PREFERENCES.put(Texts.LANGUAGE, "zh");
		Workbenches.build(project);

		String zh = r1().getAttribute(IMarker.MESSAGE, "");
		assertThat(zh).startsWith("[R1] ").contains("表 t3 行 received 列 total").doesNotContain("table t3", "column");

		PREFERENCES.putBoolean(Texts.BILINGUAL, true);
		Workbenches.build(project);

		assertThat(r1().getAttribute(IMarker.MESSAGE, "")).contains("表 t3 行 received 列 total",
				"(table t3, row received, column total)");
	}

	@Test
	void aTemplatesMarkersAsYouTypeFollowTheChosenLanguage() throws Exception {
		IFile template = project.getFile("gov-info-disclosure-2019.form");
		ITextEditor editor = Workbenches.open(template);
		IDocument document = Workbenches.document(editor);
		int at = document.get().indexOf("assert [received]") + "assert [".length();

		document.replace(at, "received".length(), "recieved");
		Workbenches.waitUntil("an English marker names the unknown row", () -> message(template).contains("recieved"));
		String english = message(template);
		assertThat(english).doesNotContainPattern("\\p{IsHan}{2}");

		PREFERENCES.put(Texts.LANGUAGE, "zh");
		document.replace(at, "recieved".length(), "recievd");
		Workbenches.waitUntil("a Chinese marker names the unknown row", () -> message(template).contains("recievd"));
		assertThat(message(template)).containsPattern("\\p{IsHan}{2}").doesNotContain(english.substring(0, 10));
		editor.doRevertToSaved();
	}

	private static String message(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.SOURCE, false, 0))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
					.map(m -> m.getAttribute(IMarker.MESSAGE, "")).findFirst().orElse("");
		} catch (org.eclipse.core.runtime.CoreException e) {
			return "";
		}
	}
}
