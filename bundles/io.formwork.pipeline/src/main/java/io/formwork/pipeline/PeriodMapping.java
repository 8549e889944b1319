package io.formwork.pipeline;

import java.util.HashMap;
import java.util.Map;

import io.formwork.runtime.Filing;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.migration.Migrator;

/**
 * Filings of other periods (or of other bodies) in the terms of a template: last year's filing in another
 * format is read through the cell mapping between the two templates, so that {@code prior [carried_over]}
 * finds last year's figure at this year's address, and nothing whose meaning changed. One instance keeps the
 * mappings it made; it may be shared by threads.
 */
public final class PeriodMapping {

	private final Map<String, CellMapping> mappings = new HashMap<>();

	/**
	 * The filing in the terms of {@code to}'s template: as it is when it follows that template, translated when
	 * it follows another template of the same resource set, as it is (left to the engine) when its template is
	 * unknown there.
	 */
	public synchronized Filing inTermsOf(CompiledTemplate to, Filing filing) {
		if (filing == null || filing.template() == null || filing.template().equals(to.id)) {
			return filing;
		}
		CompiledTemplate from = to.sibling(filing.template());
		if (from == null) {
			return filing;
		}
		CellMapping mapping = mappings.computeIfAbsent(from.id + "\u0000" + to.id, k -> to.mappingFrom(from));
		return new Migrator(from.plan, to.plan, mapping).carry(filing);
	}
}
