package io.formwork.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.pipeline.FilingFormats;

/** The pipeline's registry, which every door reads through, gives a PDF to this reader: by extension or by content. */
class PdfFormatTest {

	@Test
	void theRegistryOfEveryDoorTakesAPdfByItsExtensionAndByItsFirstBytes(@TempDir Path dir) throws IOException {
		byte[] bytes = PdfBytes.onePage(null, "BT /F1 12 Tf 72 720 Td (x) Tj ET".getBytes(StandardCharsets.ISO_8859_1));
		Path named = Files.write(dir.resolve("report.PDF"), bytes);
		Path unnamed = Files.write(dir.resolve("report"), bytes);
		assertThat(FilingFormats.standard().formatOf(named)).isInstanceOf(PdfFormat.class);
		assertThat(FilingFormats.standard().formatOf(unnamed)).isInstanceOf(PdfFormat.class);
		assertThat(FilingFormats.standard().extensions()).contains("pdf");
	}

	@Test
	void aTextFileIsNotTakenForAPdf(@TempDir Path dir) throws IOException {
		Path text = Files.writeString(dir.resolve("report"), "一、总体情况\n本年收到申请 38 件。\n");
		assertThat(FilingFormats.standard().formatOf(text)).isNotInstanceOf(PdfFormat.class);
	}
}
