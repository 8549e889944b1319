package io.formwork.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.engine.Engine;

/**
 * The corpus of published page variants under {@code pages/} (see its README): each page reads and validates
 * as its expected output says, and over the corpus there is no false alarm (a notice that is not one of the
 * inconsistencies planted in the page, {@code planted.txt}) and no miss (a planted inconsistency not reported).
 */
class PageCorpusTest {

	private static final boolean UPDATE = Boolean.getBoolean("formwork.updateExpected");

	private static List<Path> pages() throws IOException {
		try (Stream<Path> files = Files.list(Templates.fixture("pages"))) {
			return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".docx"))
					.sorted(Comparator.comparing(Path::toString)).toList();
		}
	}

	private static ValidationResult validate(Path page) {
		FormTemplate template = Templates.of(2021);
		Filing filing = page.toString().endsWith(".docx") ? new DocxFilingReader(template).read(page)
				: new HtmlFilingReader(template).read(page);
		return new Engine(template.plan()).validate(filing);
	}

	/** The notices of a validation: its problems' codes and its failed rules' ids, one entry each. */
	private static List<String> notices(ValidationResult result) {
		List<String> notices = new ArrayList<>();
		result.problems().forEach(p -> notices.add(p.code()));
		result.findings().stream().filter(f -> f.status() == Status.FAIL).forEach(f -> notices.add(f.ruleId()));
		return notices;
	}

	private static String at(Location location) {
		if (location == null) {
			return "-";
		}
		return (location.line() > 0 ? location.line() + ":" + location.column() : "")
				+ (location.cell() == null ? "" : " (" + location.cell() + ")");
	}

	private static String report(ValidationResult result) {
		StringBuilder out = new StringBuilder();
		List<Fact> facts = new ArrayList<>(result.filing().facts().values());
		facts.sort(Comparator.comparing(f -> f.address().toString()));
		for (Fact fact : facts) {
			out.append("fact ").append(fact.address()).append(" = ").append(fact.value())
					.append(fact.statedUnit() == null ? "" : " " + fact.statedUnit()).append(" @ ").append(at(fact.location()))
					.append('\n');
		}
		for (Problem problem : result.problems()) {
			out.append("problem ").append(problem.severity().name().toLowerCase()).append(" [").append(problem.code())
					.append("] ").append(at(problem.location())).append(": ").append(problem.message(Language.EN)).append('\n');
		}
		for (Finding finding : result.findings()) {
			if (finding.status() == Status.FAIL) {
				out.append("finding ").append(finding.severity().name().toLowerCase()).append(" [").append(finding.ruleId())
						.append("] ").append(at(finding.filingLocation())).append(": ").append(finding.message(Language.EN))
						.append('\n');
			}
		}
		out.append("not assessable: ").append(result.notAssessable()).append('\n');
		return out.toString();
	}

	@Test
	void everyPageReadsAndValidatesAsItsExpectedOutputSays() throws IOException {
		List<String> differing = new ArrayList<>();
		for (Path page : pages()) {
			String actual = report(validate(page));
			Path expected = page.resolveSibling(page.getFileName() + ".expected");
			if (UPDATE || !Files.exists(expected)) {
				Files.writeString(expected, actual, StandardCharsets.UTF_8);
			}
			if (!Files.readString(expected, StandardCharsets.UTF_8).equals(actual)) {
				differing.add(page.getFileName() + ":\n" + actual);
			}
		}
		assertThat(differing).as("pages whose output differs from the expected one").isEmpty();
	}

	@Test
	void theCorpusHasNeitherFalseAlarmsNorMisses() throws IOException {
		Map<String, Set<String>> planted = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Templates.fixture("pages/planted.txt"), StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split(":", 2);
			planted.put(parts[0].strip(), new LinkedHashSet<>(List.of(parts[1].strip().split("\\s+"))));
		}
		int falseAlarms = 0;
		int misses = 0;
		int pages = 0;
		int inconsistencies = 0;
		List<String> wrong = new ArrayList<>();
		for (Path page : pages()) {
			pages++;
			String name = page.getFileName().toString();
			Set<String> wanted = planted.getOrDefault(name.substring(0, name.lastIndexOf('.')), Set.of());
			inconsistencies += wanted.size();
			List<String> notices = notices(validate(page));
			for (String notice : notices) {
				if (!wanted.contains(notice)) {
					falseAlarms++;
					wrong.add(name + ": false alarm " + notice);
				}
			}
			for (String code : wanted) {
				if (!notices.contains(code)) {
					misses++;
					wrong.add(name + ": missed " + code);
				}
			}
		}
		System.out.println("Page corpus: " + pages + " pages, " + inconsistencies + " planted inconsistencies, "
				+ falseAlarms + " false alarm(s), " + misses + " miss(es)");
		wrong.forEach(System.out::println);
		assertThat(pages).isGreaterThanOrEqualTo(10);
		assertThat(falseAlarms).as("false alarms: %s", wrong).isZero();
		assertThat(misses).as("misses: %s", wrong).isZero();
	}
}
