package io.formwork.runtime.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files a run reads, and the outputs it is about to write: an output is refused when it is an input by any
 * spelling (relative, {@code ..}, a symbolic link to it or through a linked folder, a hard link: the real path
 * and the file key are compared, not the names) and when two outputs are the same file.
 */
public final class InputGuard {

	private final Map<Path, Object> inputs = new LinkedHashMap<>();
	private final Map<Path, Object> outputs = new LinkedHashMap<>();

	/** Records a file the run reads (a missing one is recorded by its spelling, in case it appears). */
	public InputGuard input(Path file) {
		if (file != null) {
			inputs.put(real(file), key(file));
		}
		return this;
	}

	public InputGuard inputs(Iterable<Path> files) {
		for (Path file : files) {
			input(file);
		}
		return this;
	}

	/**
	 * Claims {@code output} for writing: null when it may be written, else why not (English and Chinese, one line).
	 * A refused output is not claimed.
	 */
	public String claim(Path output) {
		Path real = real(output);
		Object key = key(output);
		if (isInput(real, key)) {
			return output + "：是输入文件，不会覆盖 | " + output + ": is an input; refusing to overwrite it"
					+ (real.equals(output.toAbsolutePath().normalize()) ? "" : " (" + real + ")");
		}
		for (Map.Entry<Path, Object> claimed : outputs.entrySet()) {
			if (claimed.getKey().equals(real) || key != null && key.equals(claimed.getValue())) {
				return output + "：与另一个输出是同一个文件 | " + output + ": is the same file as another output (" + claimed.getKey() + ")";
			}
		}
		outputs.put(real, key);
		return null;
	}

	/** Whether {@code file} is one of the inputs, by real path or file identity. */
	public boolean isInput(Path file) {
		return isInput(real(file), key(file));
	}

	/** The inputs recorded, by real path. */
	public List<Path> inputs() {
		return new ArrayList<>(inputs.keySet());
	}

	private boolean isInput(Path real, Object key) {
		if (inputs.containsKey(real)) {
			return true;
		}
		return key != null && inputs.containsValue(key);
	}

	/**
	 * The real path: of the file when it exists (links followed), else of its nearest existing folder with the rest
	 * of the name appended, so that a file not yet written through a linked folder is still recognised.
	 */
	static Path real(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path existing = absolute;
		Path rest = null;
		while (existing != null) {
			try {
				Path real = existing.toRealPath();
				return rest == null ? real : real.resolve(rest).normalize();
			} catch (IOException e) {
				Path name = existing.getFileName();
				rest = rest == null ? name : name.resolve(rest);
				existing = existing.getParent();
			}
		}
		return absolute;
	}

	/** The file key (device and inode on Unix), which hard links share; null when the file does not exist. */
	static Object key(Path file) {
		try {
			return Objects.requireNonNullElse(Files.readAttributes(file, BasicFileAttributes.class).fileKey(),
					real(file));
		} catch (IOException e) {
			return null;
		}
	}
}
