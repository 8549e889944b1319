package io.formwork.lang.ui.builder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.ui.Texts;

/**
 * The problem markers of Formwork: {@link #SOURCE} for what the template and filing languages find (syntax,
 * links, template self-checks), written by the builder on save and by the editor as you type;
 * {@link #FILING} for what validating a filing against its template finds, written by the builder. Their texts
 * are in the language chosen for Formwork's texts ({@link Texts}).
 */
public final class ProblemMarkers {

	/** Syntax, linking and self-check problems of .form and .filing sources. */
	public static final String SOURCE = "io.formwork.lang.ui.problem";
	/** Findings and input problems of a filing validated against its template. */
	public static final String FILING = "io.formwork.lang.ui.filingProblem";

	/** The issue code (for quick fixes). */
	public static final String CODE = "code";
	/** The issue data, joined with {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";
	public static final String DATA_SEPARATOR = "\u001f";
	/** On filing markers: the rule id, table, row, column, instance and the explanation with operand values. */
	public static final String RULE = "rule";
	public static final String TABLE = "table";
	public static final String ROW = "row";
	public static final String COLUMN = "column";
	public static final String CELL = "cell";
	/**
	 * The column (1-based) of the place on its line ({@link org.eclipse.core.resources.IMarker#LINE_NUMBER}), as
	 * the reader located it: what a marker on a Word page (a paragraph and a column in it) has instead of
	 * character offsets.
	 */
	public static final String LINE_COLUMN = "lineColumn";
	public static final String EXPLANATION = "explanation";

	private ProblemMarkers() {
	}

	/** Replaces the source problem markers of a file by markers for these issues. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(SOURCE, false, 0);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, Texts.ofBilingual(issue.getMessage()));
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			if (issue.getLineNumber() != null) {
				attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
				attributes.put(IMarker.LOCATION, Texts.of("第 " + issue.getLineNumber() + " 行", "line " + issue.getLineNumber()));
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				attributes.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
			}
			file.createMarker(SOURCE, attributes);
		}
	}

	/** The data of a marker's issue. */
	public static List<String> data(IMarker marker) {
		String data = marker.getAttribute(DATA, null);
		return data == null ? List.of() : new ArrayList<>(List.of(data.split(DATA_SEPARATOR, -1)));
	}
}
