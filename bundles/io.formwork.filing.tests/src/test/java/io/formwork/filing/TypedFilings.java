package io.formwork.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Problem;
import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.Layout;
import io.formwork.runtime.compiled.TypedFiling;

/**
 * Layouts over the cells of the repository's JSON filings (the examples and the fixtures), and the check that
 * {@link JsonFilingReader#readInto} fills a typed filing exactly as reading the filing and binding it does.
 */
public final class TypedFilings {

	private static final JsonFilingReader READER = new JsonFilingReader();

	/** Every JSON filing of the repository: the examples and this module's fixtures (json/, writers/). */
	public static List<Path> jsonFiles() {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(Path.of("../../examples"), Expected.RESOURCES.resolve("json"),
				Expected.RESOURCES.resolve("writers"), Path.of("../../releng"))) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("/target/")
						&& !f.getFileName().toString().startsWith("package")).sorted().forEach(files::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}

	private static Map<String, Layout> layouts;

	/**
	 * Layouts of every cell the JSON filings name, with the unit a filing states for it: {@code all} at scales 0,
	 * 2 and 4 in turn; {@code counts} without units at scale 0 (so that decimals are not exact); {@code half}, every
	 * other cell only, at scale 18 (a figure of more than one digit does not fit).
	 */
	public static synchronized Map<String, Layout> layouts() {
		if (layouts == null) {
			Map<CellAddress, String> cells = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
			for (Path file : jsonFiles()) {
				for (Fact fact : READER.read(file).facts().values()) {
					cells.merge(fact.address(), fact.statedUnit() == null ? "" : fact.statedUnit(),
							(a, b) -> a.isEmpty() ? b : a);
				}
			}
			List<CellAddress> addresses = new ArrayList<>(cells.keySet());
			String[] units = addresses.stream().map(a -> cells.get(a).isEmpty() ? null : cells.get(a)).toArray(String[]::new);
			int n = addresses.size();
			int[] mixed = new int[n];
			for (int i = 0; i < n; i++) {
				mixed[i] = 2 * (i % 3);
			}
			String[][] conversions = { { "万元", "10000", "元" }, { "千元", "1000", "元" } };
			Map<String, Layout> made = new LinkedHashMap<>();
			made.put("all", new Layout("all", 2021, triples(addresses), units, mixed, conversions));
			made.put("counts", new Layout("counts", 2021, triples(addresses), new String[n], new int[n], conversions));
			List<CellAddress> half = new ArrayList<>();
			for (int i = 0; i < n; i += 2) {
				half.add(addresses.get(i));
			}
			int[] eighteen = new int[half.size()];
			java.util.Arrays.fill(eighteen, 18);
			String[] halfUnits = half.stream().map(a -> cells.get(a).isEmpty() ? null : cells.get(a)).toArray(String[]::new);
			made.put("half", new Layout("half", 2021, triples(half), halfUnits, eighteen, conversions));
			layouts = made;
		}
		return layouts;
	}

	private static String[][] triples(List<CellAddress> addresses) {
		return addresses.stream().map(a -> new String[] { a.table(), a.row(), a.column() }).toArray(String[][]::new);
	}

	/**
	 * Reads the bytes into a typed filing with {@code readInto} and the general way ({@code read} and binding the
	 * filing), checks both give the same, and says whether the fast path took them.
	 */
	public static boolean assertReadIntoAsReadAndBound(byte[] json, String source, Layout layout) {
		TypedFiling fast = FigureSlots.filing(layout);
		List<Problem> fastProblems = READER.readInto(json, source, fast);
		Filing filing = READER.read(json, source);
		TypedFiling slow = FigureSlots.filing(layout);
		FigureSlots.bind(slow, filing);
		assertSame(fast, fastProblems, slow, filing.problems());
		return JsonFilingReader.readsFast(json, FigureSlots.filing(layout));
	}

	/** Same problems, metadata, and per cell the same value (scale included), location and scaled form. */
	public static void assertSame(TypedFiling fast, List<Problem> fastProblems, TypedFiling slow, List<Problem> slowProblems) {
		if (same(fast, fastProblems, slow, slowProblems)) {
			return; // checked without AssertJ, whose messages are only needed when something differs
		}
		assertThat(fastProblems).as("reading problems").isEqualTo(slowProblems);
		assertThat(fast.bindingProblems()).as("binding problems").isEqualTo(slow.bindingProblems());
		assertThat(fast.source()).isEqualTo(slow.source());
		assertThat(fast.template()).isEqualTo(slow.template());
		assertThat(fast.year()).isEqualTo(slow.year());
		assertThat(fast.body()).isEqualTo(slow.body());
		Layout layout = fast.layout();
		for (int i = 0; i < layout.size(); i++) {
			String cell = layout.address(i).toString();
			assertThat(fast.value(i)).as("value of %s", cell).isEqualTo(slow.value(i));
			if (slow.number(i) != null) {
				assertThat(fast.number(i).scale()).as("scale of %s", cell).isEqualTo(slow.number(i).scale());
			}
			assertThat(fast.location(i)).as("location of %s", cell).isEqualTo(slow.location(i));
			assertThat(fast.exact(i)).as("exact %s", cell).isEqualTo(slow.exact(i));
			assertThat(fast.unscaled(i)).as("scaled %s", cell).isEqualTo(slow.unscaled(i));
			assertThat(fast.blank(i)).as("blank %s", cell).isEqualTo(slow.blank(i));
		}
		assertThat(fast.sameAs(slow)).isTrue();
		assertThat(fast.toJson()).isEqualTo(slow.toJson());
		assertThat(same(fast, fastProblems, slow, slowProblems)).as("the same, checked without AssertJ").isTrue();
	}

	private static boolean same(TypedFiling fast, List<Problem> fastProblems, TypedFiling slow, List<Problem> slowProblems) {
		if (!fastProblems.equals(slowProblems) || !fast.bindingProblems().equals(slow.bindingProblems())
				|| !Objects.equals(fast.source(), slow.source()) || !Objects.equals(fast.template(), slow.template())
				|| !Objects.equals(fast.year(), slow.year()) || !Objects.equals(fast.body(), slow.body())) {
			return false;
		}
		for (int i = 0; i < fast.layout().size(); i++) {
			if (!Objects.equals(fast.value(i), slow.value(i)) || !Objects.equals(fast.location(i), slow.location(i))
					|| fast.exact(i) != slow.exact(i) || fast.unscaled(i) != slow.unscaled(i)
					|| fast.blank(i) != slow.blank(i)
					|| slow.number(i) != null && fast.number(i).scale() != slow.number(i).scale()) {
				return false;
			}
		}
		return fast.sameAs(slow) && fast.toJson().equals(slow.toJson());
	}
}
