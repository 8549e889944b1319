package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;

/**
 * The 2021 format written as a revision of the 2019 one states only what changes; resolved, it is the 2021
 * format in full: the layout it had when it was written out (src/test/resources/revision/gid-2021-standalone.form).
 */
class RevisionsTest {

	static final Path EXAMPLES = FormFiles.examples().resolve("gov-info-disclosure");

	static Template template(XtextResourceSet set, Path file) {
		return ((FormFile) FormFiles.resource(set, file).getContents().get(0)).getTemplate();
	}

	static Template revision2021() {
		Path file = EXAMPLES.resolve("gov-info-disclosure-2021.form");
		return template(FormFiles.load(file), file);
	}

	/** The standalone 2021 layout, beside the examples' catalog and the 2019 format it names as revised. */
	static Template standalone2021() {
		XtextResourceSet set = FormFiles.injector().getInstance(XtextResourceSet.class);
		set.getResource(URI.createFileURI(EXAMPLES.resolve("gov-info-disclosure-catalog.form").toAbsolutePath().toString()), true);
		set.getResource(URI.createFileURI(EXAMPLES.resolve("gov-info-disclosure-2019.form").toAbsolutePath().toString()), true);
		Path file = FormFiles.testData().resolve("revision/gid-2021-standalone.form");
		Template template = template(set, file);
		assertThat(FormFiles.validate(template.eResource())).extracting(FormFiles::describe).isEmpty();
		return template;
	}

	@Test
	void the2021RevisionResolvesToTheFull2021Format() {
		Template revision = revision2021();
		assertThat(revision.getRevises().getName()).isEqualTo("gid_2019");
		assertThat(Outline.of(revision)).isEqualTo(Outline.of(standalone2021()));
	}

	@Test
	void the2021RevisionCompilesToTheSamePlanAsTheFull2021Format() {
		String resolved = Outline.of(new PlanCompiler().compile(revision2021()));
		assertThat(resolved).isEqualTo(Outline.of(new PlanCompiler().compile(standalone2021())));
		assertThat(resolved).contains("t2_8[fees, fee_amount]").doesNotContain("t2_9").doesNotContain("t3[other_handling");
	}

	@Test
	void theRevisionStatesOnlyTheChange() {
		Template revision = revision2021();
		assertThat(revision.getMembers()).isEmpty();
		assertThat(EcoreUtil2.getAllContentsOfType(revision, Table.class)).isEmpty();
		assertThat(revision.getChanges()).hasSizeLessThan(15);
	}

	@Test
	void aRetypedColumnContinuesTheColumnItRetypes() {
		Template effective = Revisions.effective(revision2021());
		Table fees = EcoreUtil2.getAllContentsOfType(effective, Table.class).stream()
				.filter(t -> t.getName().equals("t2_8")).findFirst().orElseThrow();
		Line amount = (Line) Grids.lines(fees.getColumns()).get(0).leaf();
		assertThat(amount.getName()).isEqualTo("fee_amount");
		assertThat(amount.getIndicator().getName()).isEqualTo("fee_amount");
		Line before = (Line) Revisions.predecessor(amount);
		assertThat(before.getName()).isEqualTo("prior_items");
		assertThat(before.getIndicator().getName()).isEqualTo("items_prior_year");
	}

	@Test
	void anInheritedRuleIsLocatedWhereTheRevisedTemplateStatesIt() {
		Template effective = Revisions.effective(revision2021());
		Rule r1 = effective.getMembers().stream().filter(m -> m instanceof Rule c && c.getName().equals("R1"))
				.map(Rule.class::cast).findFirst().orElseThrow();
		var origin = Revisions.origin(r1);
		assertThat(origin.eResource().getURI().lastSegment()).isEqualTo("gov-info-disclosure-2019.form");
		assertThat(NodeModelUtils.findActualNodeFor(origin)).isNotNull();
		Rule r7 = effective.getMembers().stream().filter(m -> m instanceof Rule c && c.getName().equals("R7"))
				.map(Rule.class::cast).findFirst().orElseThrow();
		assertThat(Revisions.origin(r7).eResource().getURI().lastSegment()).isEqualTo("gov-info-disclosure-2021.form");
		assertThat(Revisions.lineage(revision2021())).extracting(Template::getName).containsExactly("gid_2021", "gid_2019");
	}

	@Test
	void aProvinceAddsALocalRowWithoutCopyingTheNationalTemplate() {
		Path file = EXAMPLES.resolve("gov-info-disclosure-2021-province.form");
		Template province = template(FormFiles.load(file), file);
		assertThat(FormFiles.validate(province.eResource())).extracting(FormFiles::describe).isEmpty();
		assertThat(province.getMembers()).hasSize(1);
		assertThat(province.getChanges()).hasSize(1);
		assertThat(Revisions.lineage(province)).extracting(Template::getName)
				.containsExactly("gid_2021_province", "gid_2021", "gid_2019");
		var plan = new PlanCompiler().compile(province);
		var codes = plan.cells().keySet().stream().filter(a -> "t3".equals(a.table()) && "total".equals(a.column()))
				.map(a -> a.row()).toList();
		assertThat(codes).containsSubsequence("np_confirmation", "np_unreachable", "oh_no_correction", "handled");
		assertThat(plan.cell(io.formwork.runtime.CellAddress.parse("t3[np_unreachable, natural]")).indicator())
				.isEqualTo("not_processed_unreachable");
		// R2's range, inherited from 2019 and unchanged, now also adds the province's row
		assertThat(plan.rules().stream().filter(r -> r.ruleId().equals("R2") && r.instance().equals("total"))
				.map(r -> r.assertion().toString()).findFirst().orElseThrow()).contains("t3(np_unreachable, total)")
				.contains("t3(oh_other, total)");
	}

	@Test
	void cellsKeepTheirCorrespondenceAcrossTwoRevisions() {
		Path file = EXAMPLES.resolve("gov-info-disclosure-2021-province.form");
		XtextResourceSet set = FormFiles.load(file);
		var mapping = io.formwork.lang.compiler.TemplateDiffs.cellMapping(template(set, EXAMPLES.resolve("gov-info-disclosure-2019.form")),
				template(set, file)).byTarget();
		assertThat(mapping.get(io.formwork.runtime.CellAddress.parse("t3[carried_in, natural]")).relation())
				.isEqualTo(io.formwork.runtime.migration.CellMapping.Relation.SAME);
		assertThat(mapping.get(io.formwork.runtime.CellAddress.parse("t2_8[fees, fee_amount]")).relation())
				.isEqualTo(io.formwork.runtime.migration.CellMapping.Relation.CHANGED);
		assertThat(mapping.get(io.formwork.runtime.CellAddress.parse("t3[np_unreachable, natural]")).relation())
				.isEqualTo(io.formwork.runtime.migration.CellMapping.Relation.NEW);
	}

	@Test
	void rulesAreDeactivatedReRatedAndAddedByARevision() {
		Path file = FormFiles.testData().resolve("validation/revision-valid.form");
		var plan = new PlanCompiler().compile(template(FormFiles.load(file), file));
		assertThat(plan.rules()).extracting(r -> r.ruleId()).doesNotContain("S1").contains("S2", "S3");
		assertThat(plan.rules().stream().filter(r -> r.ruleId().equals("S2")).findFirst().orElseThrow().severity())
				.isEqualTo(io.formwork.runtime.Severity.INFO);
		assertThat(plan.cells().keySet()).extracting(Object::toString).contains("t[r_two, n]", "t[r3, n]", "u[q, x_amount]")
				.doesNotContain("t[r2, n]");
		assertThat(plan.cell(io.formwork.runtime.CellAddress.parse("t[r1, n]")).labelZh()).endsWith("第一行 / 件数");
		var rows = plan.cells().keySet().stream().filter(a -> "t".equals(a.table()) && "n".equals(a.column())).map(a -> a.row()).toList();
		assertThat(rows).containsExactly("r1", "r_two", "r3", "total");
	}
}
