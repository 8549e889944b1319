package io.formwork.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Filing;
import io.formwork.runtime.compiled.Statuses;
import io.formwork.runtime.plan.RuleInstance;

/**
 * Trevas on Spark (local mode, 2 cores) agrees with the engine, status for status, on the benchmark's filings read
 * from JSON, both with R1–R5 as plain expressions and as datapoint rulesets checked by {@code check_datapoint}; the
 * data frames cached beforehand (as the validation benchmark has them) or built on the spot (as end to end). Runs
 * only in the build with the {@code spark} profile, on a Java 17 JVM. A correctness test, not a timing one.
 */
class SparkAgreementTest {

	@TempDir
	static Path folder;

	static List<Path> files;
	static List<Filing> filings;
	static Subjects subjects;
	static SparkSession spark;

	@BeforeAll
	static void start() throws IOException {
		files = new FilingGenerator(Benchmarks.SEED).write(AgreementTest.FILINGS, folder);
		JsonFilingReader reader = new JsonFilingReader();
		filings = files.stream().map(reader::read).toList();
		subjects = Subjects.get();
		spark = SparkVtl.session(2);
	}

	@AfterAll
	static void stop() {
		if (spark != null) {
			spark.stop();
		}
	}

	private void assertAgreesWithTheEngine(byte[][] statuses, String how) {
		List<RuleInstance> rules = subjects.rules();
		assertThat(statuses.length).isEqualTo(filings.size());
		for (int f = 0; f < filings.size(); f++) {
			assertThat(AgreementTest.handWrittenTriples(statuses[f])).as("%s, %s", how, files.get(f))
					.isEqualTo(AgreementTest.triples(rules, subjects.engineStatuses(filings.get(f))));
		}
	}

	@Test
	void plainExpressionsOnSparkAgreeWithTheEngine() {
		Vtl.Data data = SparkVtl.datasets(spark, filings, true);
		try {
			assertAgreesWithTheEngine(new SparkVtl(spark).check(data, SparkVtl.Mode.PLAIN), "plain, cached");
		} finally {
			SparkVtl.uncache(data);
		}
	}

	@Test
	void checkDatapointOnSparkAgreesWithTheEngine() {
		Vtl.Data data = SparkVtl.datasets(spark, filings, true);
		try {
			assertAgreesWithTheEngine(new SparkVtl(spark).check(data, SparkVtl.Mode.CHECK_DATAPOINT),
					"check_datapoint, cached");
		} finally {
			SparkVtl.uncache(data);
		}
	}

	@Test
	void bothWaysAgreeOnDataFramesBuiltOnTheSpot() {
		SparkVtl vtl = new SparkVtl(spark);
		assertAgreesWithTheEngine(vtl.check(SparkVtl.datasets(spark, filings, false), SparkVtl.Mode.PLAIN), "plain");
		assertAgreesWithTheEngine(vtl.check(SparkVtl.datasets(spark, filings, false), SparkVtl.Mode.CHECK_DATAPOINT),
				"check_datapoint");
	}

	@Test
	void everyRuleInstanceOfEveryFilingGetsAStatus() {
		byte[][] statuses = new SparkVtl(spark).check(SparkVtl.datasets(spark, filings, false),
				SparkVtl.Mode.CHECK_DATAPOINT);
		for (byte[] filing : statuses) {
			for (byte status : filing) {
				assertThat(status).isNotEqualTo(Statuses.NONE);
			}
		}
	}
}
