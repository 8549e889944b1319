package io.formwork.lang.generator;

import static io.formwork.lang.generator.JavaNames.doc;
import static io.formwork.lang.generator.JavaNames.string;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.formwork.lang.generator.TemplateModel.Cell;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Severity;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * Generates the validator of a template: every rule instance of its plan as straight-line Java over the typed
 * filing class, with the engine's semantics to the last digit (the same {@link
 * io.formwork.runtime.semantics.Semantics} functions, the same order of operands, the same messages).
 * <p>
 * Each instance gets two translations: an exact one over {@link BigDecimal} that builds the finding, and,
 * where the rule allows it (no division, no printed tolerance), a fast one over scaled {@code long}s that
 * gives only the status. The fast one runs when every figure the instance reads is stated and exact in scaled
 * form; on a blank, a figure that does not fit, or an overflow it hands over to the exact one.
 */
final class ValidatorGenerator {

	/** Instances per generated method, to stay far below the JVM's 64 KB per method. */
	private static final int CHUNK = 40;

	private final TemplateModel model;
	private final Map<String, String> constants = new LinkedHashMap<>();
	private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
	private final List<RuleInstance> ruleFirst = new ArrayList<>();

	ValidatorGenerator(TemplateModel model) {
		this.model = model;
		for (RuleInstance rule : model.plan().rules()) {
			if (!ruleIndex.containsKey(rule.ruleId())) {
				ruleIndex.put(rule.ruleId(), ruleFirst.size());
				ruleFirst.add(rule);
			}
		}
	}

	String generate() {
		Plan plan = model.plan();
		List<RuleInstance> rules = plan.rules();
		String name = model.validatorClass();
		String filing = model.filingClass();
		StringBuilder body = new StringBuilder(1 << 18);
		// the methods first: they collect the constants the class declares
		publicApi(body);
		complete(body);
		for (int start = 0; start < rules.size(); start += CHUNK) {
			checkChunk(body, start, Math.min(rules.size(), start + CHUNK));
			findingsChunk(body, start, Math.min(rules.size(), start + CHUNK));
		}
		for (int k = 0; k < rules.size(); k++) {
			fast(body, k, rules.get(k));
			instance(body, k, rules.get(k));
		}
		body.append("\tprivate static <T> T fail(String message) {\n\t\tthrow new IllegalArgumentException(message);\n\t}\n\n");
		body.append("\tprivate static Value blankIfNull(Value value) {\n\t\treturn value == null ? Value.blank() : value;\n\t}\n\n");
		body.append("\tprivate static String orElse(String shown, String otherwise) {\n\t\treturn shown.isEmpty() ? otherwise : shown;\n\t}\n");

		StringBuilder out = new StringBuilder(body.length() + 8192);
		out.append(Generated.header(model));
		out.append("package ").append(model.packageName()).append(";\n\n");
		out.append("import java.math.BigDecimal;\nimport java.util.ArrayList;\nimport java.util.List;\n\n");
		out.append("import io.formwork.runtime.CellAddress;\n");
		out.append("import io.formwork.runtime.Filing;\nimport io.formwork.runtime.Finding;\n");
		out.append("import io.formwork.runtime.Location;\nimport io.formwork.runtime.Operand;\n");
		out.append("import io.formwork.runtime.Precision;\nimport io.formwork.runtime.Problem;\n");
		out.append("import io.formwork.runtime.Severity;\nimport io.formwork.runtime.ValidationResult;\n");
		out.append("import io.formwork.runtime.Validator;\nimport io.formwork.runtime.Value;\n");
		out.append("import io.formwork.runtime.compiled.Scaled;\nimport io.formwork.runtime.compiled.Statuses;\n");
		out.append("import io.formwork.runtime.semantics.Semantics;\n\n");
		out.append("/**\n");
		out.append(" * ").append(doc(plan.titleZh())).append(" — ").append(doc(plan.titleEn())).append("\n");
		out.append(" * <p>\n");
		out.append(" * 模板 {@code ").append(doc(plan.templateId())).append("} 的校验器：每条规则实例都编译为 Java 代码，结果与引擎完全相同。\n");
		out.append(" * The validator of template {@code ").append(doc(plan.templateId()))
				.append("}: every rule instance compiled to Java; it gives exactly\n");
		out.append(" * the findings of {@code io.formwork.runtime.engine.Engine} on the template's plan. Depends on io.formwork.runtime alone.\n");
		out.append(" * {@link #check} gives the statuses alone, fast (scaled {@code long} arithmetic, exact decimals when a figure\n");
		out.append(" * does not fit); {@link #findings} and {@link #validate} give every finding with operands and messages.\n");
		out.append(" * <ul>\n");
		for (RuleInstance rule : ruleFirst) {
			long count = rules.stream().filter(r -> r.ruleId().equals(rule.ruleId())).count();
			out.append(" * <li>{@code ").append(doc(rule.ruleId())).append("} (").append(rule.severity().en).append(", ")
					.append(count).append(count == 1 ? " instance" : " instances").append("): {@code ")
					.append(doc(rule.text())).append("}</li>\n");
		}
		out.append(" * </ul>\n * Generated by Formwork from {@code ").append(doc(model.sourceName())).append("}; do not edit.\n */\n");
		out.append("public final class ").append(name).append(" implements Validator {\n\n");
		out.append("\tpublic static final String TEMPLATE = ").append(filing).append(".TEMPLATE;\n\n");
		out.append("\t/** The template's file, as rule locations name it unless told otherwise. */\n");
		out.append("\tpublic static final String SOURCE = ").append(string(model.sourceName())).append(";\n\n");
		out.append("\t/** The number of rule instances, the length {@link #check} needs. */\n");
		out.append("\tpublic static final int INSTANCES = ").append(rules.size()).append(";\n\n");
		out.append("\tprivate static final String[] RULES = {");
		for (RuleInstance rule : ruleFirst) {
			out.append(' ').append(string(rule.ruleId())).append(',');
		}
		out.append(" };\n\tprivate static final Severity[] SEVERITIES = {");
		for (RuleInstance rule : ruleFirst) {
			out.append(" Severity.").append(rule.severity().name()).append(',');
		}
		out.append(" };\n\tprivate static final int[][] POSITIONS = {");
		for (RuleInstance rule : ruleFirst) {
			out.append(" { ").append(rule.location().line()).append(", ").append(rule.location().column()).append(" },");
		}
		out.append(" };\n\t/** Where each rule is stated, relative to {@link #SOURCE}'s folder; null for the template itself. */\n");
		out.append("\tprivate static final String[] FILES = {");
		for (RuleInstance rule : ruleFirst) {
			String file = model.ruleFile(rule);
			out.append(' ').append(file == null ? "null" : string(file)).append(',');
		}
		out.append(" };\n\tprivate static final int[] RULE_OF = {");
		for (int k = 0; k < rules.size(); k++) {
			out.append(k % 40 == 0 ? "\n\t\t" : " ").append(ruleIndex.get(rules.get(k).ruleId())).append(',');
		}
		out.append("\n\t};\n\tprivate static final String[] INSTANCE_OF = {");
		for (int k = 0; k < rules.size(); k++) {
			out.append("\n\t\t").append(string(rules.get(k).instance())).append(',');
		}
		out.append("\n\t};\n");
		for (Map.Entry<String, String> constant : constants.entrySet()) {
			out.append("\tprivate static final BigDecimal ").append(constant.getValue()).append(" = new BigDecimal(")
					.append(string(constant.getKey())).append(");\n");
		}
		out.append("\n\tprivate final Location[] ruleLocations = new Location[RULES.length];\n\n");
		out.append("\t/** A validator whose findings locate rules in {@link #SOURCE}. */\n");
		out.append("\tpublic ").append(name).append("() {\n\t\tthis(SOURCE);\n\t}\n\n");
		out.append("\t/**\n\t * A validator whose findings locate rules in the given template file (as the engine does with the file it read),\n\t * and inherited rules in the templates beside it that state them.\n\t */\n");
		out.append("\tpublic ").append(name).append("(String templateFile) {\n");
		out.append("\t\tfor (int r = 0; r < RULES.length; r++) {\n");
		out.append("\t\t\tString file = FILES[r] == null ? templateFile : Semantics.sibling(templateFile, FILES[r]);\n");
		out.append("\t\t\truleLocations[r] = Location.of(file, POSITIONS[r][0], POSITIONS[r][1]);\n\t\t}\n\t}\n\n");
		out.append(body);
		out.append("}\n");
		return out.toString();
	}

	// ------------------------------------------------------------------ the public methods

	private void publicApi(StringBuilder out) {
		String filing = model.filingClass();
		out.append("\t@Override\n\tpublic String templateId() {\n\t\treturn TEMPLATE;\n\t}\n\n");
		out.append("\t/** The rule id of an instance. */\n");
		out.append("\tpublic static String ruleId(int instance) {\n\t\treturn RULES[RULE_OF[instance]];\n\t}\n\n");
		out.append("\t/** The column, row, group or cell an instance is for (\"\" for a rule stated once). */\n");
		out.append("\tpublic static String instance(int instance) {\n\t\treturn INSTANCE_OF[instance];\n\t}\n\n");
		out.append("\tpublic static Severity severity(int instance) {\n\t\treturn SEVERITIES[RULE_OF[instance]];\n\t}\n\n");
		out.append("\t/**\n\t * 校验一份填报（与引擎的结果相同）。 Validates a filing as the engine does: its problems, the template and year\n");
		out.append("\t * it names, the facts bound to the template, and every finding.\n\t */\n");
		out.append("\t@Override\n\tpublic ValidationResult validate(Filing filing, Filing prior) {\n");
		out.append("\t\tList<Problem> problems = new ArrayList<>(filing.problems());\n");
		out.append("\t\tproblems.addAll(Semantics.templateProblems(filing, TEMPLATE, ").append(filing).append(".YEAR));\n");
		out.append("\t\tproblems.addAll(Semantics.priorProblems(filing, prior));\n");
		out.append("\t\t").append(filing).append(" current = ").append(filing).append(".fromFiling(filing);\n");
		out.append("\t\tproblems.addAll(current.bindingProblems());\n");
		out.append("\t\t").append(filing).append(" previous = prior == null ? null : ").append(filing)
				.append(".fromFiling(prior);\n");
		out.append("\t\treturn new ValidationResult(filing, problems, findings(current, previous));\n\t}\n\n");
		out.append("\t/** Every finding, in plan order; {@code prior} is the previous period's filing, or null. */\n");
		out.append("\tpublic List<Finding> findings(").append(filing).append(" filing, ").append(filing).append(" prior) {\n");
		out.append("\t\t").append(filing).append(" c = complete(filing);\n");
		out.append("\t\tList<Finding> findings = new ArrayList<>(INSTANCES);\n\t\tFinding[] out = new Finding[1];\n");
		for (int start = 0; start < model.plan().rules().size(); start += CHUNK) {
			out.append("\t\tfindings").append(start / CHUNK).append("(c, prior, findings, out);\n");
		}
		out.append("\t\treturn findings;\n\t}\n\n");
		out.append("\t/**\n\t * The status of every rule instance, fast: {@code statuses[i]} is {@link Statuses#NONE} (its condition does not\n");
		out.append("\t * apply), {@link Statuses#PASS}, {@link Statuses#FAIL} or {@link Statuses#NOT_ASSESSABLE}, as in the findings.\n");
		out.append("\t *\n\t * @param statuses at least {@link #INSTANCES} long\n");
		out.append("\t * @return the number of instances of error severity that fail\n\t */\n");
		out.append("\tpublic int check(").append(filing).append(" filing, ").append(filing).append(" prior, byte[] statuses) {\n");
		out.append("\t\tif (statuses.length < INSTANCES) {\n\t\t\tthrow new IllegalArgumentException(\"statuses: \" + INSTANCES + \" needed\");\n\t\t}\n");
		out.append("\t\t").append(filing).append(" c = complete(filing);\n\t\tint errors = 0;\n");
		for (int start = 0; start < model.plan().rules().size(); start += CHUNK) {
			out.append("\t\terrors += check").append(start / CHUNK).append("(c, prior, statuses);\n");
		}
		out.append("\t\treturn errors;\n\t}\n\n");
	}

	/** Calculated cells, filled before the rules as the engine fills them (pass after pass, until none changes). */
	private void complete(StringBuilder out) {
		String filing = model.filingClass();
		List<Cell> calculated = model.cells().stream().filter(c -> c.spec().formula() != null).toList();
		out.append("\t/** The filing with its calculated cells filled (those it does not state). */\n");
		out.append("\tprivate static ").append(filing).append(" complete(").append(filing).append(" filing) {\n");
		if (calculated.isEmpty()) {
			out.append("\t\treturn filing;\n\t}\n\n");
			return;
		}
		out.append("\t\t").append(filing).append(" c = filing.copy();\n");
		out.append("\t\tfor (int pass = 0; pass <= ").append(calculated.size()).append("; pass++) {\n");
		out.append("\t\t\tboolean changed = false;\n");
		for (Cell cell : calculated) {
			out.append("\t\t\tchanged |= calculate").append(cell.index()).append("(c);\n");
		}
		out.append("\t\t\tif (!changed) {\n\t\t\t\tbreak;\n\t\t\t}\n\t\t}\n\t\treturn c;\n\t}\n\n");
		for (Cell cell : calculated) {
			out.append("\t/** ").append(doc(cell.address().toString())).append(" = {@code ")
					.append(doc(cell.spec().formula().toString())).append("}, unless stated. */\n");
			out.append("\tprivate static boolean calculate").append(cell.index()).append("(").append(filing)
					.append(" c) {\n");
			out.append("\t\tif (c.value(").append(cell.index()).append(") != null) {\n\t\t\treturn false;\n\t\t}\n");
			out.append("\t\t").append(filing).append(" p = null;\n");
			out.append("\t\tBigDecimal x = ").append(num(cell.spec().formula(), false)).append(";\n");
			out.append("\t\tif (x == null) {\n\t\t\treturn false;\n\t\t}\n");
			out.append("\t\tc.put(").append(cell.index()).append(", Value.of(x), null);\n\t\treturn true;\n\t}\n\n");
		}
	}

	private void checkChunk(StringBuilder out, int from, int to) {
		String filing = model.filingClass();
		out.append("\tprivate int check").append(from / CHUNK).append("(").append(filing).append(" c, ").append(filing)
				.append(" p, byte[] s) {\n\t\tint errors = 0;\n\t\tbyte st;\n");
		List<RuleInstance> rules = model.plan().rules();
		for (int k = from; k < to; k++) {
			RuleInstance rule = rules.get(k);
			out.append("\t\tst = f").append(k).append("(c, p);\n");
			out.append("\t\ts[").append(k).append("] = st;\n");
			if (rule.severity() == Severity.ERROR) {
				out.append("\t\tif (st == Statuses.FAIL) {\n\t\t\terrors++;\n\t\t}\n");
			}
		}
		out.append("\t\treturn errors;\n\t}\n\n");
	}

	/** The status of one instance over scaled longs, handing over to the exact translation where needed. */
	private void fast(StringBuilder out, int k, RuleInstance rule) {
		String filing = model.filingClass();
		out.append("\t/** ").append(doc(label(rule))).append(", fast. */\n");
		out.append("\tprivate byte f").append(k).append("(").append(filing).append(" c, ").append(filing)
				.append(" p) {\n");
		Boolean constant = rule.condition() == null ? Boolean.TRUE : constant(rule.condition());
		if (Boolean.FALSE.equals(constant)) {
			out.append("\t\treturn Statuses.NONE;\n\t}\n\n");
			return;
		}
		String fast = fastStatus(rule, Boolean.TRUE.equals(constant));
		List<Ref> refs = refs(rule, true);
		boolean known = refs.stream().noneMatch(r -> r.cell < 0);
		if (fast != null && known) {
			// blank counts as 0 (its scaled form) where the rule says so
			String test = rule.blankAsZero() ? ".exactOrBlank(" : ".exact(";
			StringBuilder guard = new StringBuilder();
			// this period's cells, where blank does not count as 0, tested 64 at a time (TypedFiling.exactWord)
			SortedMap<Integer, Long> words = new TreeMap<>();
			for (Ref ref : refs) {
				if (!ref.prior && !rule.blankAsZero()) {
					words.merge(ref.cell >>> 6, 1L << ref.cell, (a, b) -> a | b);
				}
			}
			for (var word : words.entrySet()) {
				if (guard.length() > 0) {
					guard.append("\n\t\t\t\t&& ");
				}
				String mask = "0x" + Long.toHexString(word.getValue()) + "L";
				guard.append("(c.exactWord(").append(word.getKey()).append(") & ").append(mask).append(") == ").append(mask);
			}
			Set<String> tested = new HashSet<>();
			for (Ref ref : refs) {
				if (!ref.prior && !rule.blankAsZero() || !tested.add(ref.prior + " " + ref.cell)) {
					continue;
				}
				if (guard.length() > 0) {
					guard.append("\n\t\t\t\t&& ");
				}
				guard.append(ref.prior ? "p != null && p" : "c").append(test).append(ref.cell).append(')');
			}
			if (guard.length() == 0) {
				guard.append("true");
			}
			out.append("\t\tif (").append(guard).append(") {\n");
			out.append("\t\t\ttry {\n\t\t\t\treturn ").append(fast).append(";\n");
			out.append("\t\t\t} catch (ArithmeticException overflow) {\n\t\t\t\t// exact decimals below\n\t\t\t}\n\t\t}\n");
		}
		boolean strict = Boolean.TRUE.equals(constant) && rule.assertion() instanceof Expr.Compare && !rule.blankAsZero();
		if (strict && known && !refs.isEmpty()) {
			// a comparison reading a blank figure cannot be assessed
			StringBuilder blank = new StringBuilder();
			for (Ref ref : refs) {
				if (blank.length() > 0) {
					blank.append("\n\t\t\t\t|| ");
				}
				blank.append(ref.prior ? "p == null || p" : "c").append(".blank(").append(ref.cell).append(')');
			}
			out.append("\t\tif (").append(blank).append(") {\n\t\t\treturn Statuses.NOT_ASSESSABLE;\n\t\t}\n");
		}
		out.append("\t\treturn e").append(k).append("(c, p, null);\n\t}\n\n");
	}

	private void findingsChunk(StringBuilder out, int from, int to) {
		String filing = model.filingClass();
		out.append("\tprivate void findings").append(from / CHUNK).append("(").append(filing).append(" c, ").append(filing)
				.append(" p, List<Finding> findings, Finding[] out) {\n");
		for (int k = from; k < to; k++) {
			out.append("\t\tif (e").append(k).append("(c, p, out) != Statuses.NONE) {\n\t\t\tfindings.add(out[0]);\n\t\t}\n");
		}
		out.append("\t}\n\n");
	}

	// ------------------------------------------------------------------ one instance, exactly

	private void instance(StringBuilder out, int k, RuleInstance rule) {
		String filing = model.filingClass();
		out.append("\t/** ").append(doc(label(rule))).append(": {@code ").append(doc(rule.text())).append("} */\n");
		out.append("\tprivate byte e").append(k).append("(").append(filing).append(" c, ").append(filing)
				.append(" p, Finding[] out) {\n");
		Boolean constant = rule.condition() == null ? Boolean.TRUE : constant(rule.condition());
		if (Boolean.FALSE.equals(constant)) {
			out.append("\t\treturn Statuses.NONE;\n\t}\n\n");
			return;
		}
		if (constant == null) {
			out.append("\t\tBoolean applies = ").append(truth(rule.condition(), rule.blankAsZero(), rule.printed())).append(";\n");
			out.append("\t\tif (applies == null) {\n\t\t\tif (out != null) {\n");
			out.append("\t\t\t\tBigDecimal left = null;\n\t\t\t\tBigDecimal right = null;\n");
			out.append("\t\t\t\tBigDecimal difference = null;\n\t\t\t\tBigDecimal tolerance = null;\n");
			out.append("\t\t\t\tbyte st = Statuses.NOT_ASSESSABLE;\n");
			finding(out, k, rule, refs(rule, false), "\t\t\t\t");
			out.append("\t\t\t}\n\t\t\treturn Statuses.NOT_ASSESSABLE;\n\t\t}\n");
			out.append("\t\tif (!applies) {\n\t\t\treturn Statuses.NONE;\n\t\t}\n");
		}
		Expr assertion = rule.assertion();
		if (assertion instanceof Expr.Compare compare) {
			String op = string(compare.op());
			out.append("\t\tBigDecimal left = ").append(num(compare.left(), rule.blankAsZero())).append(";\n");
			out.append("\t\tBigDecimal right = ").append(num(compare.right(), rule.blankAsZero())).append(";\n");
			out.append("\t\tbyte st;\n\t\tBigDecimal tolerance = null;\n");
			out.append("\t\tif (left == null || right == null) {\n\t\t\tst = Statuses.NOT_ASSESSABLE;\n\t\t} else {\n");
			String absolute = rule.tolerance() == null ? "BigDecimal.ZERO" : constant(rule.tolerance());
			String ruleTolerance = rule.tolerance() == null ? "null" : constant(rule.tolerance());
			String printedValue = null;
			String exact = null;
			if (rule.printed() != null) {
				if (compare.left() instanceof Expr.Ref ref) {
					printedValue = refValueOrNull(ref);
					exact = "right";
				}
				if (compare.right() instanceof Expr.Ref ref) {
					if (printedValue == null) {
						printedValue = refValueOrNull(ref);
						exact = "left";
					} else if (compare.left() instanceof Expr.Ref leftRef && leftRef.prior()) {
						// the left side is used unless there is no previous filing to read it from
						printedValue = "(p != null ? " + printedValue + " : " + refValueOrNull(ref) + ")";
						exact = "(p != null ? right : left)";
					}
				}
			}
			if (printedValue != null) {
				out.append("\t\t\tValue printed = ").append(printedValue).append(";\n");
				out.append("\t\t\tBigDecimal exact = ").append(exact).append(";\n");
				out.append("\t\t\tif (printed != null && !printed.isBlank()) {\n");
				out.append("\t\t\t\ttolerance = Precision.halfUnit(printed);\n");
				if ("=".equals(compare.op()) || "<>".equals(compare.op())) {
					out.append("\t\t\t\tboolean equal = Precision.matches(exact, printed, Precision.Mode.")
							.append(rule.printed().name()).append(");\n");
					out.append("\t\t\t\tst = ").append("=".equals(compare.op()) ? "equal" : "!equal")
							.append(" ? Statuses.PASS : Statuses.FAIL;\n");
				} else {
					out.append("\t\t\t\tst = Semantics.holds(").append(op)
							.append(", left, right, tolerance) ? Statuses.PASS : Statuses.FAIL;\n");
				}
				out.append("\t\t\t} else {\n");
				out.append("\t\t\t\tst = Semantics.holds(").append(op).append(", left, right, ").append(absolute)
						.append(") ? Statuses.PASS : Statuses.FAIL;\n");
				out.append("\t\t\t\ttolerance = ").append(ruleTolerance).append(";\n\t\t\t}\n");
			} else {
				out.append("\t\t\tst = Semantics.holds(").append(op).append(", left, right, ").append(absolute)
						.append(") ? Statuses.PASS : Statuses.FAIL;\n");
				out.append("\t\t\ttolerance = ").append(ruleTolerance).append(";\n");
			}
			out.append("\t\t}\n");
		} else {
			out.append("\t\tBigDecimal left = null;\n\t\tBigDecimal right = null;\n\t\tBigDecimal tolerance = null;\n");
			out.append("\t\tBoolean holds = ").append(truth(assertion, rule.blankAsZero(), rule.printed())).append(";\n");
			out.append("\t\tbyte st = holds == null ? Statuses.NOT_ASSESSABLE : holds ? Statuses.PASS : Statuses.FAIL;\n");
		}
		out.append("\t\tif (out != null) {\n");
		out.append("\t\t\tBigDecimal difference = left != null && right != null ? left.subtract(right) : null;\n");
		finding(out, k, rule, refs(rule, true), "\t\t\t");
		out.append("\t\t}\n\t\treturn st;\n\t}\n\n");
	}

	/** Builds out[0]: the operands read, the figures shown one decimal finer than the finest read, the messages. */
	private void finding(StringBuilder out, int k, RuleInstance rule, List<Ref> read, String indent) {
		out.append(indent).append("List<Operand> operands = new ArrayList<>(").append(read.size()).append(");\n");
		out.append(indent).append("int decimals = 0;\n");
		for (Ref ref : read) {
			String value = ref.prior ? valueCode("p", ref) : valueCode("c", ref);
			String operand = ref.cell < 0
					? "new Operand(CellAddress.parse(" + string(ref.address) + "), Value.blank(), null, " + ref.prior + ")"
					: ref.prior ? "p.operand(" + ref.cell + ", true)" : "c.operand(" + ref.cell + ")";
			String body = "operands.add(" + operand + ");\n" + indent + (ref.prior ? "\t" : "")
					+ "decimals = Math.max(decimals, Semantics.decimals(" + value + "));\n";
			if (ref.prior) {
				out.append(indent).append("if (p != null) {\n").append(indent).append('\t').append(body).append(indent)
						.append("}\n");
			} else {
				out.append(indent).append(body);
			}
		}
		out.append(indent).append("int shown = decimals + 1;\n");
		String zh = message(rule.messageZh(), rule.labelsZh(), rule);
		String en = message(rule.messageEn() == null ? rule.messageZh() : rule.messageEn(), rule.labelsEn(), rule);
		out.append(indent).append("out[0] = new Finding(").append(string(rule.ruleId())).append(", Severity.")
				.append(rule.severity().name()).append(", Statuses.of(st), ruleLocations[")
				.append(ruleIndex.get(rule.ruleId())).append("], ").append(string(rule.instance()))
				.append(",\n").append(indent).append("\t\toperands, left, right, difference, tolerance,\n").append(indent)
				.append("\t\t").append(zh).append(",\n").append(indent).append("\t\t").append(en).append(", ")
				.append(string(rule.titleZh())).append(", ").append(string(rule.titleEn())).append(");\n");
	}

	/** A message as the engine fills it, compiled: literals, labels, and the figures of this finding. */
	private String message(String message, Map<String, String> labels, RuleInstance rule) {
		if (message == null) {
			return "\"\"";
		}
		List<String> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int i = 0;
		while (i < message.length()) {
			int open = message.indexOf('{', i);
			int close = open < 0 ? -1 : message.indexOf('}', open);
			if (open < 0 || close < 0) {
				literal.append(message, i, message.length());
				break;
			}
			literal.append(message, i, open);
			String key = message.substring(open + 1, close);
			String code = placeholder(key, labels, rule);
			if (code == null) {
				literal.append(labels.containsKey(key) ? labels.get(key) : message.substring(open, close + 1));
			} else {
				if (literal.length() > 0) {
					parts.add(string(literal.toString()));
					literal.setLength(0);
				}
				parts.add(code);
			}
			i = close + 1;
		}
		if (literal.length() > 0) {
			parts.add(string(literal.toString()));
		}
		if (parts.isEmpty()) {
			return "\"\"";
		}
		String joined = String.join(" + ", parts);
		return parts.get(0).startsWith("\"") ? joined : "\"\" + " + joined;
	}

	/** The code of a placeholder's text, or null when it is constant (a label, the rule id, or unknown). */
	private String placeholder(String key, Map<String, String> labels, RuleInstance rule) {
		if (labels.containsKey(key)) {
			return null;
		}
		if (rule.operandsByCode().containsKey(key)) {
			String shown = "Semantics.show(" + num(rule.operandsByCode().get(key), rule.blankAsZero()) + ", shown)";
			return "value".equals(key) ? "orElse(" + shown + ", Semantics.show(left, shown))" : shown;
		}
		return switch (key) {
		case "left", "value" -> "Semantics.show(left, shown)";
		case "right" -> "Semantics.show(right, shown)";
		case "difference" -> "Semantics.show(difference, shown)";
		case "tolerance" -> "Semantics.showTolerance(tolerance)";
		case "rule" -> string(rule.ruleId());
		case "sentence" -> "Semantics.sentence(operands)";
		default -> null;
		};
	}

	// ------------------------------------------------------------------ expressions over BigDecimal

	/** A cell a rule reads, as the engine records it: the previous period's or this one's. */
	private record Ref(boolean prior, int cell, String address) {
	}

	/** The figures an instance reads, in the order the engine reads them, each once. */
	private List<Ref> refs(RuleInstance rule, boolean withAssertion) {
		Map<String, Ref> refs = new LinkedHashMap<>();
		Boolean constant = rule.condition() == null ? Boolean.TRUE : constant(rule.condition());
		if (constant == null) {
			collect(rule.condition(), refs);
		}
		if (withAssertion) {
			collect(rule.assertion(), refs);
		}
		return new ArrayList<>(refs.values());
	}

	private void collect(Expr expr, Map<String, Ref> refs) {
		if (expr instanceof Expr.Ref ref) {
			Cell cell = model.cell(ref.address());
			refs.putIfAbsent((ref.prior() ? "prior " : "") + ref.address(),
					new Ref(ref.prior(), cell == null ? -1 : cell.index(), ref.address().toString()));
		} else if (expr instanceof Expr.Negate e) {
			collect(e.operand(), refs);
		} else if (expr instanceof Expr.Not e) {
			collect(e.operand(), refs);
		} else if (expr instanceof Expr.Arithmetic e) {
			collect(e.left(), refs);
			collect(e.right(), refs);
		} else if (expr instanceof Expr.Compare e) {
			collect(e.left(), refs);
			collect(e.right(), refs);
		} else if (expr instanceof Expr.Logic e) {
			collect(e.left(), refs);
			collect(e.right(), refs);
		} else if (expr instanceof Expr.Call call) {
			for (Expr arg : call.args()) {
				collect(arg, refs);
			}
		}
	}

	private String valueCode(String figures, Ref ref) {
		return ref.cell < 0 ? "(Value) null" : figures + ".value(" + ref.cell + ")";
	}

	/** The value a reference reads as the engine's Evaluation.value: blank when not reported, null without a filing. */
	private String refValueOrNull(Expr.Ref ref) {
		Cell cell = model.cell(ref.address());
		String value = cell == null ? "Value.blank()" : "blankIfNull(" + (ref.prior() ? "p" : "c") + ".value(" + cell.index() + "))";
		return ref.prior() ? "(p == null ? null : " + value + ")" : value;
	}

	/** A number or null, as the engine's Evaluation.number computes it. */
	private String num(Expr expr, boolean blankAsZero) {
		if (expr instanceof Expr.Num n) {
			return constant(n.value());
		}
		if (expr instanceof Expr.Ref ref) {
			Cell cell = model.cell(ref.address());
			String value = cell == null ? "(Value) null" : (ref.prior() ? "p" : "c") + ".value(" + cell.index() + ")";
			String number = "Semantics.number(" + value + ", " + blankAsZero + ")";
			return ref.prior() ? "(p == null ? null : " + number + ")" : number;
		}
		if (expr instanceof Expr.Negate negate) {
			return "Semantics.negate(" + num(negate.operand(), blankAsZero) + ")";
		}
		if (expr instanceof Expr.Arithmetic a) {
			String function = switch (a.op()) {
			case "+" -> "add";
			case "-" -> "subtract";
			case "*" -> "multiply";
			default -> "divide";
			};
			return "Semantics." + function + "(" + num(a.left(), blankAsZero) + ", " + num(a.right(), blankAsZero) + ")";
		}
		if (expr instanceof Expr.Call call) {
			if ("present".equals(call.function())) {
				return "Semantics.call(\"present\")";
			}
			List<String> args = new ArrayList<>();
			for (Expr arg : call.args()) {
				args.add(num(arg, blankAsZero));
			}
			if ("sum".equals(call.function())) {
				return args.isEmpty() ? "Semantics.sum()" : "Semantics.sum(" + String.join(", ", args) + ")";
			}
			return "Semantics.call(" + string(call.function()) + (args.isEmpty() ? "" : ", " + String.join(", ", args))
					+ ")";
		}
		return model.validatorClass() + ".<BigDecimal>fail(" + string("not a number: " + expr) + ")";
	}

	/** True, false or null (undecided), as the engine's Evaluation.truth. */
	/** A condition as code; {@code printed}: the rule's printed precision, for comparisons with a figure as printed. */
	private String truth(Expr expr, boolean blankAsZero, Precision.Mode printed) {
		if (expr instanceof Expr.Bool bool) {
			return bool.value() ? "Boolean.TRUE" : "Boolean.FALSE";
		}
		if (expr instanceof Expr.Not not) {
			return "Semantics.not(" + truth(not.operand(), blankAsZero, printed) + ")";
		}
		if (expr instanceof Expr.Logic logic) {
			return "Semantics." + ("and".equals(logic.op()) ? "and" : "or") + "("
					+ truth(logic.left(), blankAsZero, printed) + ", " + truth(logic.right(), blankAsZero, printed) + ")";
		}
		if (expr instanceof Expr.Compare compare && printed != null
				&& (compare.left() instanceof Expr.Ref || compare.right() instanceof Expr.Ref)) {
			return "Semantics.comparePrinted(" + string(compare.op()) + ", " + num(compare.left(), blankAsZero) + ", "
					+ num(compare.right(), blankAsZero) + ", "
					+ (compare.left() instanceof Expr.Ref ref ? refValueOrNull(ref) : "null") + ", "
					+ (compare.right() instanceof Expr.Ref ref ? refValueOrNull(ref) : "null")
					+ ", Precision.Mode." + printed.name() + ")";
		}
		if (expr instanceof Expr.Compare compare) {
			return "Semantics.compare(" + string(compare.op()) + ", " + num(compare.left(), blankAsZero) + ", "
					+ num(compare.right(), blankAsZero) + ")";
		}
		if (expr instanceof Expr.Call call && "present".equals(call.function())) {
			Expr arg = call.args().get(0);
			if (arg instanceof Expr.Ref ref) {
				Cell cell = model.cell(ref.address());
				String value = cell == null ? "(Value) null" : (ref.prior() ? "p" : "c") + ".value(" + cell.index() + ")";
				return "Boolean.valueOf(" + (ref.prior() ? "p != null && " : "") + "Semantics.present(" + value + "))";
			}
			return "Boolean.valueOf(" + num(arg, blankAsZero) + " != null)";
		}
		return model.validatorClass() + ".<Boolean>fail(" + string("not a condition: " + expr) + ")";
	}

	/** The value of a condition without figures (true, false, unknown as null), or null when it reads figures. */
	private static Boolean constant(Expr expr) {
		if (expr instanceof Expr.Bool bool) {
			return bool.value();
		}
		if (expr instanceof Expr.Not not) {
			Boolean operand = constant(not.operand());
			return operand == null ? null : !operand;
		}
		if (expr instanceof Expr.Logic logic) {
			Boolean left = constant(logic.left());
			Boolean right = constant(logic.right());
			if (left == null || right == null) {
				return null;
			}
			return "and".equals(logic.op()) ? left && right : left || right;
		}
		return null;
	}

	private String constant(BigDecimal value) {
		return constants.computeIfAbsent(value.toString(), v -> "K" + constants.size());
	}

	// ------------------------------------------------------------------ expressions over scaled longs

	/** A scaled-long expression and its scale. */
	private record Scaled(String code, int scale) {
	}

	/** The status of an instance over scaled longs, or null when it needs exact decimals. */
	private String fastStatus(RuleInstance rule, boolean unconditional) {
		String condition = null;
		if (!unconditional) {
			condition = fastTruth(rule.condition());
			if (condition == null) {
				return null;
			}
		}
		String status;
		if (rule.assertion() instanceof Expr.Compare compare) {
			if (rule.printed() != null) {
				return null;
			}
			Scaled left = fastNum(compare.left());
			Scaled right = fastNum(compare.right());
			if (left == null || right == null) {
				return null;
			}
			BigDecimal tolerance = rule.tolerance() == null ? BigDecimal.ZERO : rule.tolerance();
			if (tolerance.signum() == 0) {
				String test = fastCompare(compare.op(), left, right);
				if (test == null) {
					return null;
				}
				status = "(" + test + ") ? Statuses.PASS : Statuses.FAIL";
			} else {
				BigDecimal stripped = tolerance.stripTrailingZeros();
				int scale = Math.max(Math.max(left.scale, right.scale), Math.max(0, stripped.scale()));
				if (scale > 18 || tolerance.signum() < 0) {
					return null;
				}
				BigInteger t = tolerance.setScale(scale).unscaledValue();
				if (t.bitLength() > 62) {
					return null;
				}
				String l = align(left, scale);
				String r = align(right, scale);
				String test = switch (compare.op()) {
				case "=" -> "Math.absExact(Math.subtractExact(" + l + ", " + r + ")) <= " + t + "L";
				case "<>" -> "Math.absExact(Math.subtractExact(" + l + ", " + r + ")) > " + t + "L";
				case "<" -> "Math.subtractExact(" + l + ", " + r + ") < " + t + "L";
				case "<=" -> "Math.subtractExact(" + l + ", " + r + ") <= " + t + "L";
				case ">" -> "Math.subtractExact(" + r + ", " + l + ") < " + t + "L";
				case ">=" -> "Math.subtractExact(" + r + ", " + l + ") <= " + t + "L";
				default -> null;
				};
				if (test == null) {
					return null;
				}
				status = "(" + test + ") ? Statuses.PASS : Statuses.FAIL";
			}
		} else {
			String truth = fastTruth(rule.assertion());
			if (truth == null) {
				return null;
			}
			status = "(" + truth + ") ? Statuses.PASS : Statuses.FAIL";
		}
		return condition == null ? status : "(" + condition + ") ? (" + status + ") : Statuses.NONE";
	}

	private Scaled fastNum(Expr expr) {
		if (expr instanceof Expr.Num n) {
			BigDecimal stripped = n.value().stripTrailingZeros();
			int scale = Math.max(0, stripped.scale());
			if (scale > 18) {
				return null;
			}
			BigInteger unscaled = n.value().setScale(scale).unscaledValue();
			return unscaled.bitLength() > 62 ? null : new Scaled(unscaled + "L", scale);
		}
		if (expr instanceof Expr.Ref ref) {
			Cell cell = model.cell(ref.address());
			if (cell == null) {
				return null;
			}
			return new Scaled((ref.prior() ? "p" : "c") + ".unscaled(" + cell.index() + ")", cell.scale());
		}
		if (expr instanceof Expr.Negate negate) {
			Scaled operand = fastNum(negate.operand());
			return operand == null ? null : new Scaled("Math.negateExact(" + operand.code + ")", operand.scale);
		}
		if (expr instanceof Expr.Arithmetic a) {
			Scaled left = fastNum(a.left());
			Scaled right = fastNum(a.right());
			if (left == null || right == null) {
				return null;
			}
			switch (a.op()) {
			case "+", "-" -> {
				int scale = Math.max(left.scale, right.scale);
				return new Scaled("Math." + ("+".equals(a.op()) ? "addExact" : "subtractExact") + "(" + align(left, scale)
						+ ", " + align(right, scale) + ")", scale);
			}
			case "*" -> {
				int scale = left.scale + right.scale;
				return scale > 18 ? null : new Scaled("Math.multiplyExact(" + left.code + ", " + right.code + ")", scale);
			}
			default -> {
				return null;
			}
			}
		}
		if (expr instanceof Expr.Call call) {
			List<Scaled> args = new ArrayList<>();
			for (Expr arg : call.args()) {
				Scaled s = fastNum(arg);
				if (s == null) {
					return null;
				}
				args.add(s);
			}
			int scale = args.stream().mapToInt(Scaled::scale).max().orElse(0);
			switch (call.function()) {
			case "sum" -> {
				if (args.isEmpty()) {
					return new Scaled("0L", 0);
				}
				String code = align(args.get(0), scale);
				for (int i = 1; i < args.size(); i++) {
					code = "Math.addExact(" + code + ", " + align(args.get(i), scale) + ")";
				}
				return new Scaled(code, scale);
			}
			case "min", "max" -> {
				if (args.isEmpty()) {
					return null;
				}
				String code = align(args.get(args.size() - 1), scale);
				for (int i = args.size() - 2; i >= 0; i--) {
					code = "Math." + call.function() + "(" + align(args.get(i), scale) + ", " + code + ")";
				}
				return new Scaled(code, scale);
			}
			case "abs" -> {
				return args.size() != 1 ? null : new Scaled("Math.absExact(" + args.get(0).code + ")", args.get(0).scale);
			}
			default -> {
				return null;
			}
			}
		}
		return null;
	}

	private static String align(Scaled x, int scale) {
		return x.scale == scale ? x.code : "Scaled.up(" + x.code + ", " + (scale - x.scale) + ")";
	}

	private static String fastCompare(String op, Scaled left, Scaled right) {
		int scale = Math.max(left.scale, right.scale);
		String javaOp = switch (op) {
		case "=" -> "==";
		case "<>" -> "!=";
		case "<", "<=", ">", ">=" -> op;
		default -> null;
		};
		return javaOp == null ? null : align(left, scale) + " " + javaOp + " " + align(right, scale);
	}

	/** A condition over scaled longs when every figure it reads is stated (no unknowns then), or null. */
	private String fastTruth(Expr expr) {
		if (expr instanceof Expr.Bool bool) {
			return Boolean.toString(bool.value());
		}
		if (expr instanceof Expr.Not not) {
			String operand = fastTruth(not.operand());
			return operand == null ? null : "!(" + operand + ")";
		}
		if (expr instanceof Expr.Logic logic) {
			String left = fastTruth(logic.left());
			String right = fastTruth(logic.right());
			if (left == null || right == null) {
				return null;
			}
			return "(" + left + ("and".equals(logic.op()) ? " && " : " || ") + right + ")";
		}
		if (expr instanceof Expr.Compare compare) {
			Scaled left = fastNum(compare.left());
			Scaled right = fastNum(compare.right());
			return left == null || right == null ? null : fastCompare(compare.op(), left, right);
		}
		if (expr instanceof Expr.Call call && "present".equals(call.function())) {
			Expr arg = call.args().get(0);
			if (arg instanceof Expr.Ref ref) {
				Cell cell = model.cell(ref.address());
				return cell == null ? null : "!" + (ref.prior() ? "p" : "c") + ".blank(" + cell.index() + ")";
			}
			// every figure read is stated (or counts as 0) here; an expression without division is then computable
			return fastNum(arg) != null ? "true" : null;
		}
		return null;
	}

	// ------------------------------------------------------------------ text

	private static String label(RuleInstance rule) {
		return rule.ruleId() + (rule.instance().isEmpty() ? "" : "[" + rule.instance() + "]");
	}

	/** Text for a // comment: one line. */
	private static String comment(String text) {
		return text.replace('\n', ' ').replace('\r', ' ').replace("\\u", "\\\\u");
	}
}
