package io.formwork.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

	@TempDir
	Path dir;

	@Test
	void aWriteReplacesTheFileWithTheWholeNewContent() throws IOException {
		Path target = dir.resolve("report.txt");
		Files.writeString(target, "old report\n");
		AtomicFile.writeText(target, out -> out.write("new report\n"));
		assertThat(Files.readString(target)).isEqualTo("new report\n");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path target = dir.resolve("report.txt");
		Files.writeString(target, "old report\n");
		assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
			out.write("half a rep");
			out.flush();
			throw new IOException("disk full");
		})).hasMessage("disk full");
		assertThat(Files.readString(target)).isEqualTo("old report\n");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void aContentThatThrowsAnUncheckedExceptionLeavesTheOldFile() throws IOException {
		Path target = dir.resolve("report.txt");
		Files.writeString(target, "old\n");
		assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
			out.write("x");
			throw new IllegalStateException("bug");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(Files.readString(target)).isEqualTo("old\n");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void createRefusesAnExistingFileAndLeavesItAlone() throws IOException {
		Path target = dir.resolve("new.filing");
		Files.writeString(target, "mine\n");
		assertThatThrownBy(() -> AtomicFile.createText(target, out -> out.write("theirs\n")))
				.isInstanceOf(FileAlreadyExistsException.class);
		assertThat(Files.readString(target)).isEqualTo("mine\n");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void createWritesAFileThatDidNotExist() throws IOException {
		Path target = dir.resolve("new.filing");
		AtomicFile.create(target, out -> out.write("数据\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(Files.readString(target)).isEqualTo("数据\n");
	}

	@Test
	void aSymbolicLinkAtTheTargetIsReplacedNotWrittenThrough() throws IOException {
		Path other = dir.resolve("other.txt");
		Files.writeString(other, "keep me\n");
		Path link = Files.createSymbolicLink(dir.resolve("link.txt"), other);
		AtomicFile.writeText(link, out -> out.write("report\n"));
		assertThat(Files.readString(other)).isEqualTo("keep me\n");
		assertThat(Files.isSymbolicLink(link)).isFalse();
		assertThat(Files.readString(link)).isEqualTo("report\n");
	}

	@Test
	void aFolderAtTheTargetIsRefused() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("out.txt"));
		assertThatThrownBy(() -> AtomicFile.writeText(folder, out -> out.write("x"))).isInstanceOf(IOException.class)
				.hasMessageContaining("folder");
	}

	@Test
	void aMissingFolderSaysSo() {
		Path target = dir.resolve("no/such/folder/report.txt");
		assertThatThrownBy(() -> AtomicFile.writeText(target, out -> out.write("x")))
				.isInstanceOfSatisfying(IOException.class, e -> assertThat(Why.of(e)).isEqualTo("no such file or folder"));
	}

	private java.util.List<Path> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
		}
	}
}
