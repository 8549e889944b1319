package io.formwork.p2.check.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the probe found: one line per check, "ok ..." or "FAIL ...", written to the file the check script reads. */
final class Report {

	private final List<String> lines = new ArrayList<>();
	private int failed;

	void ok(String what) {
		add("ok   " + what);
	}

	void fail(String what) {
		failed++;
		add("FAIL " + what);
	}

	void check(boolean condition, String what, String whyNot) {
		if (condition) {
			ok(what);
		} else {
			fail(what + ": " + whyNot);
		}
	}

	boolean passed() {
		return failed == 0 && !lines.isEmpty();
	}

	private synchronized void add(String line) {
		lines.add(line);
		System.out.println("p2-check probe: " + line);
	}

	/** Writes the report to the file named by the system property, with a closing count. */
	void write(String file) {
		List<String> all = new ArrayList<>(lines);
		all.add("checks: " + (lines.size() - failed) + " ok, " + failed + " failed");
		try {
			Files.write(Path.of(file), all, StandardCharsets.UTF_8);
		} catch (IOException e) {
			System.err.println("p2-check probe: cannot write the report " + file + ": " + e);
		}
	}
}
