package io.formwork.forms.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import io.formwork.runtime.Filing;

/**
 * A format filings come in (JSON, CSV, a filled Word form, a published page, a PDF...): its id, the file
 * extensions it owns, how to tell it by its first bytes, and how to read it. A reader module implements it and
 * lists the class in {@code META-INF/services/io.formwork.forms.format.FilingFormat} (or an Eclipse bundle
 * contributes it to the extension point {@code filingFormats}); the pipeline's registry
 * ({@code io.formwork.pipeline.FilingFormats}) picks the format of a file by its extension, then by content.
 *
 * <p>The interface lives here, in a module without Xtext, so that a reader depending only on
 * {@code io.formwork.forms} (and the runtime) can implement it.
 *
 * <p>A format never throws for bad input: what it cannot read becomes a located problem on the filing
 * ({@code io.formwork.runtime.ProblemCodes}). {@link IOException} is for a file that cannot be opened at all;
 * the pipeline reports it as {@code filing.unreadable}.
 */
public interface FilingFormat {

	/** A short stable id: {@code json}, {@code docx}, {@code pdf}. */
	String id();

	/** The extensions this format owns, lower case, without the dot ({@code "html", "htm"}). */
	Set<String> extensions();

	/**
	 * Whether a file whose extension tells nothing is of this format, judged from its first bytes (up to 4 KB,
	 * a UTF-8 byte order mark left in place); the file is there for a format that must look inside a container
	 * (DOCX and XLSX are both zips). The registry asks the formats in their order and takes the first that says yes.
	 */
	default boolean sniff(Path file, byte[] head) {
		return false;
	}

	/**
	 * True when reading needs no template at all and the filing names its template itself (JSON, CSV, the textual
	 * {@code .filing}): the pipeline reads it first and then takes the template it names. Such a format is given
	 * the context of the template the file would get if it named none.
	 */
	default boolean layoutFree() {
		return false;
	}

	/**
	 * The id of the template a file of a layout-dependent format names in itself (a filled form's document
	 * property), without reading it; null when it names none (narrative text, a page, a hand-written report),
	 * and then template discovery decides by the configured default or the year the file states.
	 */
	default String templateOf(Path file) {
		return null;
	}

	/**
	 * Reads the filing in a file with the layout of the template it will be validated against.
	 *
	 * @throws IOException only when the file cannot be read at all
	 */
	Filing read(Path file, FormatContext context) throws IOException;
}
