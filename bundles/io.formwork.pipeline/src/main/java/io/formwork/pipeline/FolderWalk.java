package io.formwork.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The files of a folder tree, walked lazily in a deterministic order: each folder's entries sorted by name, a
 * subfolder's files where its name falls among them (depth first). Only one listing per level of the tree is held
 * at a time, so a folder of a hundred thousand filings is never a list of a hundred thousand paths plus their
 * reports. Symbolic links to folders are not followed (no cycles); regular files are taken, links to them too.
 * What is taken is decided by a predicate on each regular file; a folder that cannot be listed raises
 * {@link UncheckedIOException} from the iterator.
 */
public final class FolderWalk implements Iterable<Path> {

	private final Path root;
	private final Predicate<Path> take;

	public FolderWalk(Path root, Predicate<Path> take) {
		this.root = root;
		this.take = take;
	}

	/** The filings of a folder by the rule of {@link Pipeline#filings} (every filing folder), walked lazily. */
	public static FolderWalk filings(FilingFormats formats, Path root) {
		return new FolderWalk(root, file -> Pipeline.isFiling(formats, root, file, List.of()));
	}

	@Override
	public Iterator<Path> iterator() {
		return new Iterator<>() {
			private final Deque<Iterator<Path>> levels = new ArrayDeque<>(List.of(listing(root)));
			private Path next;

			@Override
			public boolean hasNext() {
				while (next == null && !levels.isEmpty()) {
					Iterator<Path> level = levels.peek();
					if (!level.hasNext()) {
						levels.pop();
						continue;
					}
					Path entry = level.next();
					BasicFileAttributes attributes;
					try {
						attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
					} catch (IOException e) {
						continue; // gone since it was listed
					}
					if (attributes.isDirectory()) {
						levels.push(listing(entry));
					} else if ((attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(entry))
							&& take.test(entry)) {
						next = entry;
					}
				}
				return next != null;
			}

			@Override
			public Path next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				Path result = next;
				next = null;
				return result;
			}
		};
	}

	/** One folder's entries, sorted by name. */
	private static Iterator<Path> listing(Path folder) {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(entries::add);
		} catch (IOException e) {
			throw new UncheckedIOException(folder + ": cannot be listed", e);
		}
		entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
		return entries.iterator();
	}
}
