package io.formwork.runtime.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file completely or not at all: the content goes to a temporary file in the same folder, which is
 * forced to disk and then moved over the target in one step ({@code ATOMIC_MOVE}). A reader (or a run killed
 * half way, or two runs at once) sees the old file or a new complete one, never a mix; on failure the temporary
 * file is removed and the target is left as it was.
 */
public final class AtomicFile {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void write(OutputStream out) throws IOException;
	}

	/** What writes the content as text (UTF-8). */
	@FunctionalInterface
	public interface Text {
		void write(Writer out) throws IOException;
	}

	private AtomicFile() {
	}

	/** Writes {@code target}, replacing it if it exists. */
	public static void write(Path target, Content content) throws IOException {
		write(target, content, true);
	}

	/** Writes {@code target} as UTF-8 text, replacing it if it exists. */
	public static void writeText(Path target, Text text) throws IOException {
		write(target, asContent(text), true);
	}

	/** Writes {@code target} as UTF-8 text only if it does not exist yet ({@link FileAlreadyExistsException} else). */
	public static void createText(Path target, Text text) throws IOException {
		write(target, asContent(text), false);
	}

	/** Writes {@code target} only if it does not exist yet ({@link FileAlreadyExistsException} else). */
	public static void create(Path target, Content content) throws IOException {
		write(target, content, false);
	}

	/** Writes bytes to {@code target}, replacing it. */
	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes), true);
	}

	private static Content asContent(Text text) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			text.write(writer);
			writer.flush();
		};
	}

	private static void write(Path target, Content content, boolean replace) throws IOException {
		try (Pending pending = open(target, replace)) {
			try {
				content.write(new NonClosing(pending.stream()));
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
			pending.commit();
		}
	}

	/**
	 * Opens {@code target} for a streamed write: what is written to {@link Pending#stream()} goes to a temporary
	 * file in the same folder, which {@link Pending#commit()} forces to disk and moves over the target; closing a
	 * pending write that was not committed removes the temporary file and leaves the target as it was.
	 */
	public static Pending open(Path target, boolean replace) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		if (folder == null) {
			throw new IOException(target + ": has no folder");
		}
		if (Files.isDirectory(absolute)) {
			throw new IOException("is a folder");
		}
		if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(target.toString());
		}
		String name = absolute.getFileName().toString();
		Path temp = Files.createTempFile(folder, "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".", ".part");
		try {
			return new Pending(absolute, temp, replace);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** A streamed write under way: {@link #commit()} puts it in place, {@link #close()} without it discards it. */
	public static final class Pending implements Closeable {
		private final Path target;
		private final Path temp;
		private final boolean replace;
		private final FileChannel channel;
		private final OutputStream out;
		private boolean done;

		private Pending(Path target, Path temp, boolean replace) throws IOException {
			this.target = target;
			this.temp = temp;
			this.replace = replace;
			this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
			this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
		}

		/** Where the content goes (closing it does not commit). */
		public OutputStream stream() {
			return out;
		}

		/** Forces the content to disk and moves it over the target in one step. */
		public void commit() throws IOException {
			if (done) {
				return;
			}
			done = true;
			try {
				out.flush();
				channel.force(true);
				channel.close();
				if (replace) {
					try {
						Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					} catch (AtomicMoveNotSupportedException e) {
						Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
					}
				} else {
					// a hard link is created only where no file is: atomic "create new"; then the temporary name goes
					try {
						Files.createLink(target, temp);
					} catch (FileAlreadyExistsException e) {
						throw e;
					} catch (UnsupportedOperationException | FileSystemException e) {
						Files.move(temp, target); // no hard links here: a move that refuses an existing target
					}
				}
			} finally {
				Files.deleteIfExists(temp);
			}
		}

		/** Discards the write unless it was committed. */
		@Override
		public void close() throws IOException {
			try {
				channel.close();
			} finally {
				Files.deleteIfExists(temp); // after a commit it is gone already; after a failure the target is untouched
			}
		}
	}

	/** The content's writer may close its stream; the file is closed here, after it is forced to disk. */
	private static final class NonClosing extends FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}
	}
}
