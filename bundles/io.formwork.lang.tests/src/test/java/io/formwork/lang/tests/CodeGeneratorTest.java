package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.formwork.filing.JsonFilingReader;
import io.formwork.generated.Gid2021Filing;
import io.formwork.generated.Gid2021Validator;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.generator.Codegen;
import io.formwork.lang.generator.TemplateArtifacts;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;
import io.formwork.lang.generator.TemplateArtifacts.Kind;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Value;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.pipeline.CompiledTemplate;

/**
 * What the generator makes of the example templates: the same bytes every time, a typed filing class that
 * builds, binds and writes filings, a JSON Schema that accepts the example filings and refuses wrong ones, and
 * documentation that shows the tables, indicators and rules.
 */
class CodeGeneratorTest {

	static final Path TEMPLATE_2021 = GeneratedCode.example("gov-info-disclosure-2021.form");

	static List<Artifact> artifacts(Path template) {
		var set = FormFiles.load(template);
		FormFile form = (FormFile) FormFiles.resource(set, template).getContents().get(0);
		return TemplateArtifacts.of(form.getTemplate(), "io.formwork.generated");
	}

	static String artifact(List<Artifact> artifacts, Kind kind, String suffix) {
		return artifacts.stream().filter(a -> a.kind() == kind && a.path().endsWith(suffix)).findFirst().orElseThrow()
				.content();
	}

	@Test
	void theSameTemplateGivesTheSameBytesInEveryRunAndAsTheBuildGenerated() throws IOException {
		List<Artifact> first = artifacts(TEMPLATE_2021);
		List<Artifact> second = artifacts(TEMPLATE_2021);
		assertThat(second).isEqualTo(first);
		assertThat(first).extracting(Artifact::path).containsExactly("io/formwork/generated/Gid2021Filing.java",
				"io/formwork/generated/Gid2021Validator.java", "gid_2021.schema.json", "gid_2021.html");
		Path built = Path.of("target/generated-test-sources/formwork");
		for (Artifact artifact : first.subList(0, 2)) {
			assertThat(Files.readString(built.resolve(artifact.path()), StandardCharsets.UTF_8))
					.as(artifact.path()).isEqualTo(artifact.content());
		}
	}

	@Test
	void generatedJavaNamesCellsFromTheirCodesAndDocumentsThem() {
		String filing = artifact(artifacts(TEMPLATE_2021), Kind.JAVA, "Gid2021Filing.java");
		assertThat(filing).contains("public BigDecimal t3ReceivedNatural()", "public static final int T3_RECEIVED_NATURAL",
				"public BigDecimal t2_1RegulationsIssued()", "public BigDecimal t4CasesReviewUpheld()",
				"public BigDecimal statedRequests()", "一、本年新收政府信息公开申请数量",
				"指标 indicator {@code requests_received}（本年新收政府信息公开申请数量 / New requests received this year）",
				"单位 unit 万元", "定义：本年度行政事业性收费金额");
		assertThat(Gid2021Filing.LAYOUT.address(Gid2021Filing.T4_CASES_REVIEW_UPHELD))
				.hasToString("t4[cases, review.upheld]");
	}

	@Test
	void aFilingBuiltThroughTheTypedClassIsValidatedAsTheEngineValidatesIt() throws Exception {
		Gid2021Filing filing = Gid2021Filing.builder().source("built").year(2021).body("示例县")
				.t3ReceivedNatural(10).t3CarriedInNatural(2).t3HandledNatural(9).t3CarriedOverNatural(2)
				.t2_8FeesFeeAmount(new BigDecimal("3.25")).build();
		assertThat(filing.t3ReceivedNatural()).isEqualByComparingTo("10");
		assertThat(filing.t3ReceivedBusiness()).isNull();
		assertThat(filing.value(Gid2021Filing.T2_8_FEES_FEE_AMOUNT).decimals()).isEqualTo(2);

		Gid2021Validator validator = new Gid2021Validator();
		List<Finding> findings = validator.findings(filing, null);
		Finding r1 = findings.stream().filter(f -> f.ruleId().equals("R1") && f.instance().equals("natural")).findFirst()
				.orElseThrow();
		assertThat(r1.status()).isEqualTo(Status.FAIL);
		assertThat(r1.messageEn()).isEqualTo(
				"In each column, item one plus item two equals item three plus item four (Natural persons: 12 ≠ 11)");
		// R1 is inherited: the 2021 template revises 2019 and states R1 only there; R7 is stated by 2021 itself
		assertThat(r1.ruleLocation().file()).isEqualTo("gov-info-disclosure-2019.form");
		assertThat(r1.ruleLocation().line()).isPositive();
		assertThat(findings).filteredOn(f -> f.ruleId().equals("R7")).extracting(f -> f.ruleLocation().file())
				.containsOnly("gov-info-disclosure-2021.form");
		assertThat(findings).filteredOn(f -> f.ruleId().equals("R1") && !f.instance().equals("natural"))
				.extracting(Finding::status).containsOnly(Status.NOT_ASSESSABLE);

		byte[] statuses = new byte[Gid2021Validator.INSTANCES];
		assertThat(validator.check(filing, null, statuses)).isEqualTo(1);
		assertThat(statuses[0]).isEqualTo(Statuses.FAIL);

		CompiledTemplate workspace = GeneratedCode.subjects().get("gid_2021").workspace();
		Filing asFiling = filing.toFiling();
		ValidationResult engine = workspace.engine.validate(asFiling);
		ValidationResult generated = new Gid2021Validator(workspace.plan.source()).validate(asFiling);
		assertThat(generated).isEqualTo(engine);
	}

	@Test
	void theTypedFilingWritesJsonThatReadsBackToTheSameFigures(@TempDir Path dir) throws Exception {
		Filing example = new JsonFilingReader().read(GeneratedCode.example("filings/example-city-2021.json"));
		Gid2021Filing typed = Gid2021Filing.fromFiling(example);
		assertThat(typed.bindingProblems()).isEmpty();
		assertThat(typed.t2_8FeesFeeAmount()).isEqualByComparingTo("1286.37");
		Path json = dir.resolve("written.json");
		Files.writeString(json, typed.toJson(), StandardCharsets.UTF_8);
		Filing reread = new JsonFilingReader().read(json);
		assertThat(reread.problems()).isEmpty();
		Gid2021Filing back = Gid2021Filing.fromFiling(reread);
		for (int cell = 0; cell < Gid2021Filing.CELLS; cell++) {
			assertThat(back.value(cell)).as("cell %s", Gid2021Filing.LAYOUT.address(cell)).isEqualTo(typed.value(cell));
		}
		assertThat(back.year()).isEqualTo(2021);
		assertThat(back.body()).isEqualTo("示例市人民政府办公室");
		assertThat(typed.toFiling().facts()).hasSize(example.facts().size());
	}

	@Test
	void bindingConvertsUnitsAndReportsCellsAndUnitsTheTemplateDoesNotHave() {
		Filing filing = new Filing("units.json").template("gid_2021").year(2021);
		filing.add(new io.formwork.runtime.Fact(io.formwork.runtime.CellAddress.parse("t2_8[fees, fee_amount]"),
				Value.of("32816"), "元", GeneratedCode.at("units.json", 3), null));
		filing.add(new io.formwork.runtime.Fact(io.formwork.runtime.CellAddress.parse("t3[received, natural]"),
				Value.of("3"), "斤", GeneratedCode.at("units.json", 4), null));
		filing.add(io.formwork.runtime.Fact.of(io.formwork.runtime.CellAddress.parse("t9[x, y]"), Value.of(1),
				GeneratedCode.at("units.json", 5)));
		Gid2021Filing typed = Gid2021Filing.fromFiling(filing);
		assertThat(typed.t2_8FeesFeeAmount()).isEqualByComparingTo("3.2816");
		assertThat(typed.t3ReceivedNatural()).isNull();
		assertThat(typed.bindingProblems()).extracting(p -> p.code() + "@" + p.location().line())
				.containsExactly("filing.unitMismatch@4", "filing.unknownCell@5");
	}

	@Test
	void theSchemaAcceptsTheExampleJsonFilingsOfItsTemplate() throws Exception {
		for (String template : List.of("2008", "2019", "2021")) {
			Schema schema = schema(template);
			try (var files = Files.list(GeneratedCode.example("filings"))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".json")
						&& f.getFileName().toString().contains(template.equals("2008") ? "2018" : template)).toList()) {
					assertThat(schema.validate(Files.readString(file), InputFormat.JSON)).as(file.toString()).isEmpty();
				}
			}
		}
	}

	@Test
	void theSchemaRefusesUnknownCellsWrongUnitsOtherTemplatesAndBadValues() throws Exception {
		Schema schema = schema("2021");
		Map<String, String> wrong = Map.of(
				"unknown cell", "{\"facts\": [{\"cell\": \"t3[received, nobody]\", \"value\": 1}]}",
				"unit that does not convert", "{\"facts\": [{\"cell\": \"t2_8[fees, fee_amount]\", \"value\": 1, \"unit\": \"件\"}]}",
				"other template", "{\"template\": \"gid_2019\", \"facts\": []}",
				"year before the template", "{\"year\": 2020, \"facts\": []}",
				"value that is an object", "{\"facts\": [{\"cell\": \"t3[received, natural]\", \"value\": {}}]}",
				"fact without a value", "{\"facts\": [{\"cell\": \"t3[received, natural]\"}]}",
				"no facts", "{\"template\": \"gid_2021\"}");
		for (Map.Entry<String, String> entry : wrong.entrySet()) {
			assertThat(schema.validate(entry.getValue(), InputFormat.JSON)).as(entry.getKey()).isNotEmpty();
		}
		String right = "{\"template\": \"gid_2021\", \"year\": 2022, \"facts\": ["
				+ "{\"cell\": \" t3 [ received ,natural ] \", \"value\": \"1,234\"},"
				+ "{\"cell\": \"t2_8[fees, fee_amount]\", \"value\": 32816, \"unit\": \"元\"},"
				+ "{\"cell\": \"stated_requests\", \"value\": null}]}";
		assertThat(schema.validate(right, InputFormat.JSON)).isEmpty();
	}

	static Schema schema(String year) throws IOException {
		String text = Files.readString(Path.of("target/generated-test-resources/formwork/gid_" + year + ".schema.json"));
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
	}

	@Test
	void theDocumentationShowsTheTablesAsPrintedEveryIndicatorAndEveryRule() throws IOException {
		Document html = Jsoup.parse(artifact(artifacts(TEMPLATE_2021), Kind.HTML, ".html"));
		assertThat(html.title()).startsWith("政府信息公开工作年度报告（2021 年格式）").contains("(2021 format)");
		Element t3 = html.getElementById("table-t3").selectFirst("table.grid");
		assertThat(t3.select("tbody tr:not(.heading)")).hasSize(25);
		assertThat(t3.select("tbody tr.heading").eachText()).anyMatch(t -> t.startsWith("三、本年度办理结果"));
		assertThat(t3.select("thead th[colspan=5]").text()).contains("法人或其他组织", "Legal persons or other organisations");
		assertThat(t3.select("td[title=t3[received, natural]]")).hasSize(1);
		Element t4 = html.getElementById("table-t4").selectFirst("table.grid");
		assertThat(t4.select("thead th[colspan=10]").text()).contains("行政诉讼");
		assertThat(t4.select("thead tr")).hasSize(3);

		Element indicators = html.getElementById("indicators");
		assertThat(indicators.getElementById("indicator-fee_amount").text()).contains("本年收费金额", "万元",
				"本年度行政事业性收费金额", "Administrative fees collected in the year");
		assertThat(indicators.select("tr[id^=indicator-]").eachAttr("id")).contains("indicator-requests_received",
				"indicator-review_cases", "indicator-processing_fee");

		assertThat(html.select("article.rule").eachAttr("id")).containsExactly("rule-R1", "rule-R2", "rule-R3", "rule-R4",
				"rule-R5", "rule-R6", "rule-R7", "rule-R8_requests", "rule-R8_reviews", "rule-R8_carried_in", "rule-R8_granted",
				"rule-R8_partly_granted", "rule-R8_granted_or_partly", "rule-R8_denied", "rule-R8_unable", "rule-R8_not_processed",
				"rule-R8_other_handling", "rule-R8_handled", "rule-R8_carried_over", "rule-R8_granted_share",
				"rule-R8_partly_share", "rule-R8_outcome_sum", "rule-R8_litigation", "rule-R8_all_upheld",
				"rule-R8_none_corrected");
		Element r2 = html.getElementById("rule-R2");
		// R2 is inherited from 2019, whose row other_handling 2021 replaces by a heading over three rows: the range
		// now ends with the heading's last row
		assertThat(r2.selectFirst("pre").text()).isEqualTo("assert [handled] = sum([granted] to [other_handling])");
		assertThat(r2.text()).contains("表 t3 的每一列", "for each column of table t3", "错误 error",
				"（七）总计应等于各项办理结果之和", "(7) Total must equal the sum of the outcomes");
		assertThat(html.getElementById("rule-R5").selectFirst("pre").text()).contains("when not signed");
	}

	@Test
	void theDocumentationListsALinesOtherWordingsUnderItsLabelThoseARevisionAddsIncluded() throws IOException {
		// 2021 relabels 2019's row normative and adds the old wording as an aka: the row shows both
		Element t21 = Jsoup.parse(artifact(artifacts(TEMPLATE_2021), Kind.HTML, ".html")).getElementById("table-t2_1");
		Element normative = t21.select("tbody th").stream().filter(th -> th.text().contains("normative")).findFirst()
				.orElseThrow();
		assertThat(normative.text()).startsWith("行政规范性文件");
		assertThat(normative.selectFirst("span.aka").text()).isEqualTo("亦作 also printed as: 「规范性文件」");
		// 2019's own aka on a column header
		Element t19 = Jsoup.parse(artifact(artifacts(GeneratedCode.example("gov-info-disclosure-2019.form")), Kind.HTML, ".html")).getElementById("table-t2_1");
		assertThat(t19.select("thead th span.aka").eachText()).containsExactly("亦作 also printed as: 「本年公开数量」");
		assertThat(t21.select("tbody th span.aka")).hasSize(1);
	}

	@Test
	void aTemplateWithErrorsGivesLocatedMessagesAndNoCode() throws IOException {
		Path broken = FormFiles.testData().resolve("validation/unit-mismatch.form");
		Codegen.Result result = Codegen.generate(List.of(broken), null);
		assertThat(result.ok()).isFalse();
		assertThat(result.artifacts()).isEmpty();
		assertThat(result.errors().stream().map(Object::toString).collect(Collectors.joining("\n")))
				.matches("(?s).*unit-mismatch\\.form:\\d+:\\d+: error \\[formwork\\.unitMismatch\\] .*");
	}
}
