package io.formwork.lang.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Builds the workspace to index and validate it, never to generate: the template language binds a code
 * generator (Java, JSON Schema, documentation) for Maven builds, and an editor must not write those files into
 * the user's folders on every keystroke. Xtext's builder generates a resource only when the post-validation
 * callback says so; here it publishes the diagnostics and says no.
 */
public class ValidatingProjectManager extends ProjectManager {

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		request.setAfterValidate((uri, issues) -> {
			publish.afterValidate(uri, issues);
			return false;
		});
		return request;
	}
}
