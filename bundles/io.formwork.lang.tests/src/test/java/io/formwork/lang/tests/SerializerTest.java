package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SerializerTest {

	/**
	 * The model alone (a copy with no node model, so nothing of the original text survives) serializes to text
	 * that parses back into an equal model.
	 */
	@ParameterizedTest
	@MethodSource("io.formwork.lang.tests.FormFiles#exampleFiles")
	void anExampleModelSerializesToTextThatParsesBackToTheSameModel(Path file) throws Exception {
		XtextResourceSet set = FormFiles.load(file);
		XtextResource original = FormFiles.resource(set, file);
		EObject root = original.getContents().get(0);

		XtextResource detached = (XtextResource) set.createResource(URI.createFileURI(Path.of("target", "copy-" + file.getFileName()).toAbsolutePath().toString()));
		// an empty load marks the resource as loaded, so the index never reads it from disk
		detached.load(new org.eclipse.xtext.util.StringInputStream(""), set.getLoadOptions());
		detached.getContents().clear();
		detached.getContents().add(EcoreUtil.copy(root));
		ISerializer serializer = original.getResourceServiceProvider().get(ISerializer.class);
		String text = serializer.serialize(detached.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
		set.getResources().remove(detached);

		XtextResource reparsed = FormatterTest.reparse(set, file, text);
		assertThat(reparsed.getErrors()).as("syntax errors in%n%s", text).isEmpty();
		assertThat(FormFiles.validate(reparsed)).extracting(FormFiles::describe).isEmpty();
		assertThat(EcoreUtil.equals(root, reparsed.getContents().get(0))).as("model equality after%n%s", text).isTrue();
	}
}
