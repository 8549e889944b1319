package io.formwork.lang.ui.builder;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import io.formwork.forms.format.FilingFormat;
import io.formwork.lang.ui.FormworkUi;

/**
 * The filing formats of the Eclipse builder: the pipeline's one registry ({@code io.formwork.pipeline.FilingFormats},
 * the formats the command line, the Maven plugin and the language server read), fed with the formats contributed to
 * the extension point {@value #EXTENSION_POINT}: {@code <format class="..."/>}, a class implementing
 * {@link FilingFormat} (its id, extensions, content sniffing and reader), as a {@code ServiceLoader} provider would.
 */
public final class FilingFormats {

	public static final String EXTENSION_POINT = "io.formwork.lang.ui.filingFormats";

	private static boolean contributed;

	private FilingFormats() {
	}

	/** The pipeline's registry, with the extension point's formats added (once). */
	public static synchronized io.formwork.pipeline.FilingFormats registry() {
		io.formwork.pipeline.FilingFormats registry = io.formwork.pipeline.FilingFormats.standard();
		if (!contributed && Platform.getExtensionRegistry() != null) {
			contributed = true;
			for (IConfigurationElement element : Platform.getExtensionRegistry()
					.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					registry.add((FilingFormat) element.createExecutableExtension("class"));
				} catch (CoreException | RuntimeException e) {
					FormworkUi.log("Cannot load the filing format " + element.getAttribute("class"), e);
				}
			}
		}
		return registry;
	}
}
