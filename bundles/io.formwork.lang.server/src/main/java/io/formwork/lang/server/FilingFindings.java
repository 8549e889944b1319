package io.formwork.lang.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.inject.Singleton;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import io.formwork.pipeline.CompiledTemplate;
import io.formwork.pipeline.FilingFormats;
import io.formwork.pipeline.Pipeline;
import io.formwork.pipeline.SetPriors;
import io.formwork.pipeline.Templates;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Finding;
import io.formwork.runtime.Language;
import io.formwork.runtime.Location;
import io.formwork.runtime.Operand;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Severity;
import io.formwork.runtime.Status;
import io.formwork.runtime.ValidationResult;

/**
 * The rule findings of filings as diagnostics, through the one pipeline ({@link Pipeline}) the command line and
 * the Maven plugin use: the same template discovery, readers, previous period (the same body's filing of the
 * previous year among the workspace's filings, brought through the revision chain) and problem codes. The
 * templates are the server's own, as they are being edited: a template edit re-validates the filings.
 * <p>
 * A failed rule instance is an error, warning or information as the rule says; a rule instance that cannot be
 * assessed (a blank operand) is a hint. Each diagnostic carries the rule as its code, {@code rule}, {@code instance},
 * {@code status} and {@code severity} as its data, and every operand (value and where it was read, in this filing or
 * in the previous period's) as related information.
 */
@Singleton
public class FilingFindings {

	/** The source of the diagnostics made here. */
	public static final String SOURCE = "formwork";

	private Templates templates;
	private XtextResourceSet templatesOf;
	private Pipeline pipeline;
	/** Per workspace root: the filing of each body and year (first in path order), as Pipeline.validateSet pairs them. */
	private final Map<Path, SetPriors> sets = new HashMap<>();

	/** The templates changed (edited, added, deleted): compile them again before the next filing. */
	public synchronized void templatesChanged() {
		templates = null;
		pipeline = null;
		sets.clear();
	}

	/** A filing changed on disk (saved, added, deleted): its body and year may have. */
	public synchronized void filingsChanged() {
		sets.clear();
	}

	/** Whether the pipeline takes this file of the workspace for a filing (formats, excluded folders). */
	public synchronized boolean isFiling(XtextResourceSet set, Path root, Path file) {
		Pipeline p = pipeline(set);
		return p != null && file.startsWith(root) && p.isFiling(root, file, List.of());
	}

	/**
	 * The pipeline's findings and problems on a filing of the workspace {@code root}, whose templates are those of
	 * {@code set}; {@code text} is the filing's text as the client has it (for the ranges), or null to read the file.
	 */
	public synchronized List<Diagnostic> diagnostics(XtextResourceSet set, Path root, Path file, String text) {
		Pipeline p = pipeline(set);
		if (p == null) {
			return List.of();
		}
		ValidationResult result;
		try {
			Pipeline.Read read = p.read(file);
			Filing prior = null;
			if (read.template() != null) {
				Path before = priorOf(p, root, file, read.filing());
				prior = before == null ? null : p.inTermsOf(read.template(), p.read(before));
			}
			result = p.validate(read, prior);
		} catch (RuntimeException e) {
			// a template that does not compile (its own diagnostics say why): no findings until it does
			return List.of();
		}
		String content = text;
		if (content == null) {
			try {
				content = Files.readString(file);
			} catch (IOException | RuntimeException e) {
				content = "";
			}
		}
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Problem problem : result.problems()) {
			diagnostics.add(problem(problem, file, content));
		}
		for (Finding finding : result.findings()) {
			if (finding.status() != Status.PASS) {
				diagnostics.add(finding(finding, file, content));
			}
		}
		return diagnostics;
	}

	/**
	 * An Xtext issue that carries a prepared diagnostic: the build publishes the findings with the languages' own
	 * issues, and the server sends the diagnostic as it is ({@link FormworkLanguageServerImpl#toDiagnostic}).
	 */
	public static final class FindingIssue extends Issue.IssueImpl {
		private final Diagnostic diagnostic;

		FindingIssue(Diagnostic diagnostic) {
			this.diagnostic = diagnostic;
			setCode(diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft());
			setMessage(diagnostic.getMessage().getLeft());
			setLineNumber(diagnostic.getRange().getStart().getLine() + 1);
			setColumn(diagnostic.getRange().getStart().getCharacter() + 1);
			setLineNumberEnd(diagnostic.getRange().getEnd().getLine() + 1);
			setColumnEnd(diagnostic.getRange().getEnd().getCharacter() + 1);
			setSeverity(switch (diagnostic.getSeverity()) {
			case Error -> org.eclipse.xtext.diagnostics.Severity.ERROR;
			case Warning -> org.eclipse.xtext.diagnostics.Severity.WARNING;
			default -> org.eclipse.xtext.diagnostics.Severity.INFO;
			});
		}

		public Diagnostic diagnostic() {
			return diagnostic;
		}
	}

	/**
	 * The findings of a {@code .filing} of the server's workspace as issues to publish beside the language's own:
	 * the pipeline's problems that the language already reports where they are (syntax, unknown codes) are left out.
	 */
	public List<Issue> issues(XtextResourceSet set, Path root, Path file, String text,
			Iterable<? extends Issue> reported) {
		Set<String> taken = new HashSet<>();
		for (Issue issue : reported) {
			taken.add(issue.getLineNumber() + ":" + issue.getColumn());
		}
		List<Issue> issues = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics(set, root, file, text)) {
			boolean problem = diagnostic.getData() instanceof Map<?, ?> data && data.containsKey("problem");
			String at = (diagnostic.getRange().getStart().getLine() + 1) + ":" + (diagnostic.getRange().getStart().getCharacter() + 1);
			if (problem && taken.contains(at)) {
				continue;
			}
			issues.add(new FindingIssue(diagnostic));
		}
		return issues;
	}

	private Pipeline pipeline(XtextResourceSet set) {
		if (pipeline == null || templatesOf != set) {
			try {
				templates = Templates.of(set, null);
			} catch (CompiledTemplate.TemplateError e) {
				return null;
			}
			if (templates.byId().isEmpty()) {
				return null;
			}
			templatesOf = set;
			pipeline = new Pipeline(templates, FilingFormats.standard(), Pipeline.Options.DEFAULT.threads(1));
			sets.clear();
		}
		return pipeline;
	}

	/** The same body's filing of the previous year among the workspace's filings, or null. */
	private Path priorOf(Pipeline p, Path root, Path file, Filing filing) {
		SetPriors priors = sets.computeIfAbsent(root, r -> {
			try {
				return SetPriors.of(p, p.filings(r, List.of()));
			} catch (IOException | RuntimeException e) {
				return SetPriors.of(p, List.of());
			}
		});
		return priors.priorOf(file, filing);
	}

	private static Diagnostic problem(Problem problem, Path file, String text) {
		Diagnostic diagnostic = new Diagnostic(range(problem.location(), file, text), both(problem.zh(), problem.en()));
		diagnostic.setSeverity(severity(problem.severity()));
		diagnostic.setCode(problem.code());
		diagnostic.setSource(SOURCE);
		Map<String, String> data = new LinkedHashMap<>();
		data.put("problem", problem.code());
		diagnostic.setData(data);
		return diagnostic;
	}

	private static Diagnostic finding(Finding finding, Path file, String text) {
		Location where = finding.filingLocation();
		String message = finding.status() == Status.FAIL ? both(finding.messageZh(), finding.messageEn())
				: "无法评估 " + both(finding.messageZh(), "Not assessable: " + finding.messageEn());
		Diagnostic diagnostic = new Diagnostic(range(where, file, text), message);
		diagnostic.setSeverity(finding.status() == Status.FAIL ? severity(finding.severity()) : DiagnosticSeverity.Hint);
		diagnostic.setCode(finding.ruleId());
		diagnostic.setSource(SOURCE);
		Map<String, String> data = new LinkedHashMap<>();
		data.put("rule", finding.ruleId());
		data.put("instance", finding.instance() == null ? "" : finding.instance());
		data.put("status", finding.status().name());
		data.put("severity", finding.severity().name());
		diagnostic.setData(data);
		List<DiagnosticRelatedInformation> related = new ArrayList<>();
		for (Operand operand : finding.operands()) {
			Location at = operand.location();
			if (at == null || at.file() == null) {
				continue;
			}
			Path operandFile = Path.of(at.file()).toAbsolutePath().normalize();
			String operandText = operandFile.equals(file) ? text : read(operandFile);
			String about = operand.address() + " = " + operand.value() + (operand.prior() ? "（上期 prior period）" : "")
					+ (at.cell() == null ? "" : " " + at.cell());
			related.add(new DiagnosticRelatedInformation(
					new org.eclipse.lsp4j.Location(operandFile.toUri().toString(), range(at, operandFile, operandText)), about));
		}
		if (!related.isEmpty()) {
			diagnostic.setRelatedInformation(related);
		}
		return diagnostic;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException | RuntimeException e) {
			return "";
		}
	}

	/** "中文 English", as the languages' other messages are. */
	private static String both(String zh, String en) {
		return Language.both(zh, en, " ");
	}

	private static DiagnosticSeverity severity(Severity severity) {
		return switch (severity) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		case INFO -> DiagnosticSeverity.Information;
		};
	}

	/**
	 * The range of a location (1-based line and column; 0 when unknown) in a text: from the column to the end of
	 * the figure or word there; the start of the file when the location has no line (a cell of a workbook).
	 */
	static Range range(Location location, Path file, String text) {
		if (location == null || location.line() <= 0) {
			return new Range(new Position(0, 0), new Position(0, 0));
		}
		int line = location.line() - 1;
		int character = Math.max(0, location.column() - 1);
		String[] lines = text.split("\n", -1);
		int end = character;
		// the place as the reader gave it, never moved: a page's narrative is located in the page's text (a column
		// past the end of the source line is the client's to clamp, as LSP says), and every door reports it alike
		if (line < lines.length && character <= lines[line].length()) {
			String content = lines[line];
			if (end < content.length() && content.charAt(end) == '"') {
				int close = content.indexOf('"', end + 1);
				end = close < 0 ? content.length() : close + 1;
			} else {
				while (end < content.length() && !Character.isWhitespace(content.charAt(end))
						&& ",;:}]\r".indexOf(content.charAt(end)) < 0) {
					end++;
				}
			}
		}
		return new Range(new Position(line, character), new Position(line, end));
	}
}
