package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.formwork.lang.PartialReparse;
import io.formwork.lang.validation.IncrementalResourceValidator;
import io.formwork.lang.validation.LocatedResourceValidator;

/**
 * After a keystroke's partial reparse the checks follow the change ({@link IncrementalResourceValidator}): only what
 * the change can affect is checked again, the rest keeps its earlier diagnostics, moved with the text. Every
 * diagnostic (severity, code, message, data, offset, length, lines and columns, the object it names) must be what
 * Xtext's validation of the whole model gives on the same text, after each keystroke of the random series of
 * {@code PartialReparseTest} on the examples' 2019 template, the 2021 revision and a large synthetic template, and
 * after keystrokes that make or mend an error somewhere else than where they type.
 */
class IncrementalValidationTest {

	private static final Path EXAMPLES = PartialReparseTest.EXAMPLES;
	private static final String TYPED = " a1[]{}\".,=\n_";

	@Test
	void randomKeystrokesInThe2019TemplateGiveTheDiagnosticsOfAFullValidation() throws IOException {
		String text = read(PartialReparseTest.Y2019);
		Typing typing = new Typing(PartialReparseTest.Y2019, List.of(PartialReparseTest.CATALOG), text, CheckMode.ALL);
		Random random = new Random(2019);
		for (int i = 0; i < 40; i++) {
			// a random keystroke (as PartialReparseTest types them), then taken back
			typing.type(randomEdit(text, random, i), CheckMode.ALL, "edit " + i);
			typing.type(text, CheckMode.ALL, "edit " + i + " taken back");
		}
		assertThat(typing.followed).as("keystrokes whose checks followed the change").isGreaterThan(20);
	}

	@Test
	void keystrokesThatKeepTheTemplateValidGiveTheDiagnosticsOfAFullValidationAsTheEditorValidates()
			throws IOException {
		String text = read(PartialReparseTest.Y2019);
		Typing typing = new Typing(PartialReparseTest.Y2019, List.of(PartialReparseTest.CATALOG), text,
				CheckMode.NORMAL_AND_FAST);
		Random random = new Random(17);
		for (int i = 0; i < 30; i++) {
			// a space or a line break typed after an operator of a rule, or a character typed into a label: the
			// diagnostics after it move
			int at;
			String typed;
			if (i % 2 == 0) {
				at = nth(typing.text, i % 4 == 0 ? " + " : " = ", random) + 2;
				typed = i % 3 == 0 ? "\n" : " ";
			} else {
				at = nth(typing.text, "\" en \"", random) + "\" en \"".length();
				typed = "x";
			}
			typing.type(typing.text.substring(0, at) + typed + typing.text.substring(at), CheckMode.NORMAL_AND_FAST,
					"edit " + i);
		}
		assertThat(typing.followed).isGreaterThan(10);
	}

	@Test
	void randomKeystrokesInTheRevisionAreCheckedWholeWithTheSameResult() throws IOException {
		Typing typing = new Typing(PartialReparseTest.Y2021,
				List.of(PartialReparseTest.CATALOG, PartialReparseTest.Y2019), read(PartialReparseTest.Y2021), CheckMode.ALL);
		Random random = new Random(2021);
		for (int i = 0; i < 30; i++) {
			typing.type(randomEdit(typing.text, random, i), CheckMode.ALL, "edit " + i);
		}
		assertThat(typing.followed).as("a revision's checks depend on its effective template").isZero();
	}

	@Test
	void randomKeystrokesInALargeTemplateGiveTheDiagnosticsOfAFullValidation() throws IOException {
		Typing typing = new Typing("large.form", List.of(), PartialReparseTest.large(400), CheckMode.NORMAL_AND_FAST);
		String text = typing.text;
		Random random = new Random(400);
		for (int i = 0; i < 8; i++) {
			typing.type(randomEdit(text, random, i), CheckMode.NORMAL_AND_FAST, "edit " + i);
			typing.type(text, CheckMode.NORMAL_AND_FAST, "edit " + i + " taken back");
		}
		// a space typed into a rule, as the benchmark does: checked again, the rule and the containers only
		int rule = typing.text.indexOf("assert [r20]");
		typing.type(typing.text.substring(0, rule + 7) + " " + typing.text.substring(rule + 7), CheckMode.NORMAL_AND_FAST,
				"space in a rule");
		typing.type(typing.text.substring(0, rule + 7) + typing.text.substring(rule + 8), CheckMode.NORMAL_AND_FAST,
				"space taken back");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isTrue();
		assertThat(IncrementalResourceValidator.checkedObjects(typing.partial)).isPositive().isLessThan(100);
	}

	@Test
	void aRowMarkedNotReportedMakesAnErrorInTheRulesThatUseItAndTakingItBackMendsIt() throws IOException {
		String text = PartialReparseTest.large(400);
		Typing typing = new Typing("large.form", List.of(), text, CheckMode.ALL);
		String row = "\"项目 1\" indicator i0001";
		int at = text.indexOf(row) + row.length();
		String unreported = text.substring(0, at) + " not reported" + text.substring(at);
		List<String> errors = typing.type(unreported, CheckMode.ALL, "not reported typed");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isTrue();
		// the rules over table t001, far below the row, now refer to a cell that is not reported
		int rules = lineOf(text, "check C1 ");
		assertThat(errors).anyMatch(e -> e.contains("formwork.unreportedCell") && line(e) >= rules);
		List<String> mended = typing.type(text, CheckMode.ALL, "not reported taken back");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isTrue();
		assertThat(mended).isEmpty();
	}

	@Test
	void anIndicatorRetypedMakesATypeErrorInTheRulesOverItsTableAndRetypingItBackMendsIt() throws IOException {
		String text = PartialReparseTest.large(400);
		Typing typing = new Typing("large.form", List.of(), text, CheckMode.NORMAL_AND_FAST);
		int type = text.indexOf("type count", text.indexOf("indicator i0001 ")) + "type ".length();
		String retyped = text.substring(0, type) + "text" + text.substring(type + "count".length());
		List<String> errors = typing.type(retyped, CheckMode.NORMAL_AND_FAST, "retyped to text");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isTrue();
		// the rules over table t001 , far from the indicator, now meet a text among its figures
		int rules = lineOf(text, "check C1 ");
		assertThat(errors).anyMatch(e -> e.startsWith("ERROR") && line(e) >= rules);
		List<String> mended = typing.type(text, CheckMode.NORMAL_AND_FAST, "retyped back");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isTrue();
		assertThat(mended).noneMatch(e -> e.startsWith("ERROR"));
	}

	@Test
	void aDuplicateCodeTypedAndARenameThatBreaksAReferenceAreCheckedWholeWithTheSameResult() throws IOException {
		String text = read(PartialReparseTest.Y2019);
		Typing typing = new Typing(PartialReparseTest.Y2019, List.of(PartialReparseTest.CATALOG), text, CheckMode.ALL);
		// row carried_in renamed to received: a duplicate of the row above, and R1's [carried_in] finds nothing
		int row = text.indexOf("row carried_in ") + "row ".length();
		String duplicate = text.substring(0, row) + "received" + text.substring(row + "carried_in".length());
		List<String> errors = typing.type(duplicate, CheckMode.ALL, "duplicate");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isFalse();
		assertThat(errors).anyMatch(e -> e.contains("formwork.duplicateCode"));
		assertThat(errors).anyMatch(e -> e.contains("carried_in") && e.contains(" 168:"));
		List<String> mended = typing.type(text, CheckMode.ALL, "renamed back");
		assertThat(mended).noneMatch(e -> e.contains("formwork.duplicateCode"));
		// then a keystroke elsewhere follows the change again
		int label = text.indexOf("Requests received, as stated");
		typing.type(text.substring(0, label) + "x" + text.substring(label), CheckMode.ALL, "a claim's label");
		assertThat(IncrementalResourceValidator.followedTheChange(typing.partial)).isTrue();
	}

	@Test
	void linesInsertedAboveADuplicateCodeMoveTheLineItsMessageCites() throws IOException {
		String text = read(PartialReparseTest.Y2019);
		int row = text.indexOf("row carried_in ") + "row ".length();
		String duplicate = text.substring(0, row) + "received" + text.substring(row + "carried_in".length());
		Typing typing = new Typing(PartialReparseTest.Y2019, List.of(PartialReparseTest.CATALOG), duplicate, CheckMode.ALL);
		int rule = duplicate.indexOf("assert [handled]") + "assert".length();
		// a line break typed into a rule above nothing: the rule is after the duplicate; one typed before it
		typing.type(duplicate.substring(0, rule) + "\n" + duplicate.substring(rule), CheckMode.ALL, "after");
		int label = duplicate.indexOf("Requests received, as stated");
		String moved = typing.text.substring(0, label) + "\n" + typing.text.substring(label);
		List<String> errors = typing.type(moved, CheckMode.ALL, "before");
		assertThat(errors).anyMatch(e -> e.contains("formwork.duplicateCode"));
	}

	// ------------------------------------------------------------------ typing and comparing

	/** A template typed into through partial reparses, compared after each keystroke with a fresh full validation. */
	private static final class Typing {
		final String name;
		final List<String> beside;
		final XtextResource partial;
		final IResourceValidator validator;
		final IResourceValidator whole = FormFiles.injector().getInstance(LocatedResourceValidator.class);
		String text;
		int followed;

		Typing(String name, List<String> beside, String text, CheckMode mode) throws IOException {
			this.name = name;
			this.beside = beside;
			this.text = text;
			this.partial = load(set(beside), name, text);
			this.validator = partial.getResourceServiceProvider().getResourceValidator();
			assertThat(validator).isInstanceOf(IncrementalResourceValidator.class);
			assertThat(describe(validator.validate(partial, mode, CancelIndicator.NullImpl)))
					.isEqualTo(fullValidation(mode));
		}

		/** Types; returns the diagnostics, after asserting them equal to a full validation's. */
		List<String> type(String next, CheckMode mode, String what) throws IOException {
			text = next;
			PartialReparse.apply(partial, text);
			List<String> incremental = describe(validator.validate(partial, mode, CancelIndicator.NullImpl));
			followed += IncrementalResourceValidator.followedTheChange(partial) ? 1 : 0;
			assertThat(incremental).as("%s after %s (checks %s the change)", name, what,
					IncrementalResourceValidator.followedTheChange(partial) ? "following" : "not following")
					.isEqualTo(fullValidation(mode));
			return incremental;
		}

		private List<String> fullValidation(CheckMode mode) throws IOException {
			XtextResource fresh = load(set(beside), name, text);
			return describe(whole.validate(fresh, mode, CancelIndicator.NullImpl));
		}
	}

	static List<String> describe(List<Issue> issues) {
		List<String> out = new ArrayList<>();
		for (Issue i : issues) {
			out.add(i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":" + i.getColumn() + "-"
					+ i.getLineNumberEnd() + ":" + i.getColumnEnd() + " " + i.getOffset() + "+" + i.getLength() + " "
					+ i.getType() + " " + i.isSyntaxError() + " "
					+ (i.getUriToProblem() == null ? "-" : i.getUriToProblem().fragment()) + " "
					+ Arrays.toString(i.getData()) + " " + i.getMessage());
		}
		return out;
	}

	private static String randomEdit(String text, Random random, int step) {
		if (step % 3 == 0) {
			List<Integer> at = new ArrayList<>();
			String word = step % 2 == 0 ? "assert " : "\trow ";
			for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
				at.add(i);
			}
			if (!at.isEmpty()) {
				int where = at.get(random.nextInt(at.size())) + 3 + random.nextInt(6);
				return text.substring(0, where) + TYPED.charAt(random.nextInt(TYPED.length())) + text.substring(where);
			}
		}
		int at = random.nextInt(text.length());
		char c = TYPED.charAt(random.nextInt(TYPED.length()));
		return switch (random.nextInt(3)) {
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
		return at.get(random.nextInt(at.size()));
	}

	private static int lineOf(String text, String word) {
		return (int) text.substring(0, text.indexOf(word)).chars().filter(c -> c == '\n').count() + 1;
	}

	/** The line of a described issue. */
	private static int line(String described) {
		String[] words = described.split(" ");
		return Integer.parseInt(words[2].substring(0, words[2].indexOf(':')));
	}

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

	private static XtextResource load(XtextResourceSet set, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) set
				.createResource(URI.createFileURI(EXAMPLES.resolve(name).toAbsolutePath().toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return resource;
	}
}
