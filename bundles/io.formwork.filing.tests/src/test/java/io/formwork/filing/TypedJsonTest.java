package io.formwork.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.runtime.Problem;
import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.Layout;
import io.formwork.runtime.compiled.TypedFiling;

/**
 * {@link JsonFilingReader#readInto}: the fast path from plain JSON straight into a typed filing gives what
 * reading the file and binding it gives — values, locations, scaled forms, metadata and every problem — on
 * every JSON filing of the repository, on variants of them (other line ends, spacing, escapes, units, figures
 * as strings, repeated cells, invalid UTF-8, …), on every truncation of them and on seeded random mutations.
 */
class TypedJsonTest {

	private final JsonFilingReader reader = new JsonFilingReader();

	static Stream<Arguments> filesAndLayouts() {
		List<Arguments> cases = new ArrayList<>();
		for (Path file : TypedFilings.jsonFiles()) {
			for (String layout : TypedFilings.layouts().keySet()) {
				cases.add(Arguments.of(file, layout));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("filesAndLayouts")
	void everyJsonFilingReadsIntoATypedFilingAsItIsReadAndBound(Path file, String layout) throws IOException {
		Layout l = TypedFilings.layouts().get(layout);
		TypedFilings.assertReadIntoAsReadAndBound(Files.readAllBytes(file), file.toString(), l);
		// and from the file itself
		TypedFiling fast = FigureSlots.filing(l);
		List<Problem> problems = reader.readInto(file, fast);
		TypedFiling slow = FigureSlots.filing(l);
		var filing = reader.read(file);
		FigureSlots.bind(slow, filing);
		TypedFilings.assertSame(fast, problems, slow, filing.problems());
	}

	@Test
	void theExampleFilingsInThePlainShapeAreReadTheFastWay() throws IOException {
		Layout all = TypedFilings.layouts().get("all");
		for (String name : List.of("example-city-2021.json", "example-city-2021-error.json", "example-county-2019.json")) {
			byte[] json = Files.readAllBytes(Path.of("../../examples/gov-info-disclosure/filings", name));
			assertThat(JsonFilingReader.readsFast(json, FigureSlots.filing(all))).as(name).isTrue();
		}
		// good.json has figures written as strings and addresses spaced otherwise: the general way
		byte[] good = Files.readAllBytes(Expected.RESOURCES.resolve("json/good.json"));
		assertThat(JsonFilingReader.readsFast(good, FigureSlots.filing(all))).isFalse();
	}

	@Test
	void aFilingReadTheFastWayReadsIntoAFilingUsedBeforeAsIntoANewOne() throws IOException {
		Layout all = TypedFilings.layouts().get("all");
		Path city = Path.of("../../examples/gov-info-disclosure/filings/example-city-2021.json");
		Path county = Path.of("../../examples/gov-info-disclosure/filings/example-county-2019.json");
		TypedFiling reused = FigureSlots.filing(all);
		reader.readInto(county, reused);
		reused.value(0);
		reused.location(0);
		List<Problem> problems = reader.readInto(city, reused);
		TypedFiling fresh = FigureSlots.filing(all);
		TypedFilings.assertSame(reused, problems, fresh, reader.readInto(city, fresh));
	}

	/** Variants of each plain example, each either read the fast way or left to the general reader. */
	static Stream<Arguments> variants() throws IOException {
		Map<String, byte[]> variants = new LinkedHashMap<>();
		for (Path file : TypedFilings.jsonFiles()) {
			String name = file.getFileName().toString();
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			variants.put(name + " CRLF", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " CR", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " tabs", text.replace("    ", "\t").replace(": ", ":\t").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " minified", text.replaceAll("\\s*\n\\s*", "").replace(": ", ":").replace(", \"", ",\"")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " escaped cell", text.replaceFirst("\"cell\": \"t", "\"cell\": \"\\\\u0074")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " escaped key", text.replaceFirst("\"value\"", "\"valu\\\\u0065\"").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " spaced address", text.replaceFirst(", ([a-z_]+)\\]\"", ",$1 ]\"").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " figure as string", text.replaceFirst("\"value\": (\\d+)", "\"value\": \"$1\"")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " exponent", text.replaceFirst("\"value\": (\\d+)", "\"value\": $1e0").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " leading zero", text.replaceFirst("\"value\": (\\d+)", "\"value\": 0$1").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " decimals", text.replaceAll("\"value\": (\\d+)\\}", "\"value\": $1.050}").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " negative", text.replaceAll("\"value\": (\\d+)\\}", "\"value\": -$1}").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " minus zero", text.replaceAll("\"value\": (\\d+)\\}", "\"value\": -0.0}").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " 18 digits", text.replaceFirst("\"value\": (\\d+)", "\"value\": 123456789012345678")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " 19 digits", text.replaceFirst("\"value\": (\\d+)", "\"value\": 1234567890123456789")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " 18 decimals", text.replaceFirst("\"value\": (\\d+)", "\"value\": 0.12345678901234567")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " repeated cell", text.replaceFirst("(\\{\"cell\": [^}]*\\}),", "$1, $1,").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " unit 元", text.replaceAll("\"unit\": \"万元\"", "\"unit\": \"元\"")
					.replaceFirst("(\"cell\": \"t2_8\\[fees, fee_amount\\]\", \"value\": [^,}]*)\\}", "$1, \"unit\": \"元\"}")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " unit everywhere", text.replaceAll("(\"value\": [^,}]*)\\}", "$1, \"unit\": \"万元\"}")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " unit null", text.replaceAll("(\"value\": [^,}]*)\\}", "$1, \"unit\": null}")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " empty unit", text.replaceAll("(\"value\": [^,}]*)\\}", "$1, \"unit\": \"\"}")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " value first", text.replaceAll("\\{\"cell\": (\"[^\"]*\"), \"value\": ([^,}]*)\\}",
					"{\"value\": $2, \"unit\": null, \"cell\": $1}").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " unknown fact key", text.replaceFirst("\\}", ", \"note\": 1}").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " unknown key", text.replaceFirst("\\{", "{\"note\": 1, ").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " year twice", text.replaceFirst("\\{", "{\"year\": 2020, ").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " year as text", text.replaceFirst("\"year\": (\\d+)", "\"year\": \"$1\"").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " year 0999", text.replaceFirst("\"year\": (\\d+)", "\"year\": 999").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " null metadata", text.replaceFirst("\"body\": \"[^\"]*\"", "\"body\": null")
					.replaceFirst("\"year\": \\d+", "\"year\": null").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " blank body", text.replaceFirst("\"body\": \"[^\"]*\"", "\"body\": \" \"").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " padded body", text.replaceFirst("\"body\": \"([^\"]*)\"", "\"body\": \" $1\u3000\"")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " astral before a figure", text.replaceFirst("\\{\"cell\"", "{\"unit\": \"𠀀é\", \"cell\"")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " Chinese before a figure", text.replaceFirst("\\{\"cell\"", "{\"unit\": \"万元\", \"cell\"")
					.getBytes(StandardCharsets.UTF_8));
			variants.put(name + " trailing comma", text.replaceFirst("\\}\n  \\]", "},\n  ]").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " after the end", (text + "{}").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " no facts", text.replaceFirst("\"facts\"", "\"fact\"").getBytes(StandardCharsets.UTF_8));
			variants.put(name + " control character", text.replaceFirst("\"body\": \"", "\"body\": \"\t").getBytes(StandardCharsets.UTF_8));
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			ByteArrayOutputStream bom = new ByteArrayOutputStream();
			bom.write(0xEF);
			bom.write(0xBB);
			bom.write(0xBF);
			bom.write(bytes);
			variants.put(name + " BOM", bom.toByteArray());
			byte[] invalid = bytes.clone();
			int quote = text.indexOf("\"body\": \"");
			if (quote >= 0) {
				invalid[quote + 9] = (byte) 0xC0;
				variants.put(name + " overlong", invalid);
			}
		}
		return variants.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void aVariantOfAFilingReadsIntoATypedFilingAsItIsReadAndBound(String name, byte[] json) {
		for (Layout layout : TypedFilings.layouts().values()) {
			TypedFilings.assertReadIntoAsReadAndBound(json, "variant.json", layout);
		}
	}

	@Test
	void theFastWayTakesPlainVariantsAndLeavesTheRestToTheGeneralReader() throws IOException {
		Map<String, byte[]> all = new LinkedHashMap<>();
		variants().forEach(a -> all.put((String) a.get()[0], (byte[]) a.get()[1]));
		Layout layout = TypedFilings.layouts().get("all");
		String city = "example-city-2021.json ";
		for (String plain : List.of("CRLF", "CR", "tabs", "minified", "decimals", "negative", "minus zero", "18 digits",
				"unit null", "empty unit", "value first", "null metadata", "padded body", "astral before a figure",
				"Chinese before a figure")) {
			assertThat(JsonFilingReader.readsFast(all.get(city + plain), FigureSlots.filing(layout))).as(plain).isTrue();
		}
		for (String other : List.of("escaped cell", "escaped key", "spaced address", "figure as string", "exponent",
				"leading zero", "19 digits", "repeated cell", "unit 元", "unknown fact key", "unknown key", "year twice",
				"year as text", "year 0999", "blank body", "trailing comma", "after the end", "no facts",
				"control character", "BOM", "overlong")) {
			assertThat(JsonFilingReader.readsFast(all.get(city + other), FigureSlots.filing(layout))).as(other).isFalse();
		}
	}

	@Test
	void everyTruncationAndSeededMutationOfTheExamplesReadsAsTheGeneralReaderReadsIt() throws IOException {
		Layout all = TypedFilings.layouts().get("all");
		int fast = 0;
		int cases = 0;
		SplittableRandom random = new SplittableRandom(2021);
		byte[] alphabet = "{}[]\":,. \n\r\t-0123456789eEnul\\tvaluecell万".getBytes(StandardCharsets.UTF_8);
		for (String name : List.of("example-city-2021.json", "example-county-2019-error.json")) {
			byte[] json = Files.readAllBytes(Path.of("../../examples/gov-info-disclosure/filings", name));
			// every truncation in the metadata and the first facts, then one in 23 (prime to the facts' lengths)
			for (int end = 0; end < json.length; end += end < 400 ? 1 : 23) {
				TypedFilings.assertReadIntoAsReadAndBound(java.util.Arrays.copyOf(json, end), name, all);
				cases++;
			}
			for (int i = 0; i < 800; i++) {
				byte[] mutated = json.clone();
				for (int k = random.nextInt(1, 3); k > 0; k--) {
					int at = random.nextInt(mutated.length);
					switch (random.nextInt(3)) {
					case 0 -> mutated[at] = alphabet[random.nextInt(alphabet.length)];
					case 1 -> mutated[at] = (byte) random.nextInt(256);
					default -> {
						byte[] shorter = new byte[mutated.length - 1];
						System.arraycopy(mutated, 0, shorter, 0, at);
						System.arraycopy(mutated, at + 1, shorter, at, shorter.length - at);
						mutated = shorter;
					}
					}
				}
				fast += TypedFilings.assertReadIntoAsReadAndBound(mutated, name, all) ? 1 : 0;
				cases++;
			}
		}
		// many mutations keep the shape (a digit for a digit, a space for a space): both ways are exercised
		assertThat(fast).isPositive().isLessThan(cases);
	}
}
