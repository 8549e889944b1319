package io.formwork.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.formwork.forms.DocxFilingReader;
import io.formwork.forms.FormTemplate;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.engine.Engine;

/**
 * Round trip through a real PDF producer: each example filing of the 2019 and 2021 formats written into the
 * Word form ({@code formwork form --fill}), that form turned into PDF by LibreOffice, and the PDF read back:
 * its figures and the findings of every rule are those of the Word form.
 */
class PdfRoundTripTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource({ "2019, example-county-2019", "2019, example-county-2019-error", "2021, example-city-2021",
			"2021, example-city-2021-error" })
	void aFilledWordFormPrintedToPdfGivesTheFindingsOfTheWordForm(int year, String name, @TempDir Path dir) throws Exception {
		Pdfs.needLibreOffice("aFilledWordFormPrintedToPdfGivesTheFindingsOfTheWordForm");
		FormTemplate template = Templates.of(year);
		Path docx = Pdfs.filledForm(template, Templates.json(name), dir.resolve(name + ".docx"));
		Path pdf = Pdfs.convert(docx);

		Filing fromWord = new DocxFilingReader(template).read(docx);
		Filing fromPdf = new PdfFilingReader(template).read(pdf);

		assertThat(fromPdf.problems()).as("problems").isEmpty();
		assertThat(values(fromPdf)).isEqualTo(values(fromWord));
		assertThat(fromPdf.body()).isEqualTo(fromWord.body());
		Engine engine = new Engine(template.plan());
		fromPdf.template(fromWord.template()).year(fromWord.year());
		assertThat(findings(engine.validate(fromPdf).findings())).isEqualTo(findings(engine.validate(fromWord).findings()));
		Fact received = fromPdf.fact(io.formwork.runtime.CellAddress.cell("t3", "received", "total"));
		assertThat(received.location().cell()).matches("第 \\d+ 页 表格 \\d+ 第 \\d+ 行第 \\d+ 列 page \\d+, table \\d+ row \\d+ col \\d+");
		Files.deleteIfExists(pdf);
	}

	static Map<String, String> values(Filing filing) {
		Map<String, String> values = new TreeMap<>();
		for (Fact fact : filing.facts().values()) {
			values.put(fact.address().toString(), fact.value() + (fact.statedUnit() == null ? "" : " " + fact.statedUnit()));
		}
		return values;
	}

	static List<String> findings(List<Finding> findings) {
		return findings.stream().map(f -> f.ruleId() + " " + f.instance() + " " + f.status() + " " + f.left() + " " + f.right()).toList();
	}
}
