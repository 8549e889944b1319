package io.formwork.lang.ui.builder;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.lang.formwork.Template;
import io.formwork.runtime.Filing;

/**
 * Reads filings of some file extensions for the builder. Formats beyond the built-in ones (.filing, .json,
 * .csv, .txt, .html, .htm, .xlsx, .docx) plug in through the extension point {@code io.formwork.lang.ui.filingFormats}: a bundle that reads
 * workbooks or documents contributes {@code <format extensions="xlsx,docx" class="..."/>}.
 *
 * <p>A format never throws for bad input: what it cannot read becomes a located problem on the filing. It
 * names the template it follows ({@link Filing#template(String)}) so the builder can validate it.
 */
public interface FilingFormat {

	/** What a format may use to read a filing: the project's templates by id and the resource set holding them. */
	interface Context {
		/** The templates of the project, by id ({@code gid_2021}). */
		Map<String, Template> templates();

		/** The resource set with the project's templates and catalogs (for formats written in a Formwork language). */
		XtextResourceSet resourceSet();

		/**
		 * The template a filing that may not name one follows: the one a filled form names, else the project's
		 * {@code defaultTemplate} setting, else the latest template in force in the year the file's name (or its
		 * title) states; null when none can be told.
		 */
		Template templateFor(Path file);

		/** The shared reading of every filing format (io.formwork.pipeline) for a template of the project. */
		io.formwork.pipeline.CompiledTemplate workspace(Template template);
	}

	/** The filing in the file; null when the file is not a filing of this project (no template can be told). */
	Filing read(Path file, Context context);
}
