import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.formwork.filing.JsonFilingReader;
import io.formwork.forms.DocumentTables;
import io.formwork.forms.FormTemplate;
import io.formwork.forms.Grid;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Measures Tabula-java 1.0.5 (lattice mode, on PDFBox 2) against the same label matching the PDF reader uses:
 * each Tabula table becomes a Grid (a spanning cell is text in its first position and blank in the others, as
 * Tabula gives it), DocumentTables matches them, and the table cells read are compared with the filing the PDF
 * was made from. Not part of the build: Tabula pins PDFBox 2, which cannot share a class path with PDFBox 3.
 * Run: java -cp <tabula, pdfbox 2.0.24, fontbox 2.0.24, jts, slf4j, commons-logging, the forms/runtime/filing/
 * narrative/lang classes and the language's dependencies> TabulaCells.java <template year> <filing.json> <pdf>...
 * (the templates are taken from -Dformwork.examples).
 */
public class TabulaCells {

	public static void main(String[] args) throws Exception {
		int year = Integer.parseInt(args[0]);
		var of = Class.forName("io.formwork.pdf.Templates").getDeclaredMethod("of", int.class);
		of.setAccessible(true); // the test bundle's loader of the example templates
		FormTemplate template = (FormTemplate) of.invoke(null, year);
		Filing truth = new JsonFilingReader().read(Path.of(args[1]));
		for (int i = 2; i < args.length; i++) {
			Path pdf = Path.of(args[i]);
			List<Grid> grids = new ArrayList<>();
			try (PDDocument document = PDDocument.load(pdf.toFile()); ObjectExtractor extractor = new ObjectExtractor(document)) {
				PageIterator pages = extractor.extract();
				SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
				while (pages.hasNext()) {
					Page page = pages.next();
					for (Table table : lattice.extract(page)) {
						List<List<RectangularTextContainer>> rows = table.getRows();
						Grid.Cell[][] cells = new Grid.Cell[rows.size()][];
						for (int r = 0; r < rows.size(); r++) {
							cells[r] = new Grid.Cell[rows.get(r).size()];
							for (int c = 0; c < rows.get(r).size(); c++) {
								String text = rows.get(r).get(c).getText().replace("\r", "").replace("\n", "");
								cells[r][c] = new Grid.Cell(text, null, null, Location.ofCell(pdf.toString(), "p" + page.getPageNumber() + " r" + (r + 1) + " c" + (c + 1)));
							}
						}
						grids.add(new Grid("table " + (grids.size() + 1), cells));
					}
				}
			}
			Filing read = new Filing(pdf.toString());
			DocumentTables.read(template, read, grids);
			score("tabula", pdf, truth, read);
		}
	}

	static void score(String who, Path pdf, Filing truth, Filing read) {
		int right = 0, wrong = 0, missing = 0;
		for (Map.Entry<io.formwork.runtime.CellAddress, Fact> e : truth.facts().entrySet()) {
			if (e.getKey().isClaim()) {
				continue;
			}
			Fact got = read.fact(e.getKey());
			if (got == null) {
				missing++;
			} else if (got.value().toString().equals(e.getValue().value().toString())) {
				right++;
			} else {
				wrong++;
			}
		}
		System.out.println(who + " " + pdf.getFileName() + ": " + right + " right, " + wrong + " wrong, " + missing + " missing, "
				+ read.problems().size() + " problems");
	}
}
