package io.formwork.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The editor benchmarks timed by the CPU time of the thread that runs them (median and tenth percentile of n
 * warm runs), beside the wall clock: on a machine shared with other builds the wall clock mostly measures the
 * wait for a core, the thread's CPU time much less so. Not JMH; for before/after comparisons under load:
 * <pre>java -cp bench.jar io.formwork.bench.EditorCpuTime [benchmark method] [n]</pre>
 * e.g. {@code typeOneCharacter 40}. The methods are those of {@link EditorBenchmark}.
 */
public final class EditorCpuTime {

	private EditorCpuTime() {
	}

	public static void main(String[] args) throws Exception {
		String method = args.length > 0 ? args[0] : "reparseAndValidate";
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
		EditorBenchmark benchmark = new EditorBenchmark();
		benchmark.setUp();
		try {
			Method operation = EditorBenchmark.class.getMethod(method);
			for (int i = 0; i < n; i++) {
				operation.invoke(benchmark);
			}
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long[] cpu = new long[n];
			long[] wall = new long[n];
			for (int i = 0; i < n; i++) {
				long cpu0 = threads.getCurrentThreadCpuTime();
				long wall0 = System.nanoTime();
				operation.invoke(benchmark);
				cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
				wall[i] = System.nanoTime() - wall0;
			}
			Arrays.sort(cpu);
			Arrays.sort(wall);
			System.out.printf("%s: CPU time median %.1f ms (10th percentile %.1f), wall clock median %.1f ms "
					+ "(10th percentile %.1f); %d runs; load average %s%n", method, cpu[n / 2] / 1e6, cpu[n / 10] / 1e6,
					wall[n / 2] / 1e6, wall[n / 10] / 1e6, n, Main.loadAverage());
		} finally {
			benchmark.tearDown();
		}
	}
}
