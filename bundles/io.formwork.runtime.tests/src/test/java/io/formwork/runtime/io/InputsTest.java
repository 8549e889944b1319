package io.formwork.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

	@TempDir
	Path dir;

	@Test
	void aMissingFileAFolderAndAPipeAreRefusedWithoutWaiting() throws Exception {
		assertThat(Inputs.problem(dir.resolve("nosuch.json"), 100)).isEqualTo("no such file");
		assertThat(Inputs.problem(dir, 100)).isEqualTo("is a folder, not a file");
		Path fifo = dir.resolve("p");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		if (mkfifo.waitFor() == 0) {
			assertThat(Inputs.problem(fifo, 100)).startsWith("is not a regular file");
			assertThatThrownBy(() -> Inputs.readBytes(fifo, 100)).isInstanceOf(Inputs.Unreadable.class);
		}
	}

	@Test
	void aFileOverTheLimitIsRefusedNamingTheLimit() throws IOException {
		Path big = Files.write(dir.resolve("big.json"), new byte[3 << 20]);
		assertThat(Inputs.problem(big, 2 << 20)).startsWith("is larger than the limit of 2 MB");
		assertThatThrownBy(() -> Inputs.readBytes(big, 2 << 20)).hasMessageContaining("2 MB");
	}

	@Test
	void gbkTextIsAnErrorNamingLineColumnAndTheEncoding() throws IOException {
		Path gbk = Files.write(dir.resolve("t.form"), "catalog c {\n\tunit 件\n}\n".getBytes(Charset.forName("GBK")));
		assertThatThrownBy(() -> Inputs.readUtf8(gbk, 1000)).isInstanceOfSatisfying(Inputs.Unreadable.class, e -> {
			assertThat(e.line()).isEqualTo(2);
			assertThat(e.column()).isEqualTo(7);
			assertThat(e.getMessage()).contains("not UTF-8", "GBK", "line 2, column 7");
		});
	}

	@Test
	void utf8WithAByteOrderMarkIsReadWithoutIt() throws IOException {
		Path text = Files.write(dir.resolve("t.filing"), new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b' });
		assertThat(Inputs.readUtf8(text, 100)).isEqualTo("ab");
	}

	@Test
	void aTruncatedSequenceAtTheEndIsNamed() {
		byte[] bytes = "ab件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
		assertThatThrownBy(() -> Inputs.decodeUtf8(cut)).isInstanceOfSatisfying(Inputs.Unreadable.class,
				e -> assertThat(e.column()).isEqualTo(3));
	}
}
