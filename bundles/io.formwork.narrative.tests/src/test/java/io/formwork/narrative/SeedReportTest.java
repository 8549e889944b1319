package io.formwork.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.formwork.runtime.Fact;
import io.formwork.runtime.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real report of the 2008 format (平凉市 2018, seed/pingliang-2018.txt, and the same text as a simple HTML
 * page) read with the claims of examples/gov-info-disclosure/gov-info-disclosure-2008.form.
 */
class SeedReportTest {

	static final List<ClaimSpec> CLAIMS = Fixtures.claims("seed/claims-2008.tsv");

	static Extraction text() {
		return NarrativeExtractor.extract(Fixtures.read(Fixtures.path("seed/pingliang-2018.txt")), "pingliang-2018.txt",
				CLAIMS);
	}

	static Extraction html() {
		return NarrativeExtractor.extractHtml(Fixtures.read(Fixtures.path("seed/pingliang-2018.html")),
				"pingliang-2018.html", CLAIMS);
	}

	@Test
	void theSeedReportGivesEachClaimTheFigureItStatesFirstInItsSection() {
		List<String> actual = Fixtures.describe(text());
		assertThat(actual).containsExactlyElementsOf(Fixtures.expected("seed/pingliang-2018.expected", actual));
	}

	@Test
	void theFiguresReadAgreeAsTheFormatsRulesSayAndTheReportsOwnErrorShows() {
		Map<String, Value> v = values(text());
		assertThat(v).hasSize(22).doesNotContainKey("fees_collected");
		// N1, N2, N4, N6 hold in the report
		assertThat(n(v, "proactive_city").add(n(v, "proactive_county"))).isEqualByComparingTo(n(v, "proactive_total"));
		assertThat(n(v, "portal_city").add(n(v, "portal_county")).add(n(v, "portal_departments")))
				.isEqualByComparingTo(n(v, "website_total"));
		assertThat(n(v, "review_upheld").add(n(v, "review_corrected"))).isEqualByComparingTo(n(v, "review_total"));
		assertThat(n(v, "granted").add(n(v, "partly_granted"))).isLessThanOrEqualTo(n(v, "requests_received"));
		// N3 at the printed precision: 68870 / 96000 = 71.74%
		assertThat(v.get("website_share").decimals()).isEqualTo(2);
		assertThat(percent(n(v, "website_total"), n(v, "proactive_total"), v.get("website_share").decimals()))
				.isEqualByComparingTo(n(v, "website_share"));
		// N5 fails, as it does in the published report: 611 / 6622 is 9.23%, the report says 92.3%
		assertThat(v.get("online_rate").decimals()).isEqualTo(1);
		assertThat(percent(n(v, "services_online"), n(v, "services_listed"), 1)).isEqualByComparingTo("9.2");
		assertThat(n(v, "online_rate")).isEqualByComparingTo("92.3");
		// the approximate figures say so
		assertThat(v.get("new_media")).isEqualTo(Value.of(53000).printedWith(-3).approximate());
		assertThat(v.get("budget")).isEqualTo(Value.of(10).approximate());
		assertThat(v.get("litigation")).isEqualTo(Value.of(0));
	}

	@Test
	void theHtmlPageGivesTheSameValuesAsThePlainText() {
		assertThat(values(html())).isEqualTo(values(text()));
	}

	@Test
	void theHtmlPageIsLocatedInItsText() {
		Extraction html = html();
		List<String> actual = Fixtures.describe(html);
		assertThat(actual).containsExactlyElementsOf(Fixtures.expected("seed/pingliang-2018.html.expected", actual));
		assertThat(html.facts()).allSatisfy(f -> assertThat(f.location().cell()).isEqualTo(NarrativeExtractor.PAGE_TEXT));
	}

	@Test
	void theHtmlPageReadsAsItsTextFixture() {
		String actual = NarrativeExtractor.pageText(Fixtures.read(Fixtures.path("seed/pingliang-2018.html")));
		assertThat(actual.lines()).containsExactlyElementsOf(
				Fixtures.expected("seed/pingliang-2018.html.txt", actual.lines().toList()));
	}

	/** The fixture must follow the template: its claims, units (from the catalog), headings and phrases. */
	@Test
	void theClaimFixtureStatesTheClaimsOfThe2008Template() {
		String catalog = Fixtures.read(Fixtures.example("gov-info-disclosure/gov-info-disclosure-catalog.form"));
		Map<String, String> units = new HashMap<>();
		Matcher indicator = Pattern.compile("indicator (\\w+) \"[^\"]*\" en \"[^\"]*\" \\{([^}]*)\\}").matcher(catalog);
		while (indicator.find()) {
			Matcher unit = Pattern.compile("\\bunit (\\S+)").matcher(indicator.group(2));
			units.put(indicator.group(1), unit.find() ? unit.group(1) : null);
		}
		String template = Fixtures.read(Fixtures.example("gov-info-disclosure/gov-info-disclosure-2008.form"));
		Matcher declaration = Pattern.compile(
				"section \\w+ \"([^\"]+)\"|claim (\\w+) \"[^\"]*\" en \"[^\"]*\" indicator (\\w+)\\s+phrase ((?:\"[^\"]*\"(?:,\\s*)?)+)")
				.matcher(template);
		List<ClaimSpec> declared = new ArrayList<>();
		String section = null;
		while (declaration.find()) {
			if (declaration.group(1) != null) {
				section = declaration.group(1);
				continue;
			}
			List<String> phrases = new ArrayList<>();
			Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(declaration.group(4));
			while (quoted.find()) {
				phrases.add(quoted.group(1));
			}
			assertThat(units).containsKey(declaration.group(3));
			declared.add(new ClaimSpec(declaration.group(2), units.get(declaration.group(3)), section, phrases));
		}
		assertThat(declared).hasSize(23);
		assertThat(CLAIMS).containsExactlyElementsOf(declared);
	}

	static Map<String, Value> values(Extraction extraction) {
		Map<String, Value> values = new LinkedHashMap<>();
		for (Fact fact : extraction.facts()) {
			values.put(fact.address().row(), fact.value());
		}
		return values;
	}

	private static BigDecimal n(Map<String, Value> values, String claim) {
		assertThat(values).containsKey(claim);
		return values.get(claim).number();
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole, int decimals) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, decimals, RoundingMode.HALF_UP);
	}
}
