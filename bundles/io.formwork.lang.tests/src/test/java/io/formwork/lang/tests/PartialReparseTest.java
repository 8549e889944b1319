package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.formwork.lang.FormworkResource;
import io.formwork.lang.PartialReparse;
import io.formwork.lang.PartialReparse.Edit;

/**
 * Typing through {@link PartialReparse} (Xtext's partial parsing of the changed region, the linking following the
 * change: {@link FormworkResource}) leaves a template exactly as reparsing its whole text does: the same syntax
 * errors, objects, attributes, node positions, resolved references and diagnostics, after every one of a series of
 * random one-character edits (and edits inside rules) to the examples' 2019 template, the 2021 revision, a large
 * synthetic template, and to the 2019 template while the 2021 revision of it is validated beside it. (The links as
 * installed differ by design: what the change left alone keeps its resolved target instead of a new proxy.)
 */
class PartialReparseTest {

	static final Path EXAMPLES = FormFiles.examples().resolve("gov-info-disclosure");
	static final String CATALOG = "gov-info-disclosure-catalog.form";
	static final String Y2019 = "gov-info-disclosure-2019.form";
	static final String Y2021 = "gov-info-disclosure-2021.form";
	private static final String TYPED = " a1[]{}\".,=\n_";

	@Test
	void editsAreFoundFromTheTwoTexts() {
		assertThat(PartialReparse.edit("assert [a] = 1", "assert [ab] = 1")).isEqualTo(new Edit(9, 0, "b"));
		assertThat(PartialReparse.edit("assert [ab] = 1", "assert [a] = 1")).isEqualTo(new Edit(9, 1, ""));
		assertThat(PartialReparse.edit("a = 1", "a = 2")).isEqualTo(new Edit(4, 1, "2"));
		assertThat(PartialReparse.edit("same", "same")).isNull();
		assertThat(PartialReparse.edit("x\r\ny", "x\r\n\r\ny")).isEqualTo(new Edit(3, 0, "\r\n"));
		// a line feed typed after a CR: the CR goes with it, not split from it
		assertThat(PartialReparse.edit("x\ry", "x\r\ny")).isEqualTo(new Edit(1, 1, "\r\n"));
		// nor a surrogate pair (U+20000 is two UTF-16 units)
		assertThat(PartialReparse.edit("a\uD840\uDC00b", "a\uD840\uDC01b")).isEqualTo(new Edit(1, 2, "\uD840\uDC01"));
	}

	@Test
	void typingInThe2019TemplateGivesWhatAFullReparseGives() throws IOException {
		// keystrokes linked following the change or whole (a code typed into, a syntax error), the same result
		typeAndCompare(Y2019, List.of(CATALOG), 40, 2019);
	}

	@Test
	void typingInThe2021RevisionGivesWhatAFullReparseGives() throws IOException {
		// a revision's links lead into its effective template, built anew after each change: always linked whole
		assertThat(typeAndCompare(Y2021, List.of(CATALOG, Y2019), 40, 2021)).isZero();
	}

	@Test
	void keystrokesThatKeepTheTemplateValidAreLinkedFollowingTheChangeWithWhatAFullReparseGives() throws IOException {
		String text = read(Y2019);
		XtextResource partial = load(set(List.of(CATALOG)), EXAMPLES.resolve(Y2019), text);
		XtextResource full = load(set(List.of(CATALOG)), EXAMPLES.resolve(Y2019), text);
		Random random = new Random(19);
		int followed = 0;
		for (int i = 0; i < 30; i++) {
			// a space typed after an operator of a rule, or a character typed into a label
			int at;
			String typed;
			if (i % 2 == 0) {
				at = nth(text, i % 4 == 0 ? " + " : " = ", random) + 2;
				typed = " ";
			} else {
				at = nth(text, "\" en \"", random) + "\" en \"".length();
				typed = "x";
			}
			text = text.substring(0, at) + typed + text.substring(at);
			assertThat(PartialReparse.apply(partial, text)).isTrue();
			followed += ((FormworkResource) partial).followedTheChange() ? 1 : 0;
			full.reparse(text);
			assertThat(describe(partial)).as("after edit %d", i).isEqualTo(describe(full));
		}
		assertThat(followed).as("keystrokes linked following the change").isGreaterThan(10);
	}

	@Test
	void aKeystrokeInARuleIsLinkedFollowingTheChangeAndACodeTypedIntoIsLinkedWhole() throws IOException {
		String text = read(Y2019);
		XtextResource partial = load(set(List.of(CATALOG)), EXAMPLES.resolve(Y2019), text);
		XtextResource full = load(set(List.of(CATALOG)), EXAMPLES.resolve(Y2019), text);
		int rule = text.indexOf("assert [received]") + "assert ".length();
		String spaced = text.substring(0, rule) + " " + text.substring(rule);
		assertThat(PartialReparse.apply(partial, spaced)).isTrue();
		assertThat(((FormworkResource) partial).followedTheChange()).isTrue();
		full.reparse(spaced);
		assertThat(describe(partial)).isEqualTo(describe(full));
		// a row's code typed into: a link elsewhere may now find another target, or none
		int row = spaced.indexOf("row received ") + "row rec".length();
		String renamed = spaced.substring(0, row) + "x" + spaced.substring(row);
		assertThat(PartialReparse.apply(partial, renamed)).isTrue();
		assertThat(((FormworkResource) partial).followedTheChange()).isFalse();
		full.reparse(renamed);
		assertThat(describe(partial)).isEqualTo(describe(full));
		assertThat(issues(partial)).anyMatch(issue -> issue.contains("received"));
	}

	@Test
	void typingInTheRevisedTemplateGivesTheRevisionWhatAFullReparseGives() throws IOException {
		// the 2021 revision is resolved against 2019 before each edit of 2019, then validated again after it
		String text = read(Y2019);
		XtextResourceSet partialSet = set(List.of(CATALOG));
		XtextResourceSet fullSet = set(List.of(CATALOG));
		XtextResource partial = load(partialSet, EXAMPLES.resolve(Y2019), text);
		XtextResource full = load(fullSet, EXAMPLES.resolve(Y2019), text);
		XtextResource partialRevision = load(partialSet, EXAMPLES.resolve(Y2021), read(Y2021));
		XtextResource fullRevision = load(fullSet, EXAMPLES.resolve(Y2021), read(Y2021));
		Random random = new Random(2019_2021);
		int partially = 0;
		for (int i = 0; i < 30; i++) {
			assertThat(issues(partialRevision)).isEqualTo(issues(fullRevision));
			text = edit(text, random, i);
			partially += PartialReparse.apply(partial, text) ? 1 : 0;
			full.reparse(text);
			assertThat(describe(partial)).as("2019 after edit %d", i).isEqualTo(describe(full));
			assertThat(resolved(partialRevision)).as("2021 after edit %d of 2019", i).isEqualTo(resolved(fullRevision));
		}
		assertThat(partially).isEqualTo(30);
	}

	@Test
	void typingInALargeTemplateGivesWhatAFullReparseGives() throws IOException {
		XtextResourceSet partialSet = set(List.of());
		XtextResourceSet fullSet = set(List.of());
		String text = large(400);
		Path file = Path.of("/synthetic/large.form");
		XtextResource partial = load(partialSet, file, text);
		XtextResource full = load(fullSet, file, text);
		assertThat(issues(full)).noneMatch(issue -> issue.startsWith("ERROR"));
		Random random = new Random(2000);
		int followed = 0;
		for (int i = 0; i < 8; i++) {
			text = edit(text, random, i);
			assertThat(PartialReparse.apply(partial, text)).isTrue();
			followed += ((FormworkResource) partial).followedTheChange() ? 1 : 0;
			full.reparse(text);
			assertThat(describe(partial)).as("after edit %d", i).isEqualTo(describe(full));
		}
		assertThat(followed).isPositive();
	}

	@Test
	void aLargeChangeIsReparsedWhole() throws IOException {
		String text = read(Y2019);
		XtextResource resource = load(set(List.of(CATALOG)), EXAMPLES.resolve(Y2019), text);
		String pasted = text.replace("template gid_2019", "template gid_2019 " + "x".repeat(PartialReparse.MAX_CHANGED + 1));
		assertThat(PartialReparse.apply(resource, pasted)).isFalse();
		assertThat(NodeModelUtils.getNode(resource.getContents().get(0)).getRootNode().getText()).isEqualTo(pasted);
	}

	// ------------------------------------------------------------------ the edits

	/** Types and compares; returns how many keystrokes were linked following the change. */
	private int typeAndCompare(String name, List<String> beside, int edits, long seed) throws IOException {
		String text = read(name);
		XtextResource partial = load(set(beside), EXAMPLES.resolve(name), text);
		XtextResource full = load(set(beside), EXAMPLES.resolve(name), text);
		assertThat(describe(partial)).isEqualTo(describe(full));
		Random random = new Random(seed);
		int followed = 0;
		for (int i = 0; i < edits; i++) {
			text = edit(text, random, i);
			assertThat(PartialReparse.apply(partial, text)).isTrue();
			followed += ((FormworkResource) partial).followedTheChange() ? 1 : 0;
			full.reparse(text);
			assertThat(describe(partial)).as("%s after edit %d", name, i).isEqualTo(describe(full));
		}
		return followed;
	}

	/**
	 * One keystroke: every third inside a rule's assertion or a row (a character typed, then the next time taken
	 * back), the others anywhere: a character typed, deleted, or replaced.
	 */
	private static String edit(String text, Random random, int step) {
		if (step % 3 == 0) {
			int assertion = nth(text, step % 2 == 0 ? "assert " : "\trow ", random);
			if (assertion >= 0) {
				int at = assertion + 3 + random.nextInt(6);
				return text.substring(0, at) + TYPED.charAt(random.nextInt(TYPED.length())) + text.substring(at);
			}
		}
		int at = random.nextInt(text.length());
		char c = TYPED.charAt(random.nextInt(TYPED.length()));
		int kind = random.nextInt(3);
		if (kind == 2 && text.charAt(at) == c) {
			kind = 0; // replacing a character by itself is no keystroke: type it instead
		}
		return switch (kind) {
		case 0 -> text.substring(0, at) + c + text.substring(at);
		case 1 -> text.substring(0, at) + text.substring(at + 1);
		default -> text.substring(0, at) + c + text.substring(at + 1);
		};
	}

	private static int nth(String text, String word, Random random) {
		List<Integer> at = new ArrayList<>();
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
			at.add(i);
		}
		return at.isEmpty() ? -1 : at.get(random.nextInt(at.size()));
	}

	// ------------------------------------------------------------------ what is compared

	/**
	 * Everything a tool reads from a parsed template: syntax errors; every object with its position and attributes;
	 * then, resolved, the target of each link and the diagnostics.
	 */
	static List<String> describe(XtextResource resource) {
		List<String> out = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			out.add("syntax " + error.getLine() + ":" + error.getColumn() + " " + error.getMessage());
		}
		List<EObject> objects = new ArrayList<>();
		resource.getAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			ICompositeNode node = NodeModelUtils.getNode(object);
			out.add(object.eClass().getName() + " " + EcoreUtil.getURI(object).fragment() + " @"
					+ (node == null ? "-" : node.getOffset() + "+" + node.getLength() + " " + node.getTotalOffset()));
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				out.add("  " + attribute.getName() + " = " + object.eGet(attribute));
			}
		}
		out.addAll(resolved(resource));
		return out;
	}

	/** The target of each link, resolved, and the diagnostics. */
	static List<String> resolved(XtextResource resource) {
		List<String> out = new ArrayList<>();
		List<EObject> objects = new ArrayList<>();
		resource.getAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (EReference reference : crossReferences(object)) {
				out.add(EcoreUtil.getURI(object).fragment() + " " + reference.getName() + " resolved -> "
						+ targets(object, reference, true));
			}
		}
		out.addAll(issues(resource));
		return out;
	}

	private static List<EReference> crossReferences(EObject object) {
		return object.eClass().getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer())
				.toList();
	}

	private static String targets(EObject object, EReference reference, boolean resolve) {
		Object value = object.eGet(reference, resolve);
		List<String> targets = new ArrayList<>();
		Iterable<?> values = !reference.isMany() ? java.util.Collections.singletonList(value)
				: resolve ? (List<?>) value : ((org.eclipse.emf.ecore.util.InternalEList<?>) value).basicList();
		for (Iterator<?> it = values.iterator(); it.hasNext();) {
			Object target = it.next();
			if (target == null) {
				targets.add("null");
			} else if (((EObject) target).eIsProxy()) {
				// a lazy link left unresolved: its number in the resource is an internal detail (links installed
				// following a change are numbered after the others)
				org.eclipse.emf.common.util.URI uri = ((InternalEObject) target).eProxyURI();
				boolean lazy = uri.fragment() != null && uri.fragment().startsWith("|");
				targets.add("proxy " + (lazy ? uri.trimFragment() + "#<lazy link>" : uri));
			} else {
				targets.add(EcoreUtil.getURI((EObject) target).toString());
			}
		}
		return targets.toString();
	}

	static List<String> issues(XtextResource resource) {
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":"
				+ i.getColumn() + " " + i.getOffset() + "+" + i.getLength() + " " + i.getMessage()).toList();
	}

	// ------------------------------------------------------------------ loading

	private static String read(String name) throws IOException {
		return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
	}

	private static XtextResourceSet set(List<String> beside) {
		XtextResourceSet set = FormFiles.injector().getInstance(XtextResourceSet.class);
		set.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		for (String name : beside) {
			set.getResource(URI.createFileURI(EXAMPLES.resolve(name).toAbsolutePath().toString()), true);
		}
		return set;
	}

	private static XtextResource load(XtextResourceSet set, Path file, String text) throws IOException {
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return resource;
	}

	/** A template of its own indicators, tables of 20 rows by three columns and two rules per table. */
	static String large(int indicators) {
		StringBuilder text = new StringBuilder();
		text.append("template synthetic \"合成模板\" en \"Synthetic\"\n\tyear 2021 period annual {\n");
		text.append("\tunit 件 en \"items\"\n\tdimension side \"方\" en \"Side\" {\n");
		text.append("\t\tmember a \"甲方\"\n\t\tmember b \"乙方\"\n\t\tmember total \"合计\"\n\t}\n");
		for (int i = 1; i <= indicators; i++) {
			text.append(String.format("\tindicator i%04d \"指标 %d\" {%n\t\ttype count%n\t\tunit 件%n\t}%n", i, i));
		}
		int tables = indicators / 20;
		for (int t = 1; t <= tables; t++) {
			if ((t - 1) % 5 == 0) {
				text.append(t > 1 ? "\t}\n" : "").append(String.format("\tsection s%d \"第 %d 部分\" {%n", t, t));
			}
			text.append(String.format("\t\ttable t%03d \"表 %d\" {%n\t\t\tcolumns side%n\t\t\trows {%n", t, t));
			for (int r = 1; r <= 20; r++) {
				text.append(String.format("\t\t\t\trow r%02d \"%s\" indicator i%04d%n", r, r == 20 ? "合计" : "项目 " + r,
						(t - 1) * 20 + r));
			}
			text.append("\t\t\t}\n\t\t}\n");
		}
		text.append("\t}\n");
		for (int t = 1; t <= tables; t++) {
			text.append(String.format("\tcheck C%d \"表 %d 各列合计\" error for each column in t%03d {%n", t, t, t));
			text.append("\t\tassert [r20] = sum([r01] to [r19])\n\t\tmessage \"{column}：合计 {left} 不等于 {right}\"\n\t}\n");
			text.append(String.format("\tcheck D%d \"表 %d 各行合计\" error for each row in t%03d {%n", t, t, t));
			text.append("\t\tassert [total] = [a] + [b]\n\t\tmessage \"{row}：合计 {left} 不等于 {right}\"\n\t}\n");
		}
		return text.append("}\n").toString();
	}
}
