package io.formwork.lang.validation;

import static io.formwork.lang.validation.FormworkValidator.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.formwork.lang.formwork.AkaAddition;
import io.formwork.lang.formwork.Axis;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Line;
import io.formwork.lang.formwork.Narrative;
import io.formwork.lang.formwork.Relabelling;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.formwork.Unit;
import io.formwork.lang.model.Grids;
import io.formwork.lang.typing.FormType;

/** Narrative claims and the known variants of labels ({@code aka}): phrases, units, variants that clash. */
public class ClaimChecks extends FormworkChecks {

	/** A line's other wordings: not empty, not its own label, each once. */
	@Check
	public void checkAka(Line line) {
		Set<String> seen = new HashSet<>();
		String own = Grids.zhLabel(line);
		for (int i = 0; i < line.getAkas().size(); i++) {
			String aka = line.getAkas().get(i);
			String key = aka.replaceAll("[\\s\\u3000]+", "");
			if (key.isEmpty()) {
				error(Messages.of("“亦作”（aka）的写法不能为空", "An 'aka' wording must not be empty"), line,
						P.getLine_Akas(), i, AKA);
			} else if (own != null && key.equals(own.replaceAll("[\\s\\u3000]+", ""))) {
				warning(Messages.of("“亦作”写法“" + aka + "”与" + line.getName() + "本身的标签相同", "The 'aka' wording \""
						+ aka + "\" is " + line.getName() + "'s own label"), line, P.getLine_Akas(), i, AKA);
			} else if (!seen.add(key)) {
				warning(Messages.of("“亦作”写法“" + aka + "”重复", "The 'aka' wording \"" + aka + "\" is listed twice"), line,
						P.getLine_Akas(), i, AKA);
			}
		}
	}

	/**
	 * Wordings a revision adds to an inherited line ({@code aka row x "…"}): not empty, not the line's label or a
	 * wording it has already, each once, and not another line's label or wording in the same rows or columns (a
	 * reader could not tell the two lines apart).
	 */
	@Check
	public void checkAkaAddition(AkaAddition addition) {
		if (!(addition.getTarget() instanceof Line line) || line.eIsProxy()) {
			return;
		}
		Set<String> seen = new HashSet<>();
		line.getAkas().forEach(aka -> seen.add(akaKey(aka)));
		// the line's label as the revision leaves it: a relabel in the same revision (whose old label may well
		// be the wording added) replaces the inherited one
		String own = akaKey(Grids.zhLabel(line));
		Template revision = EcoreUtil2.getContainerOfType(addition,
				Template.class);
		if (revision != null) {
			for (Relabelling relabel : EcoreUtil2.getAllContentsOfType(revision,
					Relabelling.class)) {
				if (relabel.getTarget() == line && relabel.getLabel() != null && relabel.getLabel().getZh() != null) {
					own = akaKey(relabel.getLabel().getZh());
				}
			}
		}
		Map<String, String> others = new HashMap<>();
		Axis axis = EcoreUtil2.getContainerOfType(line, Axis.class);
		if (axis != null) {
			for (Line other : EcoreUtil2.getAllContentsOfType(axis, Line.class)) {
				if (other != line) {
					others.putIfAbsent(akaKey(Grids.zhLabel(other)), other.getName());
					other.getAkas().forEach(aka -> others.putIfAbsent(akaKey(aka), other.getName()));
				}
			}
			if (revision != null) {
				for (Relabelling relabel : EcoreUtil2.getAllContentsOfType(revision,
						Relabelling.class)) {
					if (relabel.getTarget() instanceof Line other && other != line
							&& EcoreUtil2.isAncestor(axis, other) && relabel.getLabel() != null) {
						others.putIfAbsent(akaKey(relabel.getLabel().getZh()), other.getName());
					}
				}
			}
		}
		for (int i = 0; i < addition.getAkas().size(); i++) {
			String aka = addition.getAkas().get(i);
			String key = akaKey(aka);
			var feature = P.getAkaAddition_Akas();
			if (key.isEmpty()) {
				error(Messages.of("“亦作”（aka）的写法不能为空", "An 'aka' wording must not be empty"), addition, feature, i, AKA);
			} else if (key.equals(own)) {
				warning(Messages.of("“亦作”写法“" + aka + "”与" + line.getName() + "本身的标签相同", "The 'aka' wording \""
						+ aka + "\" is " + line.getName() + "'s own label"), addition, feature, i, AKA);
			} else if (!seen.add(key)) {
				warning(Messages.of("“亦作”写法“" + aka + "”重复：" + line.getName() + " 已有此写法",
						"The 'aka' wording \"" + aka + "\" is listed twice: " + line.getName() + " has it already"),
						addition, feature, i, AKA);
			} else if (others.containsKey(key)) {
				error(Messages.of("“亦作”写法“" + aka + "”是同一表中 " + others.get(key) + " 的标签或写法，读取时无法区分两者",
						"The 'aka' wording \"" + aka + "\" is the label or a wording of " + others.get(key)
								+ " in the same table; a reader could not tell the two apart"),
						addition, feature, i, AKA);
			}
		}
	}

	private static String akaKey(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
	}

	@Check
	public void checkClaim(Claim claim) {
		Indicator indicator = claim.getIndicator();
		if (indicator != null && !indicator.eIsProxy()) {
			FormType type = FormType.of(indicator);
			if (!type.isNumeric()) {
				error(Messages.of("叙述指标 " + claim.getName() + " 的指标 " + indicator.getName() + " 是" + type.zh()
						+ "，叙述中只能核对数值", "Claim " + claim.getName() + " uses indicator " + indicator.getName()
								+ ", a " + type.en() + "; only figures can be checked in a narrative"),
						claim, P.getClaim_Indicator(), TYPE_MISMATCH);
			}
		}
		// a qualitative claim ("均获维持"): none of its phrases holds {value}; it is 1 where the text says one of them
		boolean qualitative = !claim.getPhrases().isEmpty() && !claim.getPhrases().get(0).contains("{value}");
		for (int i = 0; i < claim.getPhrases().size(); i++) {
			String phrase = claim.getPhrases().get(i);
			int count = phrase.split("\\{value\\}", -1).length - 1;
			if (qualitative && count == 0 && !phrase.isBlank() && !phrase.contains("{*}")) {
				continue;
			}
			if (qualitative) {
				error(Messages.of("叙述指标 " + claim.getName() + " 的第一个说法不含 {value}，是定性说法；其余说法也不能含 {value} 或 {*}：\"" + phrase + "\"",
						"Claim " + claim.getName() + "'s first phrase has no {value}, so it is qualitative; no other phrase may contain {value} or {*}: \""
								+ phrase + "\""),
						claim, P.getClaim_Phrases(), i, CLAIM_PHRASE);
				continue;
			}
			if (count != 1) {
				error(Messages.of("说法 \"" + phrase + "\" 须恰好包含一个 {value}（定性说法如“均获维持”则各个说法都不含 {value}）",
						"The phrase \"" + phrase + "\" must contain {value} exactly once (or, for a qualitative claim such as "
								+ "\"均获维持\", no phrase of the claim contains it)"),
						claim, P.getClaim_Phrases(), i, CLAIM_PHRASE);
				continue;
			}
			int any = phrase.indexOf("{*}");
			if (any >= 0 && (any > phrase.indexOf("{value}") || phrase.indexOf("{*}", any + 1) >= 0)) {
				error(Messages.of("说法 \"" + phrase + "\" 中的 {*}（所在计数）只能出现一次，且须在 {value} 之前",
						"In the phrase \"" + phrase + "\", {*} (the count it stands beside) may appear once, before {value}"),
						claim, P.getClaim_Phrases(), i, CLAIM_PHRASE);
				continue;
			}
			checkPhraseUnit(claim, indicator, phrase, i);
		}
	}

	/** "…{value}件" must not state a unit other than the indicator's. */
	private void checkPhraseUnit(Claim claim, Indicator indicator, String phrase, int index) {
		if (indicator == null || indicator.eIsProxy() || indicator.getUnit() == null || indicator.getUnit().eIsProxy()) {
			return;
		}
		String after = phrase.substring(phrase.indexOf("{value}") + "{value}".length());
		Unit own = indicator.getUnit();
		String ownSymbol = own.getSymbol() != null ? own.getSymbol() : own.getName();
		if (after.startsWith(ownSymbol)) {
			return;
		}
		// "5.3万余条": a multiplier and an approximation may stand between the figure and its unit
		String stripped = after.replaceFirst("^[万亿]?[余多]?", "");
		if (stripped.startsWith(ownSymbol)) {
			return;
		}
		EObject catalog = own.eContainer();
		for (Unit unit : EcoreUtil2.getAllContentsOfType(catalog, Unit.class)) {
			String symbol = unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
			if (unit != own && !symbol.isEmpty() && (after.startsWith(symbol) || stripped.startsWith(symbol))) {
				error(Messages.of("说法 \"" + phrase + "\" 的单位是 " + symbol + "，而指标 " + indicator.getName() + " 以 "
						+ ownSymbol + " 计", "The phrase \"" + phrase + "\" states " + symbol + " but indicator "
								+ indicator.getName() + " is in " + ownSymbol),
						claim, P.getClaim_Phrases(), index, UNIT_MISMATCH);
				return;
			}
		}
	}

}
