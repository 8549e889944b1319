package io.formwork.lang.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in Chinese and English, as the languages' other messages are ("中文 English"): the parser's
 * message (ANTLR's wording, which names the tokens) follows a Chinese sentence that says the same. Used by the
 * editor, the language server and the command line alike (a run-time binding of both languages).
 */
public class FormworkSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED_INPUT = Pattern.compile("mismatched input (.+?) expecting (.+)", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS_INPUT = Pattern.compile("extraneous input (.+?) expecting (.+)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.+?) at (.+)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) (.+)", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character (.+?) expecting (.+)", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) (.+)", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(bilingual(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage("数值或文字无法读取。 " + message.getMessage(), message.getIssueCode(),
				message.getIssueData());
	}

	/** The Chinese sentence for a parser message, then the message itself. */
	public static String bilingual(String en) {
		if (en == null || en.isBlank()) {
			return "语法错误。 Syntax error.";
		}
		return chinese(en.strip()) + " " + en.strip();
	}

	private static String chinese(String en) {
		Matcher m;
		if ((m = MISMATCHED_INPUT.matcher(en)).matches()) {
			return "此处不能是 " + m.group(1) + "，应为 " + expecting(m.group(2)) + "。";
		}
		if ((m = EXTRANEOUS_INPUT.matcher(en)).matches()) {
			return "多余的 " + m.group(1) + "，此处应为 " + expecting(m.group(2)) + "。";
		}
		if ((m = MISSING.matcher(en)).matches()) {
			return "在 " + m.group(2) + " 之前缺少 " + m.group(1) + "。";
		}
		if ((m = NO_VIABLE.matcher(en)).matches()) {
			return "无法识别 " + m.group(1) + "。";
		}
		if ((m = MISMATCHED_CHARACTER.matcher(en)).matches()) {
			return "此处不能是字符 " + m.group(1) + "，应为 " + expecting(m.group(2)) + "。";
		}
		if ((m = LOOP.matcher(en)).matches()) {
			return "在 " + m.group(1) + " 处缺少必需的内容。";
		}
		return "语法错误。";
	}

	/** ANTLR's list of expected tokens ("RULE_ID", "'}'"), with the terminal rules named in Chinese. */
	private static String expecting(String tokens) {
		return tokens.replace("RULE_ID", "代码").replace("RULE_STRING", "带引号的文字")
				.replace("RULE_INT", "整数").replace("EOF", "文件结尾");
	}
}
