package io.formwork.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of one run goes, printed on standard error when {@code FORMWORK_TIMING} is set (or the system
 * property {@code formwork.timing}): the JVM's start until {@code main}, then each phase a door marks (Xtext's
 * set-up, the templates parsed, linked and checked, the plan compiled, the filings read and validated, the report
 * written), wall time and the process's CPU time at each mark. Off, a mark costs one test of a boolean.
 */
public final class Timing {

	private static final boolean ON = System.getenv("FORMWORK_TIMING") != null || Boolean.getBoolean("formwork.timing");
	private static final List<String[]> MARKS = new ArrayList<>();
	/** the previous mark; at first the process's start (as the OS tells it, to the millisecond or so) */
	private static long last = System.nanoTime() - ProcessHandle.current().info().startInstant()
			.map(started -> Duration.between(started, Instant.now()).toNanos()).orElse(0L);
	private static long lastCpu;
	private static final long FIRST = last;

	private Timing() {
	}

	public static boolean on() {
		return ON;
	}

	/** Ends the phase named (what was done since the previous mark). */
	public static synchronized void mark(String phase) {
		if (!ON) {
			return;
		}
		long now = System.nanoTime();
		long nowCpu = cpu();
		MARKS.add(new String[] { phase, String.format(Locale.ROOT, "%8.0f ms wall %8.0f ms cpu", (now - last) / 1e6,
				(nowCpu - lastCpu) / 1e6) });
		last = now;
		lastCpu = nowCpu;
	}

	/** The JVM's start until the first mark's clock began (class loading of main included), then every phase. */
	public static synchronized void print(PrintWriter err) {
		if (!ON) {
			return;
		}
		long sinceStart = (System.nanoTime() - FIRST) / 1_000_000;
		err.println("formwork timing (FORMWORK_TIMING):");
		for (String[] mark : MARKS) {
			err.printf(Locale.ROOT, "  %-44s %s%n", mark[0], mark[1]);
		}
		err.printf(Locale.ROOT, "  %-44s %8d ms wall %8.0f ms cpu%n", "total since the process started", sinceStart, cpu() / 1e6);
		err.flush();
	}

	/** The process's CPU time so far, in ns (every thread: JIT and GC included), or 0 when not told. */
	private static long cpu() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}
}
