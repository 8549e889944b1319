package io.formwork.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.bench.generated.Gid2021Filing;
import io.formwork.filing.JsonFilingReader;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.compiled.Layout;

class FilingGeneratorTest {

	@Test
	void theSameSeedGivesTheSameFilingsWhateverTheNumberAskedFor() {
		List<FilingGenerator.Generated> ten = new FilingGenerator(7).generate(10);
		List<FilingGenerator.Generated> twenty = new FilingGenerator(7).generate(20);
		assertThat(twenty.subList(0, 10)).isEqualTo(ten);
		assertThat(new FilingGenerator(8).generate(10)).isNotEqualTo(ten);
	}

	@Test
	void theSharesOfFilingsWithErrorsAndBlanksAreTheOnesAskedFor() {
		List<FilingGenerator.Generated> filings = new FilingGenerator(1, 0.2, 0.05).generate(4000);
		double errors = filings.stream().filter(FilingGenerator.Generated::withErrors).count() / 4000.0;
		double blanks = filings.stream().filter(FilingGenerator.Generated::withBlanks).count() / 4000.0;
		assertThat(errors).isBetween(0.17, 0.23);
		assertThat(blanks).isBetween(0.035, 0.065);
		assertThat(new FilingGenerator(1, 0, 0).generate(200)).noneMatch(f -> f.withErrors() || f.withBlanks());
	}

	@Test
	void aFilingWithoutErrorsOrBlanksPassesEveryRuleOfTheEngine(@TempDir Path folder) throws IOException {
		Subjects subjects = Subjects.get();
		JsonFilingReader reader = new JsonFilingReader();
		for (Path file : new FilingGenerator(3, 0, 0).write(100, folder)) {
			ValidationResult result = subjects.engine().validate(reader.read(file));
			assertThat(result.problems()).as(file.toString()).isEmpty();
			assertThat(result.findings()).as(file.toString()).hasSize(HandWritten.INSTANCES)
					.allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
		}
	}

	@Test
	void theHandWrittenCellsAreTheTemplatesInItsOrder() {
		Layout layout = Gid2021Filing.LAYOUT;
		assertThat(layout.size()).isEqualTo(Form2021.CELLS);
		for (int i = 0; i < layout.size(); i++) {
			assertThat(Form2021.addresses().get(i)).isEqualTo(layout.address(i).toString());
		}
		assertThat(layout.unit(Form2021.FEE)).isEqualTo("万元");
		assertThat(layout.scale(Form2021.FEE)).isEqualTo(4);
	}
}
