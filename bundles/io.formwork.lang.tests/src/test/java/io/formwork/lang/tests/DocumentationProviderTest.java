package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.junit.jupiter.api.Test;

import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.ide.FormworkIdeSetup;

/** The hover's text of a row: its own other wordings, and those the revisions beside its template add to it. */
class DocumentationProviderTest {

	@Test
	void aRowsHoverListsTheWordingsARevisionAddsToIt() {
		var ide = new FormworkIdeSetup().createInjectorAndDoEMFRegistration();
		Path template2019 = GeneratedCode.example("gov-info-disclosure-2019.form");
		var set = FormFiles.load(template2019);
		FormFile form = (FormFile) FormFiles.resource(set, template2019).getContents().get(0);
		Line normative = EcoreUtil2.getAllContentsOfType(form.getTemplate(), Line.class).stream()
				.filter(l -> "normative".equals(l.getName())).findFirst().orElseThrow();
		String hover = ide.getInstance(IEObjectDocumentationProvider.class).getDocumentation(normative);
		assertThat(hover).contains("修订增补的写法 added by revisions: 规范性文件（gid_2021）");
		Line published = EcoreUtil2.getAllContentsOfType(form.getTemplate(), Line.class).stream()
				.filter(l -> "published".equals(l.getName())).findFirst().orElseThrow();
		assertThat(ide.getInstance(IEObjectDocumentationProvider.class).getDocumentation(published))
				.contains("亦作 also printed as: 本年公开数量").doesNotContain("added by revisions");
	}
}
