package io.formwork.lang.ui.builder;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import io.formwork.filing.CsvFilingReader;
import io.formwork.filing.JsonFilingReader;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.lang.ui.FormworkUi;

/**
 * The filing formats the builder reads, by file extension: the built-in .filing, .json and .csv (which name
 * their template), narrative text (.txt), pages (.html, .htm) and Word and Excel forms (.docx, .xlsx) read as
 * the command line reads them (io.formwork.pipeline), and those
 * contributed to the extension point {@value #EXTENSION_POINT}.
 */
public final class FilingFormats {

	public static final String EXTENSION_POINT = "io.formwork.lang.ui.filingFormats";

	private FilingFormats() {
	}

	public static Map<String, FilingFormat> all() {
		Map<String, FilingFormat> formats = new HashMap<>();
		formats.put("filing", (file, context) -> TextualFilings.read(context.resourceSet(), file));
		formats.put("json", (file, context) -> new JsonFilingReader().read(file));
		formats.put("csv", (file, context) -> new CsvFilingReader().read(file));
		// formats that need their template to be read (narrative text, pages, forms): the shared workspace reading
		for (String extension : WORKSPACE_FORMATS) {
			formats.put(extension, FilingFormats::readWithTemplate);
		}
		if (Platform.getExtensionRegistry() != null) {
			for (IConfigurationElement element : Platform.getExtensionRegistry()
					.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					FilingFormat format = (FilingFormat) element.createExecutableExtension("class");
					for (String extension : element.getAttribute("extensions").split(",")) {
						formats.put(extension.strip().toLowerCase(Locale.ROOT), format);
					}
				} catch (CoreException | RuntimeException e) {
					FormworkUi.log("Cannot load the filing format " + element.getAttribute("class"), e);
				}
			}
		}
		return formats;
	}

	/** Read through io.formwork.pipeline once their template is known. */
	static final java.util.List<String> WORKSPACE_FORMATS = java.util.List.of("txt", "html", "htm", "xlsx", "docx");

	private static io.formwork.runtime.Filing readWithTemplate(java.nio.file.Path file, FilingFormat.Context context) {
		io.formwork.lang.formwork.Template template = context.templateFor(file);
		if (template == null) {
			return null;
		}
		io.formwork.runtime.Filing filing = context.workspace(template).read(file);
		// a page or hand-written report names no template: it is read, and validated, as the chosen one's
		return filing.template() == null ? filing.template(template.getName()) : filing;
	}

	/** The extensions of {@link #all()}. */
	public static Set<String> extensions() {
		return all().keySet();
	}
}
