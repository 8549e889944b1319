package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.lang.FilingStandaloneSetup;
import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.filing.TextualFilings;
import io.formwork.lang.formwork.FormFile;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Value;
import io.formwork.runtime.engine.Engine;

class TextualFilingsTest {

	static final Path TEMPLATES = FormFiles.examples().resolve("gov-info-disclosure");
	static final Path FILINGS = TEMPLATES.resolve("filings");

	static XtextResourceSet templates() {
		XtextResourceSet set = new FilingStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		for (Path form : FormFiles.formFiles(TEMPLATES)) {
			set.getResource(URI.createFileURI(form.toAbsolutePath().toString()), true);
		}
		return set;
	}

	static Engine engine(XtextResourceSet set, String template) {
		var resource = set.getResource(URI.createFileURI(TEMPLATES.resolve(template).toAbsolutePath().toString()), true);
		return new Engine(new PlanCompiler().compile(((FormFile) resource.getContents().get(0)).getTemplate()));
	}

	@Test
	void aTextualFilingIsReadWithEveryFigureAndWhereItStands() {
		Filing filing = TextualFilings.read(templates(), FILINGS.resolve("example-city-2021.filing"));
		assertThat(filing.problems()).isEmpty();
		assertThat(filing.template()).isEqualTo("gid_2021");
		assertThat(filing.year()).isEqualTo(2021);
		assertThat(filing.body()).isEqualTo("示例市人民政府办公室");
		assertThat(filing.facts()).hasSize(6 + 1 + 2 + 1 + 25 * 7 + 15 + 2);
		var received = filing.fact(CellAddress.cell("t3", "received", "total"));
		assertThat(received.value()).isEqualTo(Value.of(187));
		assertThat(received.location().line()).isEqualTo(21);
		assertThat(filing.fact(CellAddress.cell("t4", "cases", "review.pending")).value()).isEqualTo(Value.of(1));
		assertThat(filing.fact(CellAddress.cell("t2_8", "fees", "fee_amount")).value()).isEqualTo(Value.of("1286.37"));
	}

	@Test
	void theCleanExampleFilingPassesEveryRuleItCanBeJudgedBy() {
		XtextResourceSet set = templates();
		ValidationResult result = engine(set, "gov-info-disclosure-2021.form")
				.validate(TextualFilings.read(set, FILINGS.resolve("example-city-2021.filing")));
		assertThat(result.problems()).isEmpty();
		assertThat(result.findings()).filteredOn(f -> f.status() == Status.FAIL).isEmpty();
		// R6 and R7 compare with last year's filing, which this example does not have; the R8 rules whose figures its
		// text does not state (it states only the requests received and the review cases) have nothing to compare
		assertThat(result.findings()).filteredOn(f -> f.status() == Status.NOT_ASSESSABLE)
				.extracting(Finding::ruleId).contains("R6", "R7")
				.allMatch(id -> id.equals("R6") || id.equals("R7") || id.startsWith("R8_") && !id.equals("R8_requests")
						&& !id.equals("R8_reviews"));
	}

	@Test
	void theTypingErrorInTheOtherExampleFailsTheRulesItBreaks() {
		XtextResourceSet set = templates();
		ValidationResult result = engine(set, "gov-info-disclosure-2021.form")
				.validate(TextualFilings.read(set, FILINGS.resolve("example-city-2021-error.filing")));
		assertThat(result.findings()).filteredOn(f -> f.status() == Status.FAIL)
				.extracting(f -> f.ruleId() + "[" + f.instance() + "]")
				.containsExactly("R1[total]", "R3[received]", "R8_requests[]");
		Finding r1 = result.findings().stream().filter(f -> f.ruleId().equals("R1") && f.status() == Status.FAIL)
				.findFirst().orElseThrow();
		assertThat(r1.messageZh()).isEqualTo("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和（总计：185 ≠ 194）");
		assertThat(r1.filingLocation().line()).isEqualTo(21);
	}

	@Test
	void the2019ExampleHoldsAndItsArithmeticErrorIsFound() {
		XtextResourceSet set = templates();
		Engine engine = engine(set, "gov-info-disclosure-2019.form");
		ValidationResult clean = engine.validate(TextualFilings.read(set, FILINGS.resolve("example-county-2019.filing")));
		assertThat(clean.problems()).isEmpty();
		assertThat(clean.findings()).filteredOn(f -> f.status() == Status.FAIL).isEmpty();
		ValidationResult broken = engine
				.validate(TextualFilings.read(set, FILINGS.resolve("example-county-2019-error.filing")));
		assertThat(broken.findings()).filteredOn(f -> f.status() == Status.FAIL)
				.extracting(f -> f.ruleId() + "[" + f.instance() + "]")
				.containsExactly("R2[natural]", "R3[handled]", "R3[carried_over]");
	}

	@Test
	void unknownCodesAndTextInNumbersAreLocatedProblems(@TempDir Path dir) throws IOException {
		Path bad = dir.resolve("bad.filing");
		Files.writeString(bad, String.join("\n",
				"filing for gid_2021 year 2020",
				"table t3 {",
				"	received: natural 12, retired 3, total \"十二\"",
				"	nonsense: natural 1",
				"}",
				"claim stated_requests 12", ""));
		Filing filing = TextualFilings.read(templates(), bad);
		assertThat(filing.problems()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.code() + " " + p.en())
				.containsExactlyInAnyOrder(
						"1:26 filing.wrongTemplate The filing is for 2020, before 2021, the first year of template gid_2021",
						"3:24 filing.unknownCell Table t3 has no column 'retired'",
						"4:2 filing.unknownCell Table t3 has no row 'nonsense'",
						"3:41 filing.notANumber t3[received, total] must be a number, not the text \"十二\"");
	}
}
