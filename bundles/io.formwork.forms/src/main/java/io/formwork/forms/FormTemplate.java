package io.formwork.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.formwork.narrative.ClaimSpec;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;

/**
 * A template as forms need it: how it prints ({@link FormLayout}) and what each cell means ({@link Plan}:
 * type, unit, decimals, whether it may be negative, whether it is reported at all).
 */
public final class FormTemplate {

	private final Plan plan;
	private final FormLayout layout;

	public FormTemplate(Plan plan, FormLayout layout) {
		this.plan = Objects.requireNonNull(plan, "plan");
		this.layout = Objects.requireNonNull(layout, "layout");
	}

	public Plan plan() {
		return plan;
	}

	public FormLayout layout() {
		return layout;
	}

	public String id() {
		return plan.templateId();
	}

	public int year() {
		return plan.year();
	}

	/** What the template says of the cell at a row and column of a table; null when the cell is not reported. */
	public CellSpec cell(FormLayout.Table table, FormLayout.Line row, FormLayout.Line column) {
		return plan.cell(CellAddress.cell(table.code(), row.code(), column.code()));
	}

	/** The claims of every narrative part, with the heading of the section each lies in. */
	public List<ClaimSpec> claims() {
		List<ClaimSpec> claims = new ArrayList<>();
		for (FormLayout.Narrative narrative : layout.narratives()) {
			FormLayout.Section section = layout.sectionOf(narrative);
			String heading = section == null ? null : section.labelZh();
			for (FormLayout.Claim claim : narrative.claims()) {
				if (!claim.phrases().isEmpty()) {
					claims.add(new ClaimSpec(claim.name(), claim.unit(), heading, claim.phrases()));
				}
			}
		}
		return claims;
	}

	/** Every unit symbol the template knows (its cells' units and its conversions), and %. */
	public Set<String> units() {
		Set<String> units = new LinkedHashSet<>();
		for (CellSpec spec : plan.cells().values()) {
			if (spec.unit() != null) {
				units.add(spec.unit());
			}
		}
		for (Plan.UnitConversion conversion : plan.units().values()) {
			units.add(conversion.unit());
			units.add(conversion.base());
		}
		units.add("%");
		return units;
	}
}
