package io.formwork.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The input files of a fixture folder. */
final class Fixtures {

	private Fixtures() {
	}

	static Stream<Path> inputs(Path folder, String extension) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> inputs = files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
			return inputs.stream();
		}
	}
}
