package io.formwork.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.WriterAppender;

/**
 * The process's entry, around the commands: standard output whose failure is seen (a full disk, a closed pipe,
 * {@code > /dev/full} is exit 2 with a message, never a lost report and exit 0), and no stack trace for what
 * escapes a command (out of memory names the inputs and is exit 2).
 */
final class Doors {

	private Doors() {
	}

	/** Runs the command on the given streams (the process's own, unbuffered by System.out) and returns the exit code. */
	static int main(String[] args, OutputStream stdout, OutputStream stderr) {
		// PrintWriter over a Writer over a raw stream: an IOException of the stream sets checkError(); over System.out
		// (a PrintStream) it would be swallowed there
		PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(stdout, 1 << 16), StandardCharsets.UTF_8), false);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
		quietLog(err);
		int exit;
		try {
			exit = Formwork.run(out, err, args);
		} catch (OutOfMemoryError e) {
			exit = outOfMemory(args, err);
		} catch (StackOverflowError e) {
			err.println("输入嵌套过深，无法处理 | the input is nested too deeply to be processed: " + String.join(" ", args));
			exit = Formwork.UNUSABLE;
		}
		if (out.checkError()) {
			err.println("标准输出无法写入（磁盘已满或管道已关闭？），报告未完整写出 | standard output cannot be written (disk full or pipe closed?); the report is not complete");
			exit = Formwork.UNUSABLE;
		}
		err.flush();
		return exit;
	}

	/**
	 * What escaped a command: one line naming the command and the failure, exit 2; the stack trace only when
	 * FORMWORK_TRACE is set (for a bug report).
	 */
	static int failed(Exception e, picocli.CommandLine commandLine, picocli.CommandLine.ParseResult parsed) {
		PrintWriter err = commandLine.getErr();
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
		err.println("内部错误，未能完成 | internal error, not completed (" + commandLine.getCommandName() + " "
				+ String.join(" ", parsed.originalArgs()) + "): " + what.lines().findFirst().orElse(what)
				+ " — 请报告此问题，设置 FORMWORK_TRACE=1 可得详细信息 | please report it; FORMWORK_TRACE=1 shows the details");
		if (System.getenv("FORMWORK_TRACE") != null) {
			e.printStackTrace(err);
		}
		return Formwork.UNUSABLE;
	}

	/**
	 * Xtext logs through log4j, by default on standard output and with stack traces: here on standard error, one
	 * line per event (a trace only with FORMWORK_TRACE), so that a report on standard output stays the report.
	 */
	static void quietLog(PrintWriter err) {
		// configured here, so log4j's default configuration is skipped: it would look for log4j.properties on the
		// class path and read Xtext's, in a signed jar whose verification costs a quarter of a second at start-up
		if (System.getProperty("log4j.defaultInitOverride") == null) {
			System.setProperty("log4j.defaultInitOverride", "true");
		}
		LogManager.resetConfiguration();
		boolean trace = System.getenv("FORMWORK_TRACE") != null;
		PatternLayout layout = new PatternLayout("formwork: %p %c{1} - %m%n") {
			@Override
			public boolean ignoresThrowable() {
				return trace; // false: the layout "handles" the throwable, so the appender prints no trace
			}
		};
		WriterAppender appender = new WriterAppender(layout, err);
		LogManager.getRootLogger().addAppender(appender);
		LogManager.getRootLogger().setLevel(Level.ERROR);
	}

	static int outOfMemory(String[] args, PrintWriter err) {
		err.println("内存不足，无法处理输入（" + String.join(" ", args) + "）；请增加 -Xmx 或拆分输入 | out of memory while processing "
				+ String.join(" ", args) + "; raise -Xmx (JAVA_OPTS) or split the input");
		return Formwork.UNUSABLE;
	}
}
