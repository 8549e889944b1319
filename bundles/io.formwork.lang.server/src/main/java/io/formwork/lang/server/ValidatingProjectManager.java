package io.formwork.lang.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Builds the workspace to index and validate it, never to generate: the template language binds a code
 * generator (Java, JSON Schema, documentation) for Maven builds, and an editor must not write those files into
 * the user's folders on every keystroke. Xtext's builder generates a resource only when the post-validation
 * callback says so; here it publishes the diagnostics and says no. A {@code .filing}'s diagnostics are published with
 * the rule findings of the pipeline ({@link FilingFindings}); a changed template makes them compiled again.
 */
public class ValidatingProjectManager extends ProjectManager {

	@Inject
	private FilingFindings findings;

	private static boolean isTemplate(URI uri) {
		return "form".equals(uri.fileExtension());
	}

	/** A .filing's issues and, when it has a template, the rule findings of the pipeline. */
	private Iterable<Issue> withFindings(XtextResourceSet set, URI uri, Iterable<Issue> issues) {
		if (!"filing".equals(uri.fileExtension()) || !uri.isFile() || getBaseDir() == null || !getBaseDir().isFile()) {
			return issues;
		}
		Resource resource = set.getResource(uri, false);
		String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText() : null;
		Path root = Path.of(getBaseDir().toFileString()).toAbsolutePath().normalize();
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		List<Issue> all = new ArrayList<>();
		issues.forEach(all::add);
		all.addAll(findings.issues(set, root, file, text, all));
		return all;
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		if (changedFiles.stream().anyMatch(ValidatingProjectManager::isTemplate)
				|| deletedFiles.stream().anyMatch(ValidatingProjectManager::isTemplate)) {
			findings.templatesChanged();
		} else if (!changedFiles.isEmpty() || !deletedFiles.isEmpty()) {
			findings.filingsChanged();
		}
		XtextResourceSet set = request.getResourceSet();
		request.setAfterValidate((uri, issues) -> {
			publish.afterValidate(uri, withFindings(set, uri, issues));
			return false;
		});
		return request;
	}
}
