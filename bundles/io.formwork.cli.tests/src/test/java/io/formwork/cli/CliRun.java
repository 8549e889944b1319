package io.formwork.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the formwork command in-process: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Formwork.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new CliRun(exit, out.toString(), err.toString());
	}
}
