package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.formwork.lang.SourceLimits;

/** The limits checked before a template or filing is parsed (issue 16, D6, D7, D13): placed, and blanking only what passes them. */
class SourceLimitsTest {

	@Test
	void bracketsPastTheLimitAreFoundAtTheFirstOneTooDeepAndBlankedToTheirEnd() {
		String text = "check R {\n\tassert " + "(".repeat(150) + "[a]" + ")".repeat(150) + " = [b]\n\tmessage \"m\"\n}";
		SourceLimits.Result result = SourceLimits.check(text);
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(SourceLimits.TOO_DEEP);
			assertThat(p.offset()).isEqualTo(text.indexOf('(') + 100);
		});
		assertThat(result.text()).hasSameSizeAs(text).contains("message \"m\"").contains(" = [b]");
		assertThat(result.text().chars().filter(c -> c == '(').count()).isEqualTo(100);
	}

	@Test
	void aHundredLevelsAreWithinTheLimitAndTheTextIsUntouched() {
		String text = "assert " + "(".repeat(99) + "[a]" + ")".repeat(99); // [ is the hundredth level
		SourceLimits.Result result = SourceLimits.check(text);
		assertThat(result.problems()).isEmpty();
		assertThat(result.text()).isSameAs(text);
	}

	@Test
	void aSumOfTooManyTermsIsFoundAtItsStartAndOnlyItIsBlanked() {
		String text = "row x \"X\" = [a]\ncheck R {\n\tassert [a]" + " + [b]".repeat(600) + " = [c]\n\tmessage \"m\"\n}";
		SourceLimits.Result result = SourceLimits.check(text);
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(SourceLimits.TOO_LONG);
			assertThat(p.offset()).isEqualTo(text.indexOf("[a]", text.indexOf("assert")));
		});
		assertThat(result.text()).startsWith("row x \"X\" = [a]\ncheck R {\n\tassert  ").contains("message \"m\"\n}");
		assertThat(result.text()).doesNotContain("[b]");
	}

	@Test
	void operatorsInStringsAndCommentsAreNotCounted() {
		String text = "message \"" + "+".repeat(2000) + "\" // " + "(".repeat(2000) + "\n/* " + "[".repeat(500) + " */";
		assertThat(SourceLimits.check(text).problems()).isEmpty();
	}

	@Test
	void numbersOfMoreThanAHundredDigitsBeforeOrAfterThePointAreFound() {
		String text = "a: v " + "1".repeat(100) + ", w " + "2".repeat(101) + ", x 0." + "3".repeat(101) + ", y 1." + "4".repeat(100);
		assertThat(SourceLimits.check(text).problems()).extracting(SourceLimits.Problem::code)
				.containsExactly(SourceLimits.NUMBER_TOO_LONG, SourceLimits.NUMBER_TOO_LONG);
		assertThat(SourceLimits.check(text).problems().get(0).offset()).isEqualTo(text.indexOf('2'));
	}

	@Test
	void aMillionNestedBracketsAreCheckedInOnePass() {
		String text = "assert " + "(".repeat(1_000_000) + ")".repeat(1_000_000);
		assertThat(SourceLimits.check(text).problems()).hasSize(1);
	}
}
