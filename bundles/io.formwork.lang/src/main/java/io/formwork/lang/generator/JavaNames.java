package io.formwork.lang.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.text.Escape;

/**
 * Java names derived from template codes: {@code gid_2021} gives the classes {@code Gid2021Filing} and
 * {@code Gid2021Validator}; the cell {@code t3[received, natural]} the getter {@code t3ReceivedNatural()} and
 * the constant {@code T3_RECEIVED_NATURAL}; {@code t2_1[regulations, issued]} keeps the underscore between
 * digits ({@code t2_1RegulationsIssued}). Java keywords and the names the generated classes already use get a
 * trailing underscore; names that would still clash get a number.
 */
public final class JavaNames {

	static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
			"char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
			"native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
			"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
			"while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

	/** Methods of the generated filing class and its builder, and of Object. */
	static final Set<String> RESERVED = Set.of("value", "number", "location", "exact", "unscaled", "operand",
			"layout", "source", "template", "year", "body", "bindingProblems", "toFiling", "toJson", "sameAs",
			"toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
			"builder", "toBuilder", "fromFiling", "copy", "put", "set", "build", "blank", "bind", "copyFrom",
			"LAYOUT", "TEMPLATE", "YEAR", "CELLS", "SOURCE");

	private JavaNames() {
	}

	/** gid_2021 → Gid2021; a qualified name uses its last segment. */
	public static String typeName(String templateId) {
		String last = templateId.substring(templateId.lastIndexOf('.') + 1);
		StringBuilder name = new StringBuilder();
		for (String word : words(last)) {
			appendCapitalised(name, word, name.length() > 0);
		}
		if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
			name.insert(0, 'T');
		}
		return name.toString();
	}

	/** The package of a template: the namespace of a qualified template name, else the given default. */
	public static String packageName(String templateId, String fallback) {
		int dot = templateId.lastIndexOf('.');
		return dot > 0 ? templateId.substring(0, dot) : fallback;
	}

	/** t3[received, natural] → t3ReceivedNatural; a claim keeps its name. */
	static String memberBase(CellAddress address) {
		List<String> words = new ArrayList<>();
		if (!address.isClaim()) {
			words.addAll(words(address.table()));
		}
		words.addAll(words(address.row()));
		if (!address.isClaim()) {
			words.addAll(words(address.column()));
		}
		StringBuilder name = new StringBuilder();
		for (String word : words) {
			if (name.length() == 0) {
				name.append(Character.toLowerCase(word.charAt(0))).append(word, 1, word.length());
			} else {
				appendCapitalised(name, word, true);
			}
		}
		if (!Character.isJavaIdentifierStart(name.charAt(0))) {
			name.insert(0, "cell");
		}
		return name.toString();
	}

	/** t3[received, natural] → T3_RECEIVED_NATURAL. */
	static String constantBase(CellAddress address) {
		List<String> words = new ArrayList<>();
		if (!address.isClaim()) {
			words.addAll(words(address.table()));
		}
		words.addAll(words(address.row()));
		if (!address.isClaim()) {
			words.addAll(words(address.column()));
		}
		String name = String.join("_", words).toUpperCase(Locale.ROOT);
		return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "CELL_" + name;
	}

	/** Names for each address, unique, in order: a clash gets _2, _3… */
	static List<String> unique(List<String> bases) {
		Set<String> used = new HashSet<>();
		List<String> result = new ArrayList<>();
		for (String base : bases) {
			String name = KEYWORDS.contains(base) || RESERVED.contains(base) ? base + "_" : base;
			String candidate = name;
			for (int n = 2; !used.add(candidate); n++) {
				candidate = name + "_" + n;
			}
			result.add(candidate);
		}
		return result;
	}

	private static void appendCapitalised(StringBuilder name, String word, boolean separate) {
		if (separate && name.length() > 0 && Character.isDigit(name.charAt(name.length() - 1))
				&& Character.isDigit(word.charAt(0))) {
			name.append('_');
		}
		name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
	}

	/** The words of a code: split at underscores and dots, characters not allowed in Java dropped. */
	static List<String> words(String code) {
		List<String> words = new ArrayList<>();
		for (String part : code.split("[_.]+")) {
			StringBuilder word = new StringBuilder();
			part.codePoints().filter(Character::isJavaIdentifierPart).forEach(word::appendCodePoint);
			if (word.length() > 0) {
				words.add(word.toString());
			}
		}
		if (words.isEmpty()) {
			words.add("x");
		}
		return words;
	}

	// ------------------------------------------------------------------ literals

	/** A Java string literal; characters outside ASCII as \\u escapes, so the source compiles in any encoding. */
	public static String string(String text) {
		return text == null ? "null" : Escape.javaString(text);
	}

	/** Text for a Javadoc comment: HTML-escaped, no comment end, no line breaks. */
	public static String doc(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
				.replace("@", "&#64;").replace("\\u", "\\\\u").replace('\n', ' ').replace('\r', ' ');
	}
}
