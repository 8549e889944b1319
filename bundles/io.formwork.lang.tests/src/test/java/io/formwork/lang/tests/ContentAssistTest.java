package io.formwork.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Injector;
import com.google.inject.Provider;

import io.formwork.lang.ide.FormworkIdeSetup;

/**
 * Content assist through Xtext's generic IDE services, as the editors call them: src/test/resources/content-assist/
 * holds templates with a <|> cursor and the proposals expected there.
 */
class ContentAssistTest {

	private static final Injector IDE = new FormworkIdeSetup().createInjectorAndDoEMFRegistration();
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	static Stream<Path> cases() throws IOException {
		try (Stream<Path> files = Files.list(FormFiles.testData().resolve("content-assist"))) {
			return files.filter(p -> p.toString().endsWith(".form")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("cases")
	void theProposalsAtTheCursorAreTheCodesThatFitThere(Path file) throws Exception {
		String marked = Files.readString(file, StandardCharsets.UTF_8);
		int offset = marked.indexOf("<|>");
		String text = marked.replace("<|>", "");
		List<String> proposals = proposals(text, offset);

		List<String> lines = Files.readAllLines(file.resolveSibling(file.getFileName().toString().replace(".form", ".expected")));
		int split = lines.indexOf("--- not");
		List<String> wanted = split < 0 ? lines : lines.subList(0, split);
		List<String> unwanted = split < 0 ? List.of() : lines.subList(split + 1, lines.size());
		assertThat(proposals).as("proposals in %s", file.getFileName()).containsAll(wanted);
		assertThat(proposals).as("proposals in %s", file.getFileName()).doesNotContainAnyElementsOf(unwanted);
	}

	static List<String> proposals(String text, int offset) throws IOException {
		XtextResourceSet set = IDE.getInstance(XtextResourceSet.class);
		Path catalog = FormFiles.examples().resolve("gov-info-disclosure/gov-info-disclosure-catalog.form");
		set.getResource(URI.createFileURI(catalog.toAbsolutePath().toString()), true);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("file:/content-assist/case.form"));
		resource.load(new StringInputStream(text, "UTF-8"), set.getLoadOptions());

		@SuppressWarnings("unchecked")
		Provider<ContentAssistContextFactory> factories = IDE.getProvider(ContentAssistContextFactory.class);
		ContentAssistContextFactory factory = factories.get();
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalProvider provider = IDE.getInstance(IdeContentProposalProvider.class);
		List<String> result = new ArrayList<>();
		provider.createProposals(List.of(contexts), new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				if (entry != null) {
					result.add(entry.getProposal());
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return true;
			}
		});
		return result;
	}
}
