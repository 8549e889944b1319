package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import io.formwork.lang.formwork.FormFile;

class FormworkParserTest {

	@Test
	void parsesATemplateWithoutErrors() throws Exception {
		Resource resource = new FormworkParser().parse("template demo.t1 \"示例\" year 2021 { }\n");

		assertTrue(resource.getErrors().isEmpty(), () -> "parse errors: " + resource.getErrors());
		FormFile file = assertInstanceOf(FormFile.class, resource.getContents().get(0));
		assertEquals("demo.t1", file.getTemplate().getName());
		assertEquals("示例", file.getTemplate().getLabel().getZh());
		assertEquals(2021, file.getTemplate().getYear());
	}
}
