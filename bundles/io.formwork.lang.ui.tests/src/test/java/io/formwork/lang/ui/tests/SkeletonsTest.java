package io.formwork.lang.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.wizards.Skeletons;

/**
 * What the wizards write, on the real 2021 template: next year's revision and a blank filing, each loaded
 * again beside the example catalog and templates and checked by the language.
 */
class SkeletonsTest {

	private XtextResourceSet set;
	private Template template;
	private String source;

	@BeforeEach
	void load() throws Exception {
		set = FormworkUi.formworkInjector().getInstance(XtextResourceSet.class);
		for (String name : List.of("gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form", "gov-info-disclosure-2021.form")) {
			set.getResource(URI.createFileURI(Workbenches.examples().resolve(name).toString()), true);
		}
		source = Files.readString(Workbenches.examples().resolve("gov-info-disclosure-2021.form"), StandardCharsets.UTF_8);
		Resource resource = set.getResource(URI.createFileURI(Workbenches.examples().resolve("gov-info-disclosure-2021.form").toString()), false);
		template = ((FormFile) resource.getContents().get(0)).getTemplate();
	}

	private List<Issue> errors(String text, String name) throws Exception {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
	}

	@Test
	void theRevisionForNextYearRevisesTheTemplateAndIsValid() throws Exception {
		String revision = Skeletons.revision(template, source);

		assertThat(revision).contains("template gid_2022 ", "year 2022 period annual revises gid_2021 {")
				.contains("import gid.*").doesNotContain("section", "check ", "insert ");
		assertThat(errors(revision, "revision.form")).isEmpty();
		// it states no change: its effective template lays out exactly what gid_2021 does
		Template written = ((FormFile) set.getResource(URI.createURI("memory:/revision.form"), false).getContents().get(0))
				.getTemplate();
		assertThat(new PlanCompiler().compile(written).cells().keySet())
				.containsExactlyElementsOf(new PlanCompiler().compile(template).cells().keySet());
	}

	@Test
	void aBlankFilingListsEveryReportedCellAndResolvesAgainstTheTemplate() throws Exception {
		String filing = Skeletons.blankFiling(template, "示例单位");

		assertThat(filing).startsWith("filing for gid_2021 year 2021 body \"示例单位\"")
				.contains("table t3 {", "\treceived: natural blank, business blank")
				.contains("claim stated_requests blank");
		assertThat(errors(filing, "blank.filing")).isEmpty();
	}

	@Test
	void theRevisionForNextYearProposesNextYearsTitle() throws Exception {
		String revision = Skeletons.revision(template, source);

		assertThat(revision).contains("\"政府信息公开工作年度报告（2022 年格式）\"",
				"\"Annual report on government information disclosure (2022 format)\"").doesNotContain("2021 年格式", "2021 format");
	}

	@Test
	void nextYearsTitleChangesTheYearAsANumberOfItsOwnOnly() {
		assertThat(Skeletons.nextYearsTitle("年度报告（２０２１年格式）", 2021)).isEqualTo("年度报告（２０２２年格式）");
		assertThat(Skeletons.nextYearsTitle("Report 2021, form 120210", 2021)).isEqualTo("Report 2022, form 120210");
		assertThat(Skeletons.nextYearsTitle("年度报告", 2021)).isEqualTo("年度报告");
	}

	@Test
	void nextYearsIdReplacesATrailingYear() {
		assertThat(Skeletons.nextId("gid_2021", 2021)).isEqualTo("gid_2022");
		assertThat(Skeletons.nextId("annual", 2021)).isEqualTo("annual_2022");
	}
}
