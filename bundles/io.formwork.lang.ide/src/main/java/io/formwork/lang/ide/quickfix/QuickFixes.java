package io.formwork.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import io.formwork.lang.validation.FormworkValidator;

/**
 * The quick fixes of the template and filing checks that carry an issue code, as text edits: what Formwork Studio
 * offers on a marker (Ctrl+1, the Problems view) and the language server as code actions. An unknown code becomes
 * one of the closest codes in scope of the kind the reference expects (an indicator for an indicator, a row or
 * column for a cell); {@code row} among the columns becomes {@code column} (and back); a heading used as one cell
 * is summed; an unknown message placeholder is removed; a duplicate code is renamed; a missing Chinese label gets
 * one to fill in.
 */
public final class QuickFixes {

	/** How many codes an unknown code is offered. */
	public static final int MAX_CANDIDATES = 5;

	/** A fix: its title (zh and en) and the edit it makes of the text the problem marks. */
	public record Fix(String label, UnaryOperator<String> edit) {
		/** The replacement of the marked text. */
		public String replacement(String marked) {
			return edit.apply(marked);
		}
	}

	private QuickFixes() {
	}

	/** True when problems of this issue code have fixes. */
	public static boolean handles(String code) {
		return code != null && (code.equals(Diagnostic.LINKING_DIAGNOSTIC) || code.equals(FormworkValidator.WRONG_LINE_KIND)
				|| code.equals(FormworkValidator.HEADING_IN_RULE) || code.equals(FormworkValidator.UNKNOWN_PLACEHOLDER)
				|| code.equals(FormworkValidator.DUPLICATE_CODE) || code.equals(FormworkValidator.MISSING_ZH_LABEL));
	}

	/**
	 * The fixes of a problem with the given issue code and data that marks [start, end) of the resource's text
	 * (the resource must be parsed from the text the offsets are in).
	 */
	public static List<Fix> fixes(XtextResource resource, String code, int start, int end, List<String> data) {
		List<Fix> fixes = new ArrayList<>();
		if (code == null || start < 0 || end < start) {
			return fixes;
		}
		switch (code) {
		case Diagnostic.LINKING_DIAGNOSTIC -> {
			for (String candidate : candidates(resource, start, end)) {
				fixes.add(new Fix("改为 '" + candidate + "' Change to '" + candidate + "'", d -> candidate));
			}
		}
		case FormworkValidator.WRONG_LINE_KIND -> {
			if (!data.isEmpty()) {
				String kind = data.get(0);
				fixes.add(new Fix("改写为 '" + kind + "' Write '" + kind + "'", d -> kind));
			}
		}
		case FormworkValidator.HEADING_IN_RULE -> fixes.add(new Fix("求和：sum(…) Sum it: sum(…)", d -> "sum(" + d + ")"));
		case FormworkValidator.UNKNOWN_PLACEHOLDER -> {
			if (!data.isEmpty()) {
				String placeholder = "{" + data.get(0) + "}";
				fixes.add(new Fix("删除占位符 " + placeholder + " Remove the placeholder " + placeholder,
						d -> d.replace(placeholder, "")));
			}
		}
		case FormworkValidator.DUPLICATE_CODE -> {
			if (!data.isEmpty()) {
				String renamed = data.get(0) + "_2";
				fixes.add(new Fix("重命名为 '" + renamed + "' Rename to '" + renamed + "'", d -> renamed));
			}
		}
		case FormworkValidator.MISSING_ZH_LABEL -> {
			if (!data.isEmpty()) {
				String name = data.get(0);
				fixes.add(new Fix("添加中文标签（请改写） Add a Chinese label (to rewrite)", d -> d + " \"" + name + "\""));
			}
		}
		default -> {
		}
		}
		return fixes;
	}

	/**
	 * The codes that could stand for the unresolved reference written at [start, end): the names in its scope of
	 * elements of the type the reference expects, each element once under the shortest name it has there, closest
	 * to what is written first.
	 */
	public static List<String> candidates(XtextResource resource, int start, int end) {
		if (resource == null || resource.getParseResult() == null) {
			return List.of();
		}
		INode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		if (end > text.length()) {
			return List.of();
		}
		String written = text.substring(start, end).strip();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, start);
		if (leaf == null) {
			return List.of();
		}
		for (INode node = leaf; node != null; node = node.getParent()) {
			CrossReference crossReference = node.getGrammarElement() == null ? null
					: GrammarUtil.containingCrossReference(node.getGrammarElement());
			if (crossReference != null) {
				EObject context = NodeModelUtils.findActualSemanticObjectFor(node);
				EReference reference = GrammarUtil.getReference(crossReference);
				if (context == null || reference == null) {
					return List.of();
				}
				return closest(namesInScope(resource, context, reference), written);
			}
		}
		return List.of();
	}

	private static Map<String, String> namesInScope(XtextResource resource, EObject context, EReference reference) {
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		EClass expected = reference.getEReferenceType();
		Map<String, String> names = new LinkedHashMap<>();
		for (IEObjectDescription description : scopes.getScope(context, reference).getAllElements()) {
			if (expected.isSuperTypeOf(description.getEClass())) {
				names.merge(String.valueOf(description.getEObjectURI()), description.getName().toString(),
						(a, b) -> b.length() < a.length() ? b : a);
			}
		}
		return names;
	}

	private static List<String> closest(Map<String, String> names, String written) {
		return names.values().stream().distinct().filter(n -> !n.equals(written))
				.sorted(Comparator.comparingInt((String n) -> distance(lastSegment(n), written)).thenComparing(n -> n))
				.limit(MAX_CANDIDATES).toList();
	}

	private static String lastSegment(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(dot + 1);
	}

	/** Levenshtein distance, for ranking candidates. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
