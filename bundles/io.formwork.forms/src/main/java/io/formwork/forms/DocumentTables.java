package io.formwork.forms;

import java.util.List;

import io.formwork.runtime.Filing;

/**
 * The label matching of the form readers ({@link TableMatcher}), for readers of other document formats that
 * live outside this bundle (the PDF reader): they build {@link Grid}s as the DOCX and HTML readers do and hand
 * them here, so that every format finds the template's tables the same way, by their labels.
 */
public final class DocumentTables {

	private DocumentTables() {
	}

	/**
	 * Reads every template table found among the grids into the filing, reporting what does not match;
	 * returns how many template tables were found.
	 */
	public static int read(FormTemplate template, Filing filing, List<Grid> grids) {
		return new TableMatcher(template, filing).read(grids);
	}
}
