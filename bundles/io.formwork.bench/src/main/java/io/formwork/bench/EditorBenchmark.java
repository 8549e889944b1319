package io.formwork.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.google.inject.Injector;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import io.formwork.lang.FormworkResource;
import io.formwork.lang.PartialReparse;
import io.formwork.lang.ide.FormworkIdeSetup;
import io.formwork.lang.validation.IncrementalResourceValidator;

/**
 * Editor latency on a synthetic template of 2,000 indicators (100 tables, 200 rules, 6,000 cells; see
 * {@link SyntheticTemplates#large}), warm, through the services an editor calls (Xtext's generic IDE services, as
 * the language server and the Eclipse editor use them): reparsing the whole text and validating it, and the
 * proposals of content assist at a rule position ({@code sum([} in the last rule).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class EditorBenchmark {

	public static final int INDICATORS = 2000;

	SyntheticTemplates.Large template;
	XtextResource resource;
	IResourceValidator validator;
	Injector injector;
	ExecutorService pool;
	XtextResource real;
	String realText;
	/** The large template as the editor holds it while one character is typed and removed again. */
	XtextResource typed;
	String[] typedTexts;
	int typedState;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		injector = new FormworkIdeSetup().createInjectorAndDoEMFRegistration();
		template = SyntheticTemplates.large(INDICATORS);
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		resource = (XtextResource) set.createResource(URI.createURI("file:/bench/synthetic.form"));
		resource.load(new StringInputStream(template.text(), "UTF-8"), set.getLoadOptions());
		validator = resource.getResourceServiceProvider().getResourceValidator();
		pool = Executors.newSingleThreadExecutor();
		// the real 2021 template, with the catalog and the 2019 template beside it
		Path gid = Subjects.examples().resolve("gov-info-disclosure");
		XtextResourceSet realSet = injector.getInstance(XtextResourceSet.class);
		for (String name : new String[] { "gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form" }) {
			realSet.getResource(URI.createFileURI(gid.resolve(name).toAbsolutePath().toString()), true);
		}
		Path file = gid.resolve("gov-info-disclosure-2021.form").toAbsolutePath();
		real = (XtextResource) realSet.getResource(URI.createFileURI(file.toString()), true);
		realText = Files.readString(file, StandardCharsets.UTF_8);
		if (reparseAndValidate2021().stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
			throw new IllegalStateException("the 2021 template has errors");
		}
		List<Issue> errors = reparseAndValidate().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("the synthetic template has errors: " + errors.subList(0, Math.min(5, errors.size())));
		}
		// typing: a space typed into the middle rule's assertion ("sum( [r01] …"), then removed, and again
		XtextResourceSet typedSet = injector.getInstance(XtextResourceSet.class);
		typed = (XtextResource) typedSet.createResource(URI.createURI("file:/bench/typed.form"));
		typed.load(new StringInputStream(template.text(), "UTF-8"), typedSet.getLoadOptions());
		int rule = template.text().indexOf("\tcheck C" + (template.rules() / 4) + " ");
		int at = template.text().indexOf("sum(", rule) + "sum(".length();
		typedTexts = new String[] { template.text(), template.text().substring(0, at) + " " + template.text().substring(at) };
		for (int i = 0; i < 2; i++) {
			List<Issue> typedErrors = typeOneCharacter().stream().filter(x -> x.getSeverity() == Severity.ERROR).toList();
			if (!typedErrors.isEmpty()) {
				throw new IllegalStateException("typing into the synthetic template gives errors: " + typedErrors);
			}
			if (!Boolean.getBoolean("formwork.linkWhole") && !((FormworkResource) typed).followedTheChange()) {
				throw new IllegalStateException("the keystroke was linked whole, not following the change");
			}
		}
		for (int i = 0; i < 2; i++) {
			int markers = keystrokeToMarkers().size();
			boolean followed = IncrementalResourceValidator.followedTheChange(typed);
			if (markers != 0 || highlighted == 0 || followed == (Boolean.getBoolean("formwork.checkWhole") || Boolean.getBoolean("formwork.linkWhole"))) {
				throw new IllegalStateException("the keystroke gave " + markers + " markers, " + highlighted
						+ " highlighted regions; its checks "
						+ (followed ? "followed the change" : "took the whole model"));
			}
		}
		cpu.clear();
		wall.clear();
		if (!proposals().contains("r01")) {
			throw new IllegalStateException("content assist does not propose the rows at the cursor: " + proposals());
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		pool.shutdownNow();
		if (!measuredCpu.isEmpty()) {
			System.out.println();
			System.out.println(timesPerOperation());
		}
	}

	/** The CPU time of the benchmark's thread and the wall clock of each keystroke to markers, this iteration. */
	final List<Long> cpu = new ArrayList<>();
	final List<Long> wall = new ArrayList<>();
	/** The same over the measured iterations. */
	final List<Long> measuredCpu = new ArrayList<>();
	final List<Long> measuredWall = new ArrayList<>();

	@Setup(Level.Iteration)
	public void startIteration() {
		cpu.clear();
		wall.clear();
	}

	@TearDown(Level.Iteration)
	public void endIteration(IterationParams iteration) {
		if (iteration.getType() == IterationType.MEASUREMENT) {
			measuredCpu.addAll(cpu);
			measuredWall.addAll(wall);
		}
	}

	/** The keystroke's times, median and tenth percentile, with the load average (for BENCHMARKS.md). */
	String timesPerOperation() {
		long[] c = measuredCpu.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] w = measuredWall.stream().mapToLong(Long::longValue).sorted().toArray();
		return String.format("keystroke to markers (checks %s): CPU time of the thread median %.1f ms (10th percentile "
				+ "%.1f), wall clock median %.1f ms (10th percentile %.1f); %d keystrokes; load average %s",
				IncrementalResourceValidator.followedTheChange(typed) ? "following the change" : "over the whole model",
				c[c.length / 2] / 1e6, c[c.length / 10] / 1e6, w[w.length / 2] / 1e6, w[w.length / 10] / 1e6, c.length,
				Main.loadAverage());
	}

	/** The whole text parsed again (as after a paste or a reload) and validated: linking, types, every check. */
	@Benchmark
	public List<Issue> reparseAndValidate() throws IOException {
		resource.reparse(template.text());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * One character typed inside a rule of the large template, as the Eclipse editor's reconciler takes it: the
	 * changed region reparsed ({@link PartialReparse}: Xtext's partial parsing), the linking following the change
	 * ({@code FormworkResource}: the reparsed rule and the links it left stale; {@code -Dformwork.linkWhole=true}
	 * links the whole model again, as before) and validated with {@code CheckMode.NORMAL_AND_FAST}. Alternately
	 * types a space and removes it.
	 */
	@Benchmark
	public List<Issue> typeOneCharacter() throws IOException {
		typedState ^= 1;
		PartialReparse.apply(typed, typedTexts[typedState]);
		return validator.validate(typed, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
	}

	/**
	 * Keystroke to markers, as the Eclipse editor's reconcile ({@code FormworkReconciler}) takes a keystroke: the
	 * partial reparse with the linking following the change, the checks following it too
	 * ({@code IncrementalResourceValidator}, {@code CheckMode.NORMAL_AND_FAST}), the semantic highlighting, and each
	 * issue turned into a marker's attributes ({@code ProblemMarkers}). Not here, being Eclipse UI: building the
	 * outline and writing the markers into the workspace. Alternately types a space into a rule and removes it.
	 * Records the CPU time of its thread and the wall clock of each keystroke, printed at the end of the trial.
	 *
	 * @return the markers' attributes (none: the template stays valid)
	 */
	@Benchmark
	public List<Map<String, Object>> keystrokeToMarkers() throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		typedState ^= 1;
		PartialReparse.apply(typed, typedTexts[typedState]);
		List<Issue> issues = validator.validate(typed, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
		List<int[]> highlights = new ArrayList<>();
		ISemanticHighlightingCalculator calculator = typed.getResourceServiceProvider()
				.get(ISemanticHighlightingCalculator.class);
		if (calculator != null) {
			calculator.provideHighlightingFor(typed, (offset, length, styles) -> highlights.add(new int[] { offset, length }),
					CancelIndicator.NullImpl);
		}
		highlighted = highlights.size();
		List<Map<String, Object>> markers = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put("message", issue.getMessage());
			attributes.put("severity", issue.getSeverity().ordinal());
			attributes.put("lineNumber", issue.getLineNumber());
			attributes.put("charStart", issue.getOffset());
			attributes.put("charEnd", issue.getOffset() + issue.getLength());
			attributes.put("code", issue.getCode());
			markers.add(attributes);
		}
		cpu.add(threads.getCurrentThreadCpuTime() - cpu0);
		wall.add(System.nanoTime() - wall0);
		return markers;
	}

	/** How many regions the last keystroke's semantic highlighting gave. */
	int highlighted;

	/** The same with every check run over the whole model, as before ({@code -Dformwork.checkWhole=true}). */
	@Benchmark
	@Fork(jvmArgsAppend = "-Dformwork.checkWhole=true")
	public List<Map<String, Object>> keystrokeToMarkersCheckedWhole() throws IOException {
		return keystrokeToMarkers();
	}

	/** The same keystroke with the whole text reparsed, as the editor did before {@link PartialReparse}. */
	@Benchmark
	public List<Issue> typeOneCharacterFullReparse() throws IOException {
		typedState ^= 1;
		typed.reparse(typedTexts[typedState]);
		return validator.validate(typed, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
	}

	/** The same for the real 2021 template (203 cells, 8 rules; its catalog loaded beside it). */
	@Benchmark
	public List<Issue> reparseAndValidate2021() throws IOException {
		real.reparse(realText);
		return validator.validate(real, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** The proposals at the cursor, as the editor asks for them. */
	@Benchmark
	public List<String> contentAssist() {
		return proposals();
	}

	private List<String> proposals() {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(pool);
		int offset = template.cursor();
		ContentAssistContext[] contexts = factory.create(template.text(), new TextRegion(offset, 0), offset, resource);
		IdeContentProposalProvider provider = injector.getInstance(IdeContentProposalProvider.class);
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
