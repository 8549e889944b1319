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
 * The filing formats the builder reads, by file extension: the built-in .filing, .json and .csv, and those
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

	/** The extensions of {@link #all()}. */
	public static Set<String> extensions() {
		return all().keySet();
	}
}
