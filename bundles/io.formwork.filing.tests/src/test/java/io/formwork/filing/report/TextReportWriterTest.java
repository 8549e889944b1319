package io.formwork.filing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.formwork.filing.Expected;
import io.formwork.runtime.Language;
import io.formwork.runtime.ValidationResult;

class TextReportWriterTest {

	private static String write(List<ValidationResult> results, Language language) throws IOException {
		StringWriter out = new StringWriter();
		new TextReportWriter(language).write(results, out);
		return out.toString();
	}

	@Test
	void aRunReadsAsExpectedInChinese() throws IOException {
		Expected.assertMatches(WriterFixture.FOLDER.resolve("report.zh.txt"), write(WriterFixture.results(), Language.ZH));
	}

	@Test
	void aRunReadsAsExpectedInEnglish() throws IOException {
		Expected.assertMatches(WriterFixture.FOLDER.resolve("report.en.txt"), write(WriterFixture.results(), Language.EN));
	}

	@Test
	void theSummaryCountsErrorsWarningsAndWhatCannotBeAssessed() throws IOException {
		List<String> lines = write(WriterFixture.results(), Language.EN).lines().toList();
		assertThat(lines.get(lines.size() - 1)).isEqualTo("3 filing(s), 4 error(s), 2 warning(s), 4 not assessable");
		assertThat(write(List.of(), Language.ZH)).isEqualTo("0 份填报，0 个错误，0 个警告，0 项无法评估\n");
	}
}
