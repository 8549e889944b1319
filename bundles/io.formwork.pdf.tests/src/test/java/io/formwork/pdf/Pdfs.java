package io.formwork.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.formwork.forms.DocxForm;
import io.formwork.forms.FormTemplate;
import io.formwork.runtime.Filing;

/** PDFs made for the tests by a real PDF producer: LibreOffice converting Word documents. */
final class Pdfs {

	static final Path SOFFICE = Path.of("/usr/bin/soffice");

	private Pdfs() {
	}

	/** Skips the calling test, saying why, when LibreOffice is not installed. */
	static void needLibreOffice(String test) {
		if (!Files.isExecutable(SOFFICE)) {
			System.out.println("SKIPPED " + test + ": no LibreOffice (/usr/bin/soffice); apt-get install libreoffice-writer-nogui");
		}
		assumeTrue(Files.isExecutable(SOFFICE), "no LibreOffice (/usr/bin/soffice)");
	}

	/** The Word form of a template filled with a filing, as {@code formwork form --fill} writes it. */
	static Path filledForm(FormTemplate template, Filing fill, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			DocxForm.write(template, fill, out);
		}
		return file;
	}

	/** The PDF LibreOffice makes of a Word document, beside it. */
	static Path convert(Path docx) throws IOException, InterruptedException {
		Path dir = docx.getParent();
		Process process = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("LibreOffice took more than 180 s");
		}
		String name = docx.getFileName().toString();
		Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
		if (!Files.exists(pdf)) {
			throw new IOException("LibreOffice made no PDF: " + Files.readString(dir.resolve("soffice.log")));
		}
		return pdf;
	}
}
