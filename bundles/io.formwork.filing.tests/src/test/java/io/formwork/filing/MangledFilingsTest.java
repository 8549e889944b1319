package io.formwork.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.formwork.runtime.Filing;

/** The good fixtures cut, spliced and sprinkled with syntax: the readers report, they never throw. */
class MangledFilingsTest {

	private static final byte[] NOISE = "\"\",,[]{}:\n\r\\#１，\u00a0\u0000é".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@ParameterizedTest
	@CsvSource({ "json/good.json, json", "csv/good.csv, csv", "json/bad-facts.json, json", "csv/bad-rows.csv, csv" })
	void aMangledFilingIsReportedNeverThrown(String fixture, String format, @TempDir Path folder) throws IOException {
		byte[] good = Files.readAllBytes(Expected.RESOURCES.resolve(fixture));
		FilingReader reader = format.equals("json") ? new JsonFilingReader() : new CsvFilingReader();
		Random random = new Random(20211);
		for (int round = 0; round < 400; round++) {
			byte[] mangled = mangle(good, random);
			Path file = folder.resolve("mangled-" + round + "." + format);
			Files.write(file, mangled);
			Filing filing = reader.read(file);
			assertThat(filing.source()).isEqualTo(file.toString());
			assertThat(Files.readAllBytes(file)).isEqualTo(mangled);
		}
	}

	private static byte[] mangle(byte[] text, Random random) {
		byte[] out = text.clone();
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			int at = random.nextInt(out.length);
			switch (random.nextInt(4)) {
			case 0 -> out = java.util.Arrays.copyOf(out, at);
			case 1 -> out[at] = NOISE[random.nextInt(NOISE.length)];
			case 2 -> out[at] = (byte) random.nextInt(256);
			default -> {
				byte[] longer = new byte[out.length + 1];
				System.arraycopy(out, 0, longer, 0, at);
				longer[at] = NOISE[random.nextInt(NOISE.length)];
				System.arraycopy(out, at, longer, at + 1, out.length - at);
				out = longer;
			}
			}
			if (out.length == 0) {
				break;
			}
		}
		return out;
	}
}
