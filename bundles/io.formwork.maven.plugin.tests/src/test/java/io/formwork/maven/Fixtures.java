package io.formwork.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.SystemStreamLog;

/** The repository's examples, copied into temporary projects, and a log that remembers what it was told. */
final class Fixtures {

	private Fixtures() {
	}

	static Path examples() {
		String configured = System.getProperty("formwork.examples");
		return configured != null ? Path.of(configured) : Path.of("../../examples").toAbsolutePath().normalize();
	}

	static Path gid(String file) {
		return examples().resolve("gov-info-disclosure").resolve(file);
	}

	/** Copies files into a folder (created), keeping their names. */
	static Path copy(Path folder, Path... files) throws IOException {
		Files.createDirectories(folder);
		for (Path file : files) {
			Files.copy(file, folder.resolve(file.getFileName()));
		}
		return folder;
	}

	/** A Maven log that keeps every line, with its level. */
	static final class Recording extends SystemStreamLog {
		final List<String> lines = new ArrayList<>();

		@Override
		public void info(CharSequence content) {
			lines.add("INFO " + content);
		}

		@Override
		public void warn(CharSequence content) {
			lines.add("WARN " + content);
		}

		@Override
		public void error(CharSequence content) {
			lines.add("ERROR " + content);
		}

		@Override
		public void debug(CharSequence content) {
			lines.add("DEBUG " + content);
		}
	}
}
