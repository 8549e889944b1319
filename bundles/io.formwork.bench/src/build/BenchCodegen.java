import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.FormworkStandaloneSetup;
import io.formwork.lang.formwork.Rule;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.generator.Codegen;
import io.formwork.lang.generator.TemplateArtifacts;
import io.formwork.lang.generator.TemplateArtifacts.Artifact;
import io.formwork.lang.revision.Revisions;

/**
 * Build step of the benchmarks (run by the JDK's source launcher on the module's class path, see pom.xml):
 * generates, through the generator's API, the typed filing class and the validator of the 2021 template
 * restricted to its rules R1–R5 (the rules every validator of the benchmark runs), into package
 * io.formwork.bench.generated.
 * <p>
 * {@code BenchCodegen TEMPLATE_FOLDER JAVA_OUTPUT}; exit 1 with the template's errors when it has any.
 */
public class BenchCodegen {

	static final Set<String> RULES = Set.of("R1", "R2", "R3", "R4", "R5");

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		Path java = Path.of(args[1]);
		XtextResourceSet set = new FormworkStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		List<Path> forms;
		try (Stream<Path> files = Files.list(folder)) {
			forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
		}
		for (Path form : forms) {
			set.getResource(URI.createFileURI(form.toString()), true);
		}
		Template template = null;
		List<String> errors = new ArrayList<>();
		for (Resource resource : new ArrayList<>(set.getResources())) {
			if (!(resource.getContents().get(0) instanceof FormFile form) || form.getTemplate() == null
					|| !"gid_2021".equals(form.getTemplate().getName())) {
				continue;
			}
			for (Issue issue : ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors.add(resource.getURI().toFileString() + ":" + issue.getLineNumber() + ": " + issue.getMessage());
				}
			}
			template = form.getTemplate();
		}
		if (template == null || !errors.isEmpty()) {
			System.err.println(template == null ? "no template gid_2021 in " + folder : String.join("\n", errors));
			System.exit(1);
		}
		// The 2021 template is a revision of 2019's: its rules are those of its effective template (built once and
		// kept with the revision, so the generator below sees the same object).
		Template effective = Revisions.effective(template);
		for (Rule check : EcoreUtil2.getAllContentsOfType(effective, Rule.class)) {
			if (!RULES.contains(check.getName())) {
				EcoreUtil.remove(check);
			}
		}
		List<Artifact> artifacts = TemplateArtifacts.of(template, "io.formwork.bench.generated").stream()
				.filter(a -> a.kind() == TemplateArtifacts.Kind.JAVA).toList();
		List<Path> written = Codegen.write(artifacts, java, null, null);
		System.out.println("BenchCodegen: gid_2021 (R1–R5) -> " + written.size() + " file(s) in " + java);
	}
}
