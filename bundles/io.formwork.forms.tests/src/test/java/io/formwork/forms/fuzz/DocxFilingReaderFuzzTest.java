package io.formwork.forms.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.formwork.forms.DocxFilingReader;
import io.formwork.forms.DocxForm;
import io.formwork.forms.FormTemplate;
import io.formwork.forms.Templates;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;

/**
 * Any document.xml inside an otherwise valid Word package (the fuzzer's bytes replace the main part of the blank
 * 2021 form) gives located problems, never an exception. The fuzzer mutates the XML, where a reader's bugs
 * live, rather than the zip around it (whose failures HostileInputTest covers).
 */
class DocxFilingReaderFuzzTest {

	private static FormTemplate template;
	private static byte[] blank;
	private static Path file;

	@FuzzTest(maxExecutions = 600)
	void anyDocumentXmlGivesLocatedProblemsNotExceptions(byte[] documentXml) throws IOException {
		if (template == null) {
			template = Templates.of(2021);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			DocxForm.write(template, null, out);
			blank = out.toByteArray();
			file = Files.createTempDirectory("formwork-fuzz").resolve("form.docx");
		}
		Files.write(file, withDocument(blank, documentXml));
		Filing filing = new DocxFilingReader(template).read(file);
		for (Problem problem : filing.problems()) {
			assertThat(problem.location()).as("location of %s", problem).isNotNull();
			assertThat(problem.zh()).isNotBlank();
			assertThat(problem.en()).isNotBlank();
		}
	}

	/** The package with word/document.xml replaced. */
	static byte[] withDocument(byte[] docx, byte[] documentXml) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals("word/document.xml") ? documentXml : in.readAllBytes());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
