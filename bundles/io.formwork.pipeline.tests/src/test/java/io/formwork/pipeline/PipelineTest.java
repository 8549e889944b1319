package io.formwork.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.formwork.forms.format.BuiltInFormats;
import io.formwork.forms.format.FilingFormat;
import io.formwork.forms.format.FormatContext;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/** The pipeline on the example filings: discovery, the fast path's agreement, the previous period, order. */
class PipelineTest {

	static final Path EXAMPLES = TemplatesTest.EXAMPLES;
	static final Path FILINGS = EXAMPLES.resolve("filings");
	static Templates templates;

	@BeforeAll
	static void load() throws Exception {
		templates = Templates.load(List.of(EXAMPLES), null);
	}

	static Stream<Path> exampleFilings() throws IOException {
		try (Stream<Path> files = Files.list(FILINGS)) {
			return files.sorted().toList().stream();
		}
	}

	static Pipeline pipeline(boolean fast, boolean passes, int threads) {
		return new Pipeline(templates, FilingFormats.standard(),
				Pipeline.Options.DEFAULT.fastPath(fast).includePasses(passes).threads(threads));
	}

	/** What a user reads of a result: problems and non-passing findings with their messages and locations. */
	static List<String> shown(ValidationResult result) {
		List<String> lines = new ArrayList<>();
		result.problems().forEach(p -> lines.add(p.code() + " " + p.severity() + " " + p.location() + " " + p.en() + " | " + p.zh()));
		for (Finding f : result.findings()) {
			if (f.status() != Status.PASS) {
				lines.add(f.ruleId() + " [" + f.instance() + "] " + f.status() + " " + f.severity() + " " + f.filingLocation()
						+ " " + f.messageEn() + " | " + f.messageZh() + " " + f.operands() + " " + f.left() + " " + f.right()
						+ " " + f.difference() + " " + f.tolerance());
			}
		}
		return lines;
	}

	@ParameterizedTest
	@MethodSource("exampleFilings")
	void theFastPathFindsExactlyWhatTheSlowPathFinds(Path file) {
		ValidationResult slow = pipeline(false, true, 1).validate(file, null);
		ValidationResult fast = pipeline(true, false, 1).validate(file, null);
		assertThat(shown(fast)).isEqualTo(shown(slow));
		assertThat(fast.passed()).isEqualTo(slow.passed());
		assertThat(fast.findings()).noneMatch(f -> f.status() == Status.PASS);
	}

	@ParameterizedTest
	@MethodSource("exampleFilings")
	void withAPreviousPeriodTooTheFastPathAgrees(Path file) throws Exception {
		Pipeline slowPipeline = pipeline(false, true, 1);
		Pipeline fastPipeline = pipeline(true, false, 1);
		Path prior = FILINGS.resolve("example-county-2019.json");
		ValidationResult slow = slowPipeline.validate(file, slowPipeline.prior(prior));
		ValidationResult fast = fastPipeline.validate(file, fastPipeline.prior(prior));
		assertThat(shown(fast)).isEqualTo(shown(slow));
		assertThat(fast.passed()).isEqualTo(slow.passed());
	}

	@Test
	void aFilingIsReadAndValidatedWithTheTemplateItNames() {
		Pipeline.Read read = pipeline(true, false, 1).read(FILINGS.resolve("example-county-2019.json"));
		assertThat(read.template().template.getName()).isEqualTo("gid_2019");
		assertThat(read.filing().template()).isEqualTo("gid_2019");
	}

	@Test
	void narrativeTextIsReadWithTheTemplateInForceInItsYear() {
		Pipeline.Read read = pipeline(true, false, 1).read(FILINGS.resolve("pingliang-2018.txt"));
		assertThat(read.template().template.getName()).isEqualTo("gid_2008");
		assertThat(read.filing().template()).isEqualTo("gid_2008");
		assertThat(read.filing().facts()).isNotEmpty();
	}

	@Test
	void aFilingNoTemplateCanBeFoundForHasTheOneNoTemplateProblem(@TempDir Path dir) throws IOException {
		Path text = dir.resolve("report.txt");
		Files.writeString(text, "本年度收到申请 3 件。");
		ValidationResult result = pipeline(true, false, 1).validate(text, null);
		assertThat(result.problems()).extracting(p -> p.code()).containsExactly(ProblemCodes.NO_TEMPLATE);
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void aNamedPreviousPeriodThatIsMissingIsRefused(@TempDir Path dir) {
		assertThatThrownBy(() -> pipeline(true, false, 1).prior(dir.resolve("nosuch.json")))
				.isInstanceOf(Pipeline.PriorError.class).hasMessageContaining("does not exist")
				.extracting(e -> ((Pipeline.PriorError) e).problem().code()).isEqualTo(ProblemCodes.PRIOR_UNREADABLE);
	}

	@Test
	void aNamedPreviousPeriodThatIsAFolderIsRefused(@TempDir Path dir) {
		assertThatThrownBy(() -> pipeline(true, false, 1).prior(dir)).isInstanceOf(Pipeline.PriorError.class)
				.hasMessageContaining("not a regular file");
	}

	@Test
	void aNamedPreviousPeriodThatIsAFifoIsRefusedWithoutWaiting(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("prior.json");
		int made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
		assumeThat(made).isZero();
		assertThatThrownBy(() -> pipeline(true, false, 1).prior(fifo)).isInstanceOf(Pipeline.PriorError.class)
				.hasMessageContaining("not a regular file");
	}

	@Test
	void aNamedPreviousPeriodThatCannotBeReadIsRefused(@TempDir Path dir) throws IOException {
		Path broken = dir.resolve("prior.json");
		Files.write(broken, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 });
		assertThatThrownBy(() -> pipeline(true, false, 1).prior(broken)).isInstanceOf(Pipeline.PriorError.class)
				.hasMessageContaining("cannot be read");
	}

	@Test
	void onTwoThreadsTheResultsComeInInputOrderAndAgreeWithOneThread() throws IOException {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			files.addAll(exampleFilings().toList());
		}
		List<String> one = new ArrayList<>();
		pipeline(true, false, 1).validateAll(files, (Pipeline.Read) null, r -> one.add(r.filing().source() + shown(r)));
		List<String> two = new ArrayList<>();
		pipeline(true, false, 2).validateAll(files, (Pipeline.Read) null, r -> two.add(r.filing().source() + shown(r)));
		assertThat(two).isEqualTo(one).hasSize(files.size());
		assertThat(one.get(0)).startsWith(files.get(0).toString());
	}

	@Test
	void inASetEachFilingGetsTheSameBodysFilingOfThePreviousYear(@TempDir Path dir) throws IOException {
		// a body's 2021 filing, and its 2020 filing with the one figure R6 carries over changed
		Path filing2021 = dir.resolve("city-2021.json");
		Files.copy(FILINGS.resolve("example-city-2021.json"), filing2021);
		String json = Files.readString(filing2021);
		Path filing2020 = dir.resolve("city-2020.json");
		Files.writeString(filing2020, json.replace("\"year\": 2021", "\"year\": 2020"));
		assumeThat(Files.readString(filing2020)).contains("2020");
		List<ValidationResult> results = new ArrayList<>();
		pipeline(true, false, 1).validateSet(List.of(filing2020, filing2021), results::add);
		List<ValidationResult> alone = new ArrayList<>();
		pipeline(true, false, 1).validateAll(List.of(filing2021), (Pipeline.Read) null, alone::add);
		// with its previous year the prior-year rules are assessed: fewer instances are not assessable
		assertThat(results.get(1).notAssessable()).isLessThan(alone.get(0).notAssessable());
		assertThat(results.get(0).notAssessable()).isEqualTo(alone.get(0).notAssessable());
	}

	@Test
	void inASetAFileThatIsNotJsonIsReadOnceAndAgainOnlyAsAnotherFilingsPreviousPeriod(@TempDir Path dir) throws Exception {
		// CSV filings under an extension of their own, read by a format that counts its reads
		Map<String, Integer> reads = new ConcurrentHashMap<>();
		FilingFormat counted = new FilingFormat() {
			@Override
			public String id() {
				return "counted";
			}

			@Override
			public Set<String> extensions() {
				return Set.of("counted");
			}

			@Override
			public boolean layoutFree() {
				return true;
			}

			@Override
			public Filing read(Path file, FormatContext context) throws IOException {
				reads.merge(file.getFileName().toString(), 1, Integer::sum);
				return BuiltInFormats.CSV.read(file, context);
			}
		};
		String csv = Files.readString(FILINGS.resolve("example-city-2021.csv"));
		Path filing2021 = dir.resolve("city-2021.counted");
		Files.writeString(filing2021, csv);
		Path filing2020 = dir.resolve("city-2020.counted");
		Files.writeString(filing2020, csv.replace("# year: 2021", "# year: 2020"));
		assumeThat(Files.readString(filing2020)).contains("# year: 2020");
		Pipeline pipeline = new Pipeline(templates, FilingFormats.standard().add(counted), Pipeline.Options.DEFAULT.threads(2));
		List<ValidationResult> results = new ArrayList<>();
		pipeline.validateSet(List.of(filing2020, filing2021), results::add);
		assertThat(reads).containsOnly(Map.entry("city-2020.counted", 2), Map.entry("city-2021.counted", 1));
		assertThat(results).extracting(r -> r.filing().year()).containsExactly(2020, 2021);
		// the 2021 filing had its previous period: fewer of its rule instances are not assessable
		assertThat(results.get(1).notAssessable()).isLessThan(results.get(0).notAssessable());
	}

	@Test
	void aLargeSetHoldsNoMoreReadsBetweenItsPassesThanTheValidationWindowHowEverManyFilesItHas(@TempDir Path dir)
			throws Exception {
		Map<String, Integer> reads = new ConcurrentHashMap<>();
		FilingFormat counted = new FilingFormat() {
			@Override
			public String id() {
				return "counted";
			}

			@Override
			public Set<String> extensions() {
				return Set.of("counted");
			}

			@Override
			public boolean layoutFree() {
				return true;
			}

			@Override
			public Filing read(Path file, FormatContext context) throws IOException {
				reads.merge(file.getFileName().toString(), 1, Integer::sum);
				return BuiltInFormats.CSV.read(file, context);
			}
		};
		String csv = Files.readString(FILINGS.resolve("example-city-2021.csv"));
		Pipeline pipeline = new Pipeline(templates, FilingFormats.standard().add(counted), Pipeline.Options.DEFAULT.threads(1));
		int window = pipeline.heldReads();
		for (int files : List.of(window * 2, window * 6)) {
			List<Path> set = new ArrayList<>();
			for (int i = 0; i < files; i++) {
				Path file = dir.resolve(files + "-" + String.format("%03d", i) + ".counted");
				Files.writeString(file, csv.replace("# year: 2021", "# year: " + (1900 + i)));
				set.add(file);
			}
			reads.clear();
			List<ValidationResult> results = new ArrayList<>();
			pipeline.validateSet(set, results::add);
			assertThat(results).extracting(r -> Path.of(r.filing().source())).containsExactlyElementsOf(set);
			// never more than the window held, whatever the set's size
			assertThat(pipeline.maxHeld).isEqualTo(window);
			// each year's filing is the next one's previous period: read once more for that (the last is no one's);
			// the first files' reads were kept for the second pass, the others read again there
			for (int i = 0; i < files; i++) {
				int expected = 1 + (i < window ? 0 : 1) + (i < files - 1 ? 1 : 0);
				assertThat(reads.get(set.get(i).getFileName().toString())).as("reads of file %d of %d", i, files).isEqualTo(expected);
			}
		}
	}

	@Test
	void theDoorsThatValidateOneFilingAtATimePairItWithThePreviousPeriodTheSetWould(@TempDir Path dir) throws Exception {
		// two 2020 filings of one body (the second with other figures) and its 2021 filing: the first 2020 file is the one
		String json = Files.readString(FILINGS.resolve("example-city-2021.json"));
		Path first = dir.resolve("a-2020.json");
		Files.writeString(first, json.replace("\"year\": 2021", "\"year\": 2020"));
		Path second = dir.resolve("b-2020.json");
		Files.writeString(second, json.replace("\"year\": 2021", "\"year\": 2020").replaceAll("\"value\": \\d+", "\"value\": 7"));
		Path filing2021 = dir.resolve("c-2021.json");
		Files.writeString(filing2021, json);
		List<Path> set = List.of(first, second, filing2021);
		Pipeline pipeline = pipeline(true, false, 1);

		SetPriors priors = SetPriors.of(pipeline, set);
		assertThat(priors.priorOf(filing2021, pipeline.read(filing2021).filing())).isEqualTo(first);
		assertThat(priors.priorOf(first, pipeline.read(first).filing())).isNull();

		List<ValidationResult> inSet = new ArrayList<>();
		pipeline.validateSet(set, inSet::add);
		// (a pipeline per named previous period: a pipeline keeps the typed form of the one it was first given)
		List<ValidationResult> withFirst = new ArrayList<>();
		Pipeline one = pipeline(true, false, 1);
		one.validateAll(List.of(filing2021), one.prior(first), withFirst::add);
		List<ValidationResult> withSecond = new ArrayList<>();
		Pipeline other = pipeline(true, false, 1);
		other.validateAll(List.of(filing2021), other.prior(second), withSecond::add);
		assertThat(shown(inSet.get(2))).isEqualTo(shown(withFirst.get(0))).isNotEqualTo(shown(withSecond.get(0)));
	}

	@Test
	void whatIsAFilingOfAFolder(@TempDir Path dir) throws IOException {
		for (String name : List.of("a.json", "expected/a.json.txt", "target/x.json", "bin/y.csv", "2021/b.txt",
				"notes.md", "t.form", ".hidden/c.json")) {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "{}");
		}
		List<Path> filings = pipeline(true, false, 1).filings(dir, List.of());
		assertThat(filings).extracting(p -> dir.relativize(p).toString()).containsExactly("2021/b.txt", "a.json");
		// with filing folders configured, narrative text counts only there
		assertThat(pipeline(true, false, 1).filings(dir, List.of("reports"))).extracting(p -> dir.relativize(p).toString())
				.containsExactly("a.json");
	}
}
