package io.formwork.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.lang.formwork.Template;

/** The one rule of template discovery, on the example templates (2008, 2019, 2021 and a province's 2021). */
class TemplatesTest {

	static final Path EXAMPLES = Path.of("../../examples/gov-info-disclosure").toAbsolutePath().normalize();
	/** The page corpus of the readers' tests. */
	static final Path PAGES = Path.of("../io.formwork.forms.tests/src/test/resources/pages").toAbsolutePath().normalize();
	static Templates all;

	@BeforeAll
	static void load() throws Exception {
		all = Templates.load(List.of(EXAMPLES), null);
	}

	@Test
	void everyTemplateOfTheFolderIsACandidate() {
		assertThat(all.byId()).containsKeys("gid_2008", "gid_2019", "gid_2021", "gid_2021_province");
	}

	@Test
	void aFilingThatNamesItsTemplateGetsItWhateverItsYear() {
		assertThat(all.choose("gid_2019", Path.of("report-2023.json")).getName()).isEqualTo("gid_2019");
	}

	@Test
	void aFilingThatNamesATemplateNotLoadedGetsNone() {
		assertThat(all.choose("gid_1999", Path.of("x.json"))).isNull();
		assertThat(all.whyNone("gid_1999", Path.of("x.json"))[1]).contains("gid_1999").contains("gid_2021");
	}

	@Test
	void aFilingThatNamesNoneGetsTheTemplateInForceInTheYearItsNameStates() {
		assertThat(all.choose(null, Path.of("pingliang-2018.txt")).getName()).isEqualTo("gid_2008");
		assertThat(all.choose(null, Path.of("report-2020.html")).getName()).isEqualTo("gid_2019");
	}

	@Test
	void ofTwoTemplatesOfOneYearTheOneTheOtherRevisesWins() {
		assertThat(all.choose(null, Path.of("city-2022.txt")).getName()).isEqualTo("gid_2021");
	}

	@Test
	void theYearOfATitleCountsWhenTheFileNameStatesNone(@TempDir Path dir) throws IOException {
		Path page = dir.resolve("report.html");
		Files.writeString(page, "<html><head><title>平凉市2019年政府信息公开工作年度报告</title></head><body></body></html>");
		Path text = dir.resolve("report.txt");
		Files.writeString(text, "\n\n某县2021年政府信息公开工作年度报告\n正文");
		assertThat(Templates.yearOf(page)).isEqualTo(2019);
		assertThat(Templates.yearOf(text)).isEqualTo(2021);
		assertThat(all.choose(null, page).getName()).isEqualTo("gid_2019");
	}

	@Test
	void aWordReportsYearIsReadFromItsFirstParagraphsEvenWhenWordSplitItsRuns(@TempDir Path dir) throws IOException {
		// Word's export of the page corpus: the title's runs split "办公室2021" | "年政府信息公开"
		Path report = dir.resolve("report.docx");
		Files.copy(PAGES.resolve("word-tidy.docx"), report);
		assertThat(Templates.yearOf(report)).isEqualTo(2021);
		assertThat(all.choose(null, report).getName()).isEqualTo("gid_2021");
	}

	@Test
	void aWordReportsVisibleTitleComesBeforeItsTitlePropertyWhichIsOnlyAFallback(@TempDir Path dir) throws IOException {
		Path copied = dir.resolve("copied.docx");
		word(copied, "2018年政府信息公开工作年度报告", "某县人民政府", "某县2019年政府信息公开工作年度报告", "2019年，本机关……");
		assertThat(Templates.yearOf(copied)).isEqualTo(2019);
		Path propertyOnly = dir.resolve("property-only.docx");
		word(propertyOnly, "某县2021年政府信息公开工作年度报告", "一、总体情况", "本机关……", "二、主动公开情况");
		assertThat(Templates.yearOf(propertyOnly)).isEqualTo(2021);
		Path none = dir.resolve("none.docx");
		word(none, null, "一、总体情况", "本机关……", "二、主动公开情况", "2019年的文件");
		assertThat(Templates.yearOf(none)).isZero();
	}

	/** A Word document with a title property (or none) and these paragraphs. */
	private static void word(Path file, String titleProperty, String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			if (titleProperty != null) {
				document.getProperties().getCoreProperties().setTitle(titleProperty);
			}
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
		}
	}

	@Test
	void theConfiguredDefaultComesBeforeTheYear() throws Exception {
		Templates withDefault = Templates.of(all.resourceSet(), "gid_2019");
		assertThat(withDefault.choose(null, Path.of("city-2022.txt")).getName()).isEqualTo("gid_2019");
		// a filing that names its template still gets it
		assertThat(withDefault.choose("gid_2021", Path.of("city-2022.json")).getName()).isEqualTo("gid_2021");
	}

	@Test
	void theDefaultMayBeNamedByItsFileName() throws Exception {
		Template chosen = Templates.of(all.resourceSet(), "gov-info-disclosure-2019.form").defaultTemplate();
		assertThat(chosen.getName()).isEqualTo("gid_2019");
	}

	@Test
	void anUnknownDefaultIsRefusedWithTheTemplatesThereAre() {
		assertThatThrownBy(() -> Templates.of(all.resourceSet(), "nosuch")).hasMessageContaining("nosuch")
				.hasMessageContaining("gid_2021");
	}

	@Test
	void withNoYearStatedAndSeveralTemplatesNoneIsChosen() {
		assertThat(all.choose(null, Path.of("report.txt"))).isNull();
		assertThat(all.whyNone(null, Path.of("report.txt"))[1]).contains("neither its file name nor its title states a year");
	}

	@Test
	void aSetsYearComesBeforeTheFileName() {
		assertThat(all.choose(null, Path.of("2019/county.txt"), 2020).getName()).isEqualTo("gid_2019");
		assertThat(all.choose(null, Path.of("body.txt"), 2021).getName()).isEqualTo("gid_2021");
	}
}
