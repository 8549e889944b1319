package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.formwork.FormFile;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Location;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.Value;
import io.formwork.runtime.engine.Engine;
import io.formwork.runtime.plan.Plan;

class PlanCompilerTest {

	static Plan plan(String file) {
		Path path = FormFiles.examples().resolve("gov-info-disclosure").resolve(file);
		var set = FormFiles.load(path);
		FormFile form = (FormFile) FormFiles.resource(set, path).getContents().get(0);
		return new PlanCompiler().compile(form.getTemplate());
	}

	@Test
	void theRulesOfTable3AreStatedOncePerColumnOrRow() {
		Plan plan = plan("gov-info-disclosure-2021.form");
		assertThat(plan.rules().stream().filter(r -> r.ruleId().equals("R1")).map(r -> r.instance()))
				.containsExactly("natural", "business", "research", "charity", "legal_service", "other", "total");
		assertThat(plan.rules().stream().filter(r -> r.ruleId().equals("R3")).count()).isEqualTo(25);
		assertThat(plan.rules().stream().filter(r -> r.ruleId().equals("R4")).map(r -> r.instance()))
				.containsExactly("review", "direct", "after_review");
		assertThat(plan.cell(CellAddress.cell("t4", "cases", "review.upheld")).indicator()).isEqualTo("review_cases");
		assertThat(plan.cell(CellAddress.cell("t2_8", "fees", "fee_amount")).unit()).isEqualTo("万元");
	}

	@Test
	void theSeedReportsOnlineRateFailsAndItsSumsHold() {
		Plan plan = plan("gov-info-disclosure-2008.form");
		Filing filing = new Filing("seed.txt").template("gid_2008").year(2018);
		Map<String, String> stated = Map.ofEntries(Map.entry("proactive_total", "96000"),
				Map.entry("proactive_city", "46100"), Map.entry("proactive_county", "49900"),
				Map.entry("website_total", "68870"), Map.entry("website_share", "71.74"),
				Map.entry("portal_city", "24770"), Map.entry("portal_county", "23100"),
				Map.entry("portal_departments", "21000"), Map.entry("services_listed", "6622"),
				Map.entry("services_online", "611"), Map.entry("online_rate", "92.3"),
				Map.entry("requests_received", "30"), Map.entry("granted", "20"), Map.entry("partly_granted", "6"),
				Map.entry("review_total", "7"), Map.entry("review_upheld", "1"), Map.entry("review_corrected", "6"));
		int line = 1;
		for (var e : stated.entrySet()) {
			filing.add(Fact.of(CellAddress.claim(e.getKey()), Value.of(e.getValue()), Location.of("seed.txt", line++, 1)));
		}
		ValidationResult result = new Engine(plan).validate(filing);
		assertThat(result.problems()).isEmpty();
		List<Finding> failed = result.findings().stream().filter(f -> f.status() == Status.FAIL).toList();
		assertThat(failed).extracting(Finding::ruleId).containsExactly("N5");
		assertThat(failed.get(0).messageZh()).isEqualTo("所述可在线受理率 92.3% 与 611/6622 = 9.23% 不一致");
		assertThat(result.findings()).filteredOn(f -> f.status() == Status.PASS).extracting(Finding::ruleId)
				.containsExactlyInAnyOrder("N1", "N2", "N3", "N4", "N6");
	}
}
