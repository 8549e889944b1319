package io.formwork.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.FilingSet;
import io.formwork.pipeline.FilingFormats;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.Templates;

/**
 * The set validation's memory and cost (issue 14), printed:
 * <ol>
 * <li>{@code Pipeline.validateSet} on growing sets of CSV filings (a format read whole in its first pass): time, the
 * heap's peak over its start as sampled during the run, and what holding every first-pass read until the set is done
 * (what it did before) would retain, measured by holding them;</li>
 * <li>the templates compiled while {@code FilingSet} validates examples/province (twenty filings across the 2019→2021
 * change of format): each template once.</li>
 * </ol>
 *
 * <pre>
 * java -cp bundles/io.formwork.bench/target/io.formwork.bench-0.1.0-SNAPSHOT.jar io.formwork.bench.SetMemoryBenchmark examples [sizes...]
 * </pre>
 */
public final class SetMemoryBenchmark {

	private SetMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path examples = Path.of(args.length > 0 ? args[0] : "../../examples").toAbsolutePath().normalize();
		List<Integer> sizes = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			sizes.add(Integer.parseInt(args[i]));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(250, 1000, 4000);
		}
		Path gid = examples.resolve("gov-info-disclosure");
		Templates templates = Templates.load(List.of(gid), null);
		String csv = Files.readString(gid.resolve("filings/example-city-2021.csv"), StandardCharsets.UTF_8);
		Path dir = Files.createTempDirectory("formwork-set-bench");
		System.out.println("Pipeline.validateSet, CSV filings of one body over consecutive years (each the next one's previous period):");
		for (int n : sizes) {
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Path file = dir.resolve(n + "-" + String.format(Locale.ROOT, "%06d", i) + ".csv");
				Files.writeString(file, csv.replace("# year: 2021", "# year: " + (2021 - n + 1 + i)), StandardCharsets.UTF_8);
				files.add(file);
			}
			Pipeline pipeline = new Pipeline(templates, FilingFormats.standard(), Pipeline.Options.DEFAULT);
			pipeline.validateSet(files.subList(0, Math.min(50, n)), r -> { }); // warm-up
			long base = usedAfterGc();
			long[] peak = { base };
			long start = System.nanoTime();
			pipeline.validateSet(files, r -> peak[0] = Math.max(peak[0], used()));
			long set = System.nanoTime() - start;
			long before = usedAfterGc();
			List<Pipeline.Read> held = new ArrayList<>();
			String holdAll;
			try {
				for (Path file : files) {
					held.add(pipeline.read(file));
				}
				holdAll = String.format(Locale.ROOT, "%6.1f MB", (usedAfterGc() - before) / 1e6);
			} catch (OutOfMemoryError e) {
				int count = held.size();
				held.clear();
				holdAll = "more than the heap (out of memory after " + count + ")";
			}
			System.out.printf(Locale.ROOT, "  %6d filings: %7.0f ms (%6.0f filings/s), heap peak over start %6.1f MB (max heap %d MB); every read held would keep %s%n",
					n, set / 1e6, n / (set / 1e9), (peak[0] - base) / 1e6, Runtime.getRuntime().maxMemory() >> 20, holdAll);
			held.clear();
			for (Path file : files) {
				Files.delete(file);
			}
		}
		long compiled = CompiledTemplate.compilations();
		FilingSet province = FilingSet.open(FilingSet.manifest(examples.resolve("province")), List.of(), Pipeline.Options.DEFAULT);
		long start = System.nanoTime();
		FilingSet.Outcome outcome = province.validate(null, file -> { });
		System.out.printf(Locale.ROOT, "FilingSet on examples/province: %d filings in %.0f ms, %d templates compiled (of %d loaded)%n",
				outcome.results().size(), (System.nanoTime() - start) / 1e6, CompiledTemplate.compilations() - compiled,
				province.pipeline().templates().ids().size());
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return used();
	}
}
