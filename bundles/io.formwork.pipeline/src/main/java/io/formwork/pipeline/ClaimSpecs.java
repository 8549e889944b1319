package io.formwork.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Section;
import io.formwork.lang.formwork.Template;
import io.formwork.narrative.ClaimSpec;

/**
 * The claims of a template as the narrative readers need them. A class of its own so that a template from the
 * compiled-template cache, which never calls it, loads no EMF class (verifying {@link CompiledTemplate} would).
 */
final class ClaimSpecs {

	private ClaimSpecs() {
	}

	/** The claims of the template, as the narrative extractor needs them. */
	static List<ClaimSpec> of(Template template) {
		List<ClaimSpec> specs = new ArrayList<>();
		for (Claim claim : EcoreUtil2.getAllContentsOfType(template, Claim.class)) {
			Section section = EcoreUtil2.getContainerOfType(claim, Section.class);
			String heading = section == null || section.getLabel() == null ? null : section.getLabel().getZh();
			var unit = claim.getIndicator().getUnit();
			String symbol = unit == null || unit.eIsProxy() ? null : unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
			specs.add(new ClaimSpec(claim.getName(), symbol, heading, List.copyOf(claim.getPhrases())));
		}
		return specs;
	}
}
