package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatterTest {

	@ParameterizedTest
	@MethodSource("io.formwork.lang.tests.FormFiles#exampleFiles")
	void formattingAnExampleTwiceChangesNothingTheSecondTime(Path file) throws Exception {
		XtextResourceSet set = FormFiles.load(file);
		String once = Formatting.format(FormFiles.resource(set, file));
		XtextResource reparsed = reparse(set, file, once);
		assertThat(reparsed.getErrors()).isEmpty();
		String twice = Formatting.format(reparsed);
		assertThat(twice).isEqualTo(once);
		if (Boolean.getBoolean("formwork.printFormatted")) {
			Files.writeString(Path.of("target", file.getFileName() + ".formatted"), once);
		}
	}

	@ParameterizedTest
	@MethodSource("io.formwork.lang.tests.FormFiles#exampleFiles")
	void formattingAnExampleKeepsItsMeaning(Path file) throws Exception {
		XtextResourceSet set = FormFiles.load(file);
		XtextResource original = FormFiles.resource(set, file);
		XtextResource formatted = reparse(set, file, Formatting.format(original));
		assertThat(EcoreUtil.equals(original.getContents().get(0), formatted.getContents().get(0))).isTrue();
	}

	@ParameterizedTest
	@MethodSource("io.formwork.lang.tests.FormFiles#exampleFiles")
	void everyExampleIsWrittenInTheCanonicalLayout(Path file) throws Exception {
		XtextResourceSet set = FormFiles.load(file);
		assertThat(Formatting.format(FormFiles.resource(set, file))).isEqualTo(Files.readString(file));
	}

	/**
	 * Parses text in place of a file: a fresh resource set with the file's siblings, the file itself replaced
	 * by the text under the same URI.
	 */
	static XtextResource reparse(XtextResourceSet ignored, Path file, String text) throws Exception {
		XtextResourceSet fresh = FormFiles.load(file);
		XtextResource old = FormFiles.resource(fresh, file);
		URI uri = old.getURI();
		old.unload();
		fresh.getResources().remove(old);
		XtextResource resource = (XtextResource) fresh.createResource(uri);
		resource.load(new StringInputStream(text, "UTF-8"), fresh.getLoadOptions());
		EcoreUtil.resolveAll(resource);
		return resource;
	}
}
