package io.formwork.lang.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a resource like Xtext does, but never loses a syntax error to a failing line computation.
 * <p>
 * Xtext's {@code XtextSyntaxDiagnosticWithRange.getLine()} counts line breaks up to an offset inside the
 * node's text and throws when a value converter reports an offset at the very end of it (a string literal
 * cut off by the end of the file). {@code ResourceValidatorImpl} would then log the exception and return
 * without the remaining issues, so a broken file would be reported with fewer problems than it has. Here
 * such a diagnostic is located from its absolute offset in the document instead.
 */
public class LocatedResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		for (int i = 0; i < resource.getErrors().size(); i++) {
			getOperationCanceledManager().checkCanceled(monitor);
			convert(resource, resource.getErrors().get(i), Severity.ERROR, acceptor);
		}
		for (int i = 0; i < resource.getWarnings().size(); i++) {
			getOperationCanceledManager().checkCanceled(monitor);
			convert(resource, resource.getWarnings().get(i), Severity.WARNING, acceptor);
		}
	}

	private void convert(Resource resource, Resource.Diagnostic diagnostic, Severity severity,
			IAcceptor<Issue> acceptor) {
		try {
			issueFromXtextResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (IndexOutOfBoundsException e) {
			if (!(diagnostic instanceof XtextSyntaxDiagnostic syntax) || !(resource instanceof XtextResource xtext)
					|| xtext.getParseResult() == null) {
				throw e;
			}
			acceptor.accept(relocated(xtext.getParseResult().getRootNode(), syntax, severity));
		}
	}

	static Issue relocated(ICompositeNode root, XtextSyntaxDiagnostic diagnostic, Severity severity) {
		int end = root.getTotalEndOffset();
		int offset = Math.max(0, Math.min(diagnostic.getOffset(), end));
		int length = Math.max(0, Math.min(diagnostic.getLength(), end - offset));
		LineAndColumn at = NodeModelUtils.getLineAndColumn(root, offset);
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSyntaxError(true);
		issue.setSeverity(severity);
		issue.setLineNumber(at.getLine());
		issue.setColumn(at.getColumn());
		issue.setOffset(offset);
		issue.setLength(length);
		issue.setMessage(diagnostic.getMessage());
		issue.setUriToProblem(diagnostic.getUriToProblem());
		issue.setCode(diagnostic.getCode());
		issue.setData(diagnostic.getData());
		issue.setType(CheckType.FAST);
		return issue;
	}
}
