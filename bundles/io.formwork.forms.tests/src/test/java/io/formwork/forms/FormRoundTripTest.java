package io.formwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;

/** A filing written into a form and read back gives the same figures, the same metadata, and no problem. */
class FormRoundTripTest {

	interface Writer {
		void write(FormTemplate template, Filing fill, OutputStream out) throws IOException;
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "2019, docx, example-county-2019", "2019, xlsx, example-county-2019-error", "2021, docx, example-city-2021-error",
			"2021, xlsx, example-city-2021" })
	void aFilledFormReadsBackAsTheFilingItWasFilledWith(int year, String kind, String name, @TempDir Path dir)
			throws IOException {
		FormTemplate template = Templates.of(year);
		Filing original = Templates.json(name);
		Path form = dir.resolve(name + "." + kind);
		try (OutputStream out = Files.newOutputStream(form)) {
			writer(kind).write(template, original, out);
		}
		Filing read = kind.equals("docx") ? new DocxFilingReader(template).read(form) : new XlsxFilingReader(template).read(form);

		assertThat(read.problems()).isEmpty();
		assertThat(read.template()).isEqualTo(template.id());
		assertThat(read.year()).isEqualTo(year);
		assertThat(read.body()).isEqualTo(original.body());
		assertThat(values(read)).isEqualTo(values(original));
		Fact received = read.fact(CellAddress.cell("t3", "received", "total"));
		assertThat(received.location().cell()).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "2019", "2021" })
	void theSameTemplateGivesTheSameBytes(int year) throws IOException {
		FormTemplate template = Templates.of(year);
		for (Writer writer : new Writer[] { DocxForm::write, XlsxForm::write }) {
			ByteArrayOutputStream first = new ByteArrayOutputStream();
			ByteArrayOutputStream second = new ByteArrayOutputStream();
			writer.write(template, null, first);
			writer.write(template, null, second);
			assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
		}
	}

	@ParameterizedTest
	@CsvSource({ "2019", "2021" })
	void aBlankFormReadsBackWithEveryCellBlankAndNoProblem(int year, @TempDir Path dir) throws IOException {
		FormTemplate template = Templates.of(year);
		for (String kind : new String[] { "docx", "xlsx" }) {
			Path form = dir.resolve("blank." + kind);
			try (OutputStream out = Files.newOutputStream(form)) {
				writer(kind).write(template, null, out);
			}
			Filing read = kind.equals("docx") ? new DocxFilingReader(template).read(form) : new XlsxFilingReader(template).read(form);
			assertThat(read.problems()).as(kind).isEmpty();
			long cells = template.plan().cells().keySet().stream().filter(a -> !a.isClaim()).count();
			assertThat(read.facts()).as(kind).hasSize((int) cells);
			assertThat(read.facts().values()).allMatch(f -> f.value().isBlank());
		}
	}

	static Writer writer(String kind) {
		Writer docx = DocxForm::write;
		Writer xlsx = XlsxForm::write;
		return kind.equals("docx") ? docx : xlsx;
	}

	/** Figures by address, as exact numbers (12 and 12.0 alike), blank as "". */
	static Map<String, String> values(Filing filing) {
		Map<String, String> values = new TreeMap<>();
		filing.facts().forEach((address, fact) -> values.put(address.toString(),
				fact.value().isBlank() ? "" : fact.value().number().stripTrailingZeros().toPlainString()));
		return values;
	}
}
