package io.formwork.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputGuardTest {

	@TempDir
	Path dir;
	Path filing;
	InputGuard guard;

	@BeforeEach
	void anInput() throws IOException {
		filing = Files.writeString(dir.resolve("f.json"), "{}");
		guard = new InputGuard().input(filing);
	}

	@Test
	void theInputByAnotherSpellingIsRefused() throws IOException {
		Files.createDirectory(dir.resolve("sub"));
		assertThat(guard.claim(dir.resolve("sub/../f.json"))).contains("is an input");
	}

	@Test
	void aSymbolicLinkToTheInputIsRefused() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("link.json"), filing);
		assertThat(guard.claim(link)).contains("is an input");
	}

	@Test
	void aHardLinkToTheInputIsRefused() throws IOException {
		Path hard = Files.createLink(dir.resolve("hard.json"), filing);
		assertThat(guard.claim(hard)).contains("is an input");
	}

	@Test
	void theInputThroughALinkedFolderIsRefused() throws IOException {
		Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir);
		assertThat(guard.claim(linked.resolve("f.json"))).contains("is an input");
	}

	@Test
	void anInputRecordedThroughALinkIsRecognisedByItsRealName() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("link.json"), filing);
		InputGuard viaLink = new InputGuard().input(link);
		assertThat(viaLink.claim(filing)).contains("is an input");
	}

	@Test
	void anotherFileMayBeWritten() {
		assertThat(guard.claim(dir.resolve("report.txt"))).isNull();
	}

	@Test
	void twoOutputsThatAreOneFileAreRefused() throws IOException {
		assertThat(guard.claim(dir.resolve("r.html"))).isNull();
		assertThat(guard.claim(Path.of(dir + "/./r.html"))).contains("same file as another output");
	}

	@Test
	void twoOutputsThatAreHardLinksOfOneFileAreRefused() throws IOException {
		Path a = Files.writeString(dir.resolve("a.txt"), "a");
		Path b = Files.createLink(dir.resolve("b.txt"), a);
		assertThat(guard.claim(a)).isNull();
		assertThat(guard.claim(b)).contains("same file as another output");
	}
}
