package io.formwork.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.forms.format.BuiltInFormats;
import io.formwork.forms.format.FilingFormat;
import io.formwork.forms.format.FormatContext;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.runtime.Filing;

/**
 * The registry of filing formats: the format of a file by its extension, then by its content. Built-ins
 * (.filing, .json, .csv, .docx, .xlsx, .html/.htm, .txt), then the formats {@link ServiceLoader} finds
 * ({@code META-INF/services/io.formwork.forms.format.FilingFormat}), then those {@linkplain #add added} (the
 * Eclipse extension point {@code filingFormats} feeds this). A format added later wins an extension over an
 * earlier one; narrative text is the last resort of content sniffing.
 */
public final class FilingFormats {

	/** The textual filing ({@code filing gid_2021 ...}), read in the resource set of the templates. */
	public static final FilingFormat FILING = new FilingFormat() {
		@Override
		public String id() {
			return "filing";
		}

		@Override
		public Set<String> extensions() {
			return Set.of("filing");
		}

		@Override
		public boolean sniff(Path file, byte[] head) {
			String start = BuiltInFormats.start(head);
			return start.startsWith("filing") || start.startsWith("//");
		}

		@Override
		public boolean layoutFree() {
			return true;
		}

		@Override
		public Filing read(Path file, FormatContext context) {
			XtextResourceSet set = context.service(XtextResourceSet.class).orElseGet(CompiledTemplate::newSet);
			return TextualFilings.read(set, file);
		}

		@Override
		public String toString() {
			return "filing";
		}
	};

	private static final FilingFormats STANDARD = new FilingFormats(true);

	private final List<FilingFormat> formats = new CopyOnWriteArrayList<>();

	private FilingFormats(boolean serviceLoader) {
		for (FilingFormat format : BuiltInFormats.all()) {
			if (format != BuiltInFormats.TEXT) {
				formats.add(format);
			}
		}
		formats.add(FILING);
		if (serviceLoader) {
			try {
				for (FilingFormat format : ServiceLoader.load(FilingFormat.class, FilingFormats.class.getClassLoader())) {
					formats.add(format);
				}
			} catch (ServiceConfigurationError e) {
				System.err.println("Formwork: a filing format cannot be loaded / 无法加载填报格式: " + e.getMessage());
			}
		}
	}

	/** The registry every door shares: built-ins, ServiceLoader's formats and those added. */
	public static FilingFormats standard() {
		return STANDARD;
	}

	/** A registry of the built-in formats only (for tests). */
	public static FilingFormats builtIn() {
		return new FilingFormats(false);
	}

	/** Adds a format (an Eclipse extension's, a tool's): it takes its extensions from those before it. */
	public FilingFormats add(FilingFormat format) {
		formats.add(format);
		return this;
	}

	/** Removes a format added before (a bundle that stops). */
	public FilingFormats remove(FilingFormat format) {
		formats.remove(format);
		return this;
	}

	/** Every format, in the order content sniffing asks them (narrative text last). */
	public List<FilingFormat> all() {
		List<FilingFormat> all = new ArrayList<>(formats);
		all.add(BuiltInFormats.TEXT);
		return all;
	}

	/** The extensions some format owns. */
	public Set<String> extensions() {
		Set<String> extensions = new TreeSet<>();
		all().forEach(f -> extensions.addAll(f.extensions()));
		return extensions;
	}

	/** The format of a file's extension, or null when no format owns it. */
	public FilingFormat byExtension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return null;
		}
		String extension = name.substring(dot + 1);
		List<FilingFormat> all = all();
		for (int i = all.size() - 1; i >= 0; i--) {
			if (all.get(i).extensions().contains(extension)) {
				return all.get(i);
			}
		}
		return null;
	}

	/** The format of a file: by its extension, else by its first bytes (narrative text when nothing else says yes). */
	public FilingFormat formatOf(Path file) throws IOException {
		FilingFormat format = byExtension(file);
		if (format != null) {
			return format;
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(4096);
		}
		for (FilingFormat candidate : all()) {
			if (candidate.sniff(file, head)) {
				return candidate;
			}
		}
		return BuiltInFormats.TEXT;
	}
}
