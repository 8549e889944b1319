package io.formwork.filing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generated filings of at least 50 MB: fact {@code i} is {@code t<i/1000>[r<i%1000>, c]} with value
 * {@code i}.{@code i%100} printed with a thousands separator (JSON pretty-printed with a unit, CSV one fact a
 * line); one value near the end is text.
 */
final class LargeFilings {

	static final long SIZE = 50L * 1024 * 1024;

	/** What was generated: how many facts, where the bad value is, the line of the last fact. */
	record Generated(Path file, int facts, int badLine, int badColumn, int lastLine) {
	}

	private LargeFilings() {
	}

	static String cell(int i) {
		return "t" + i / 1000 + "[r" + i % 1000 + ", c]";
	}

	static String value(int i) {
		return String.format(Locale.ROOT, "%,d.%02d", i, i % 100);
	}

	static Generated json(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("{\n  \"template\": \"big\",\n  \"year\": 2021,\n  \"facts\": [\n");
			int line = 5;
			int i = 0;
			long written = 0;
			int badLine = -1;
			int badColumn = -1;
			for (; written < SIZE || badLine < 0; i++, line += 5) {
				boolean bad = written >= SIZE - 1000 && badLine < 0;
				String value = "      \"value\": \"" + (bad ? "n/a" : value(i)) + "\",\n";
				String fact = "    {\n      \"cell\": \"" + cell(i) + "\",\n" + value + "      \"unit\": \"万元\"\n    },\n";
				if (bad) {
					badLine = line + 2;
					badColumn = value.indexOf("\"n/a\"") + 1;
				}
				out.write(fact);
				written += fact.getBytes(StandardCharsets.UTF_8).length;
			}
			out.write("    {\"cell\": \"" + cell(i) + "\", \"value\": \"" + value(i) + "\"}\n  ]\n}\n");
			return new Generated(file, i + 1, badLine, badColumn, line);
		}
	}

	static Generated csv(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# template: big\r\n# year: 2021\r\ncell,value\r\n");
			int line = 4;
			int i = 0;
			long written = 0;
			int badLine = -1;
			int badColumn = -1;
			for (; written < SIZE || badLine < 0; i++, line++) {
				boolean bad = written >= SIZE - 1000 && badLine < 0;
				String row = "\"" + cell(i) + "\",\"" + (bad ? "n/a" : value(i)) + "\"\r\n";
				if (bad) {
					badLine = line;
					badColumn = row.indexOf("\"n/a\"") + 1;
				}
				out.write(row);
				written += row.length();
			}
			out.write("\"" + cell(i) + "\"," + value(i).replace(",", "") + "\r\n");
			return new Generated(file, i + 1, badLine, badColumn, line);
		}
	}
}
