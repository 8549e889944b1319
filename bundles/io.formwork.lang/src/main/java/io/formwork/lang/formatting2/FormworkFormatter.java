package io.formwork.lang.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import io.formwork.lang.formwork.Call;
import io.formwork.lang.formwork.CellRef;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.FormworkPackage;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Label;
import io.formwork.lang.formwork.Negation;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.TableRevision;
import io.formwork.lang.formwork.Template;

/**
 * The canonical layout of .form files: one declaration per line, blocks indented by one tab, single spaces
 * between words, none inside brackets. Formatting is idempotent: formatting formatted text changes nothing.
 */
public class FormworkFormatter extends AbstractJavaFormatter {

	/** Keywords that start a line of their own inside a block. */
	private static final Set<String> LINE_STARTERS = Set.of("unit", "indicator", "dimension", "member", "group",
			"heading", "section", "narrative", "claim", "table", "check", "row", "column", "note", "columns", "rows",
			"unreported", "when", "tolerance", "blank", "assert", "message", "type", "decimals", "signed", "values",
			"definition", "import", "remove", "rename", "relabel", "retype", "replace", "insert", "revise", "activate",
			"deactivate", "aka");

	protected void format(FormFile file, IFormattableDocument doc) {
		List<ISemanticRegion> regions = new ArrayList<>();
		textRegionExtensions.allSemanticRegions(file).forEach(regions::add);
		// Words are separated by one space unless a more specific rule below says otherwise.
		for (int i = 1; i < regions.size(); i++) {
			doc.prepend(regions.get(i), it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		for (ISemanticRegion region : regions) {
			layoutToken(region, doc);
		}
		for (EObject object : (Iterable<EObject>) () -> file.eAllContents()) {
			layoutBlock(object, doc);
			layoutContinuations(object, doc);
		}
		if (!file.getImports().isEmpty()) {
			EObject body = file.getCatalog() != null ? file.getCatalog() : file.getTemplate();
			if (body != null) {
				doc.prepend(body, it -> it.setNewLines(2));
			}
		}
		if (!regions.isEmpty()) {
			doc.append(regions.get(regions.size() - 1), it -> it.setNewLines(1));
		}
	}

	private void layoutToken(ISemanticRegion region, IFormattableDocument doc) {
		EObject owner = region.getSemanticElement();
		String text = region.getText();
		// Keywords and enum literals only: an identifier cannot spell a keyword (it would need a '^').
		if (text.isEmpty() || text.startsWith("\"") || text.startsWith("'")) {
			return;
		}
		switch (text) {
		case "[" -> {
			doc.append(region, it -> it.noSpace());
			if (owner instanceof CellRef ref && ref.getTable() != null) {
				doc.prepend(region, it -> it.noSpace());
			}
		}
		case "]", ",", ")" -> doc.prepend(region, it -> it.noSpace());
		case "(" -> {
			doc.append(region, it -> it.noSpace());
			if (owner instanceof Call) {
				doc.prepend(region, it -> it.noSpace());
			}
		}
		case "." -> doc.surround(region, it -> it.noSpace());
		case "-" -> {
			if (owner instanceof Negation) {
				doc.append(region, it -> it.noSpace());
			}
		}
		default -> {
			if (LINE_STARTERS.contains(text) && startsLine(region, owner)) {
				doc.prepend(region, it -> it.setNewLines(1, 1, 2));
			}
		}
		}
	}

	/** A starter keyword begins a line when it opens a declaration, not when it is used inside one. */
	private boolean startsLine(ISemanticRegion region, EObject owner) {
		String text = region.getText();
		var ownerRegion = textRegionExtensions.regionForEObject(owner);
		ISemanticRegion first = ownerRegion == null ? null : ownerRegion.getPreviousHiddenRegion().getNextSemanticRegion();
		boolean opensOwner = first == region;
		return switch (text) {
		// 'unit', 'indicator', 'member', 'group', 'column', 'row' also occur inside declarations and rules
		case "unit" -> opensOwner || owner instanceof Indicator;
		case "indicator", "member", "group", "row", "column" -> opensOwner && !(owner instanceof Rule);
		case "type", "decimals", "signed", "values", "definition" -> owner instanceof Indicator;
		case "note", "columns", "rows", "unreported" -> owner instanceof Table
				|| owner instanceof TableRevision;
		case "when", "tolerance", "assert", "message" -> owner instanceof Rule;
		case "blank" -> owner instanceof Rule;
		default -> opensOwner;
		};
	}

	/**
	 * Long declarations break before their second part, indented one level more: a claim's phrases, a
	 * template's year, the English half of a definition, note or message.
	 */
	private void layoutContinuations(EObject object, IFormattableDocument doc) {
		if (object instanceof Claim claim && !claim.getPhrases().isEmpty()) {
			continuation(claim, textRegionExtensions.regionFor(claim).keyword("phrase"), doc);
		} else if (object instanceof Template template) {
			ISemanticRegion year = textRegionExtensions.regionFor(template).keyword("year");
			ISemanticRegion open = textRegionExtensions.regionFor(template).keyword("{");
			if (year != null && open != null) {
				doc.prepend(year, it -> it.newLine());
				doc.interior(first(template), open, it -> it.indent());
			}
		} else if (object instanceof Label label && label.getZh() != null
				&& label.getEn() != null) {
			EObject owner = label.eContainer();
			var feature = label.eContainingFeature();
			if (feature == FormworkPackage.Literals.INDICATOR__DEFINITION
					|| feature == FormworkPackage.Literals.TABLE__NOTE
					|| feature == FormworkPackage.Literals.RULE__MESSAGE) {
				ISemanticRegion en = textRegionExtensions.regionFor(label).keyword("en");
				ISemanticRegion start = textRegionExtensions.regionFor(owner).keyword(switch (feature.getName()) {
				case "definition" -> "definition";
				case "note" -> "note";
				default -> "message";
				});
				if (en != null && start != null) {
					doc.prepend(en, it -> it.newLine());
					doc.interior(start, last(label), it -> it.indent());
				}
			}
		}
	}

	private void continuation(EObject object, ISemanticRegion breakBefore, IFormattableDocument doc) {
		if (breakBefore == null) {
			return;
		}
		doc.prepend(breakBefore, it -> it.newLine());
		doc.interior(first(object), last(object), it -> it.indent());
	}

	private ISemanticRegion first(EObject object) {
		return textRegionExtensions.regionForEObject(object).getPreviousHiddenRegion().getNextSemanticRegion();
	}

	private ISemanticRegion last(EObject object) {
		return textRegionExtensions.regionForEObject(object).getNextHiddenRegion().getPreviousSemanticRegion();
	}

	private void layoutBlock(EObject object, IFormattableDocument doc) {
		ISemanticRegion open = textRegionExtensions.regionFor(object).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(object).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		if (object instanceof Indicator indicator && indicator.getValues().size() > 0) {
			// 'values { a, b }' stays on one line; the indicator's own block is handled below
			List<ISemanticRegion> opens = textRegionExtensions.regionFor(object).keywords("{");
			List<ISemanticRegion> closes = textRegionExtensions.regionFor(object).keywords("}");
			if (opens.size() == 2 && closes.size() == 2) {
				doc.append(opens.get(1), it -> it.oneSpace());
				doc.prepend(closes.get(0), it -> it.oneSpace());
				open = opens.get(0);
				close = closes.get(1);
				doc.prepend(open, it -> it.oneSpace());
			}
		}
		if (open.getNextSemanticRegion() == close) {
			doc.append(open, it -> it.noSpace());
			return;
		}
		doc.append(open, it -> {
			it.newLine();
			it.highPriority();
		});
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> {
			it.newLine();
			it.highPriority();
		});
	}
}
