package io.formwork.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.formwork.pipeline.FilingFormats;
import io.formwork.pipeline.FolderWalk;
import io.formwork.runtime.io.Inputs;
import io.formwork.runtime.io.Why;

/**
 * The FILE arguments of {@code validate}, read lazily: a file is itself; a folder is walked
 * ({@link FolderWalk}: each folder's entries sorted by name, the filings among them by the rule of a set's
 * folder); {@code @LIST} is a list file read line by line, never whole (picocli's own expansion of {@code @} files
 * is turned off for {@code validate}, see {@link Formwork#run}). A list keeps picocli's rules for what it supports:
 * <ul>
 * <li>paths are separated by blanks and line ends, several on a line allowed; blank lines are skipped;</li>
 * <li>{@code #} outside quotes starts a comment to the end of the line;</li>
 * <li>a path in double or single quotes may hold blanks and {@code #}; inside quotes {@code \\}, {@code \"} and
 * {@code \'} stand for the character after the backslash (other backslashes are kept, so Windows paths need no
 * doubling); a quote runs to the end of its line at most;</li>
 * <li>an entry that is a folder is walked as a folder argument; an entry starting with {@code @} is a path, not a
 * nested list (unlike picocli); relative paths are taken from the current folder, as on the command line.</li>
 * </ul>
 * Each path comes with where it was named ({@link Entry#where}: the argument, or {@code LIST:LINE}) so that a
 * missing one is reported at its line.
 */
final class FileArguments implements Iterable<FileArguments.Entry> {

	/** A file to validate, and where it was named: "LIST:LINE" for a list's entry, else null (the argument itself). */
	record Entry(Path file, String where) {
		String located() {
			return where == null ? file.toString() : where + ": " + file;
		}
	}

	private final List<String> arguments;
	private final FilingFormats formats;

	FileArguments(List<String> arguments, FilingFormats formats) {
		this.arguments = List.copyOf(arguments);
		this.formats = formats;
	}

	/** The list files among the arguments ({@code @LIST}): inputs the report may not overwrite. */
	List<Path> lists() {
		return arguments.stream().filter(FileArguments::isList).map(a -> Path.of(a.substring(1))).toList();
	}

	/** The paths only, in order. */
	Iterable<Path> files() {
		return () -> new Iterator<>() {
			private final Iterator<Entry> entries = iterator();

			@Override
			public boolean hasNext() {
				return entries.hasNext();
			}

			@Override
			public Path next() {
				return entries.next().file();
			}
		};
	}

	static boolean isList(String argument) {
		return argument.length() > 1 && argument.startsWith("@");
	}

	/**
	 * Each entry in order; a list that cannot be read, or a folder that cannot be listed, raises
	 * {@link UncheckedIOException} (its message names the file).
	 */
	@Override
	public Iterator<Entry> iterator() {
		return new Iterator<>() {
			private final Iterator<String> args = arguments.iterator();
			/** what is being expanded: a list's remaining tokens, a folder's walk */
			private final Deque<Iterator<Entry>> open = new ArrayDeque<>();
			private Entry next;

			@Override
			public boolean hasNext() {
				while (next == null) {
					if (!open.isEmpty()) {
						Iterator<Entry> current = open.peek();
						if (current.hasNext()) {
							Entry entry = current.next();
							if (current instanceof ListReader && Files.isDirectory(entry.file())) {
								open.push(walk(entry.file(), entry.where()));
							} else {
								next = entry;
							}
						} else {
							open.pop();
						}
						continue;
					}
					if (!args.hasNext()) {
						return false;
					}
					String argument = args.next();
					if (isList(argument)) {
						open.push(new ListReader(Path.of(argument.substring(1))));
					} else {
						Path file = Path.of(argument);
						if (Files.isDirectory(file)) {
							open.push(walk(file, null));
						} else {
							next = new Entry(file, null);
						}
					}
				}
				return true;
			}

			@Override
			public Entry next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				Entry result = next;
				next = null;
				return result;
			}
		};
	}

	/** A folder's filings; a folder with none gives the folder itself, which the command refuses (exit 2). */
	private Iterator<Entry> walk(Path folder, String where) {
		Iterator<Path> files = FolderWalk.filings(formats, folder).iterator();
		return new Iterator<>() {
			/** whether an entry was given: a folder with no filing gives itself once */
			private boolean any;

			@Override
			public boolean hasNext() {
				return files.hasNext() || !any;
			}

			@Override
			public Entry next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				boolean first = !any;
				any = true;
				return first && !files.hasNext() ? new Entry(folder, where) : new Entry(files.next(), where);
			}
		};
	}

	/** A list file's paths, read a line at a time; the reader is closed at its end. */
	private static final class ListReader implements Iterator<Entry> {
		private final Path list;
		private BufferedReader reader;
		private int line;
		private Iterator<String> tokens = Collections.emptyIterator();
		private boolean done;

		ListReader(Path list) {
			this.list = list;
		}

		@Override
		public boolean hasNext() {
			try {
				if (reader == null && !done) {
					String problem = Inputs.problem(list, Long.MAX_VALUE);
					if (problem != null) {
						throw new UncheckedIOException(new IOException("@" + list + ": " + problem));
					}
					reader = Files.newBufferedReader(list, StandardCharsets.UTF_8);
				}
				while (!tokens.hasNext() && !done) {
					String text = reader.readLine();
					if (text == null) {
						done = true;
						reader.close();
						return false;
					}
					line++;
					tokens = tokens(text).iterator();
				}
				return tokens.hasNext();
			} catch (IOException e) {
				done = true;
				throw new UncheckedIOException(new IOException("@" + list + (line > 0 ? ":" + (line + 1) : "") + ": cannot be read: "
						+ Why.of(e), e));
			}
		}

		@Override
		public Entry next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return new Entry(Path.of(tokens.next()), list + ":" + line);
		}
	}

	/** The paths of one line of a list, by the rules above. */
	static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		StringBuilder token = null;
		int i = 0;
		if (line.startsWith("\uFEFF")) {
			i = 1;
		}
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '"' || c == '\'') {
				if (token == null) {
					token = new StringBuilder();
				}
				i++;
				while (i < line.length() && line.charAt(i) != c) {
					char d = line.charAt(i);
					if (d == '\\' && i + 1 < line.length()
							&& (line.charAt(i + 1) == '\\' || line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\'')) {
						d = line.charAt(++i);
					}
					token.append(d);
					i++;
				}
				i++; // the closing quote (or past the end of the line)
			} else if (c == '#') {
				break;
			} else if (Character.isWhitespace(c)) {
				if (token != null) {
					tokens.add(token.toString());
					token = null;
				}
				i++;
			} else {
				if (token == null) {
					token = new StringBuilder();
				}
				token.append(c);
				i++;
			}
		}
		if (token != null) {
			tokens.add(token.toString());
		}
		return tokens;
	}
}
