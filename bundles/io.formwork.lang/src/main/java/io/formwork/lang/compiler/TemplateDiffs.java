package io.formwork.lang.compiler;

import io.formwork.lang.formwork.Template;
import io.formwork.lang.revision.CellMappings;
import io.formwork.lang.revision.TemplateDiff;
import io.formwork.runtime.migration.CellMapping;

/**
 * {@link TemplateDiff} and {@link CellMappings} of two templates, their plans compiled here: revision takes plans
 * and does not depend on the compiler.
 */
public final class TemplateDiffs {

	private TemplateDiffs() {
	}

	/** What changed from {@code older} to {@code newer}. */
	public static TemplateDiff.Result between(Template older, Template newer) {
		PlanCompiler compiler = new PlanCompiler();
		return TemplateDiff.between(older, compiler.compile(older), newer, compiler.compile(newer));
	}

	/** The cell mapping from {@code older} to {@code newer}. */
	public static CellMapping cellMapping(Template older, Template newer) {
		PlanCompiler compiler = new PlanCompiler();
		return CellMappings.between(older, compiler.compile(older), newer, compiler.compile(newer));
	}
}
