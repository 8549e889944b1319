package io.formwork.lang.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.ClaimRef;
import io.formwork.lang.formwork.Rule;

/**
 * The placeholders a rule's message may name, as the engine and the generated validators fill them: the
 * standard ones, the codes the rule refers to, and {@code {sentence}} (the sentence a claim was read from) when
 * the rule reads a claim. The validator checks messages against them; content assist proposes them.
 */
public final class MessagePlaceholders {

	/** Filled for every rule, in the order content assist proposes them. */
	public static final List<String> STANDARD = List.of("left", "right", "difference", "tolerance", "value", "row",
			"column", "group", "cell", "rule");
	/** The sentence of the first claim the rule read ({@code Semantics.sentence}). */
	public static final String SENTENCE = "sentence";

	private MessagePlaceholders() {
	}

	/** Whether the rule reads a narrative claim (resolved), so that its message may quote {@code {sentence}}. */
	public static boolean readsClaim(Rule rule) {
		for (ClaimRef ref : EcoreUtil2.getAllContentsOfType(rule, ClaimRef.class)) {
			if (ref.getClaim() != null && !ref.getClaim().eIsProxy()) {
				return true;
			}
		}
		return false;
	}

	/** Every placeholder the rule's message may name: the standard ones, {sentence} if it reads a claim, its codes. */
	public static Set<String> known(Rule rule) {
		Set<String> known = new LinkedHashSet<>(STANDARD);
		if (readsClaim(rule)) {
			known.add(SENTENCE);
		}
		for (CellRef ref : EcoreUtil2.getAllContentsOfType(rule, CellRef.class)) {
			if (ref.getFirst() != null && ref.getFirst().getHead() != null && !ref.getFirst().getHead().eIsProxy()) {
				known.add(ref.getFirst().getHead().getName());
				if (ref.getFirst().getTail() != null && !ref.getFirst().getTail().eIsProxy()) {
					known.add(ref.getFirst().getTail().getName());
				}
			}
			if (ref.getSecond() != null && ref.getSecond().getHead() != null && !ref.getSecond().getHead().eIsProxy()) {
				known.add(ref.getSecond().getHead().getName());
			}
		}
		for (ClaimRef ref : EcoreUtil2.getAllContentsOfType(rule, ClaimRef.class)) {
			if (ref.getClaim() != null && !ref.getClaim().eIsProxy()) {
				known.add(ref.getClaim().getName());
			}
		}
		return known;
	}
}
