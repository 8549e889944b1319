package io.formwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.runtime.io.AtomicFile;
import io.formwork.runtime.io.InputGuard;
import io.formwork.runtime.io.Why;
import io.formwork.pipeline.CompiledTemplate;

/**
 * What a command writes, and what it reads: every file the run reads is an input (filings, the previous period,
 * a set's manifest, and every template and catalog its resource sets loaded: siblings, imports, the templates
 * revisions revise); an output is refused when it is one of them by any spelling or link, or when two outputs
 * are one file; outputs are written atomically ({@link AtomicFile}), and a failure says why.
 */
final class Outputs {

	private final InputGuard guard = new InputGuard();
	private final PrintWriter err;

	Outputs(PrintWriter err) {
		this.err = err;
	}

	Outputs input(Path file) {
		guard.input(file);
		return this;
	}

	Outputs inputs(List<Path> files) {
		files.forEach(guard::input);
		return this;
	}

	/** Every file a workspace's resource set has loaded. */
	Outputs inputs(CompiledTemplate workspace) {
		return workspace == null ? this : inputs(workspace.set);
	}

	Outputs inputs(XtextResourceSet set) {
		for (Resource resource : List.copyOf(set.getResources())) {
			URI uri = resource.getURI();
			if (uri != null && uri.isFile()) {
				guard.input(Path.of(uri.toFileString()));
			}
		}
		return this;
	}

	/** True when {@code output} may be written; else the reason is printed. */
	boolean claim(Path output) {
		String why = guard.claim(output);
		if (why != null) {
			err.println(why);
			return false;
		}
		return true;
	}

	/** Writes {@code output} atomically as UTF-8 text; false (the reason printed) when it cannot be written. */
	boolean writeText(Path output, AtomicFile.Text text) {
		try {
			AtomicFile.writeText(output, text);
			return true;
		} catch (IOException e) {
			err.println(cannot(output, e));
			return false;
		}
	}

	/** Writes {@code output} atomically; false (the reason printed) when it cannot be written. */
	boolean write(Path output, AtomicFile.Content content, boolean replace) {
		try {
			if (replace) {
				AtomicFile.write(output, content);
			} else {
				AtomicFile.create(output, content);
			}
			return true;
		} catch (IOException e) {
			err.println(cannot(output, e));
			return false;
		}
	}

	/** "PATH：无法写入：why | PATH: cannot be written: why". */
	static String cannot(Path output, IOException e) {
		String why = e instanceof FileAlreadyExistsException ? "exists; not overwritten" : Why.of(e);
		return output + "：无法写入 | " + output + ": cannot be written: " + why;
	}
}
