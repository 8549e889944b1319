package io.formwork.lang.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import io.formwork.lang.filing.CellEntry;
import io.formwork.lang.filing.ClaimEntry;
import io.formwork.lang.filing.Entry;
import io.formwork.lang.filing.Figure;
import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.RowEntry;
import io.formwork.lang.filing.TableEntry;

/**
 * The canonical layout of a textual filing (the example filings are written in it): the header on one line, a blank
 * line, then one table or claim per line; a table's rows one per line, indented one tab, {@code code: column figure,
 * column figure}; a row may go on over several lines after a comma, each continuation indented one tab more (a line
 * break there is kept, never added). Comments are kept where they are.
 */
public class FilingFormatter extends AbstractJavaFormatter {

	protected void format(FilingFile file, IFormattableDocument doc) {
		List<ISemanticRegion> regions = new ArrayList<>();
		textRegionExtensions.allSemanticRegions(file).forEach(regions::add);
		// words are separated by one space unless a rule below says otherwise
		for (int i = 1; i < regions.size(); i++) {
			doc.prepend(regions.get(i), it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		boolean first = true;
		for (Entry entry : file.getEntries()) {
			doc.prepend(entry, first ? it -> it.setNewLines(2) : it -> it.setNewLines(1, 1, 2));
			first = false;
			doc.format(entry);
		}
		if (!regions.isEmpty()) {
			doc.append(regions.get(regions.size() - 1), it -> it.setNewLines(1));
		}
	}

	protected void format(TableEntry table, IFormattableDocument doc) {
		ISemanticRegion open = textRegionExtensions.regionFor(table).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(table).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
		for (RowEntry row : table.getRows()) {
			doc.prepend(row, it -> it.newLine());
			doc.format(row);
		}
	}

	protected void format(RowEntry row, IFormattableDocument doc) {
		ISemanticRegion colon = textRegionExtensions.regionFor(row).keyword(":");
		if (colon != null) {
			doc.prepend(colon, it -> it.noSpace());
		}
		List<ISemanticRegion> commas = textRegionExtensions.regionFor(row).keywords(",");
		for (ISemanticRegion comma : commas) {
			doc.prepend(comma, it -> it.noSpace());
			// a line break after a comma is kept (a long row goes on on the next line), never added
			doc.append(comma, it -> it.setNewLines(0, 0, 1));
		}
		if (colon != null && !commas.isEmpty()) {
			ISemanticRegion last = textRegionExtensions.regionForEObject(row).getNextHiddenRegion()
					.getPreviousSemanticRegion();
			doc.interior(colon, last, it -> it.indent());
		}
		for (CellEntry cell : row.getCells()) {
			doc.format(cell);
		}
	}

	protected void format(CellEntry cell, IFormattableDocument doc) {
		ISemanticRegion dot = textRegionExtensions.regionFor(cell).keyword(".");
		if (dot != null) {
			doc.surround(dot, it -> it.noSpace());
		}
		if (cell.getFigure() != null) {
			doc.format(cell.getFigure());
		}
	}

	protected void format(ClaimEntry claim, IFormattableDocument doc) {
		if (claim.getFigure() != null) {
			doc.format(claim.getFigure());
		}
	}

	protected void format(Figure figure, IFormattableDocument doc) {
		ISemanticRegion minus = textRegionExtensions.regionFor(figure).keyword("-");
		if (minus != null) {
			doc.append(minus, it -> it.noSpace());
		}
	}
}
