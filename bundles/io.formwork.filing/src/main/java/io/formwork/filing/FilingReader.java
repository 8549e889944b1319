package io.formwork.filing;

import java.nio.file.Path;

import io.formwork.runtime.Filing;

/**
 * Reads one filing from a file. A reader never throws for bad input: what it cannot read becomes a located
 * {@link io.formwork.runtime.Problem} on the returned filing (codes in {@link ProblemCodes}), and it reads on
 * past a bad fact so that every bad fact is reported. The file is never modified.
 */
public interface FilingReader {

	/** The filing in {@code file}; its source and locations name the file as given. */
	Filing read(Path file);
}
