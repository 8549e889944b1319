package io.formwork.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import io.formwork.filing.JsonFilingReader;
import io.formwork.forms.format.BuiltInFormats;
import io.formwork.forms.format.FilingFormat;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.ValidationResult;
import io.formwork.runtime.compiled.FigureSlots;
import io.formwork.runtime.compiled.TypedFiling;

/**
 * The one pipeline behind every door (the command line, the Maven plugin, the Eclipse builder, the language
 * server): a file's format from the registry ({@link FilingFormats}), its template by the one discovery rule
 * ({@link Templates}), the filing read with that template's layout, its previous period brought into the
 * template's terms ({@link PeriodMapping}), and the findings a user reads (fail and not assessable; passes counted).
 * Doors only adapt what it gives: report format, exit code, markers, diagnostics.
 *
 * <p>Thread-safe: a set of filings is validated on all cores ({@link #validateAll}), the results handed on in
 * input order, none kept after it is handed on.
 */
public final class Pipeline {

	/** A named previous period that cannot be used: the door's exit 2. */
	public static final class PriorError extends Exception {
		private static final long serialVersionUID = 1L;
		private final Problem problem;

		public PriorError(Problem problem) {
			super(problem.en());
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	/** A filing as read, with the template discovery gave it (null: none, the filing then holds {@code filing.noTemplate}). */
	public record Read(Path file, Filing filing, CompiledTemplate template) {
	}

	/** Options of a run. */
	public record Options(boolean includePasses, boolean fastPath, int threads) {
		public static final Options DEFAULT = new Options(false, true, Runtime.getRuntime().availableProcessors());

		public Options includePasses(boolean include) {
			return new Options(include, fastPath, threads);
		}

		public Options fastPath(boolean fast) {
			return new Options(includePasses, fast, threads);
		}

		public Options threads(int n) {
			return new Options(includePasses, fastPath, Math.max(1, n));
		}
	}

	/** What receives each result, in input order. */
	@FunctionalInterface
	public interface Sink {
		void accept(ValidationResult result) throws IOException;
	}

	/**
	 * What turns a result into what the sink takes, in the thread that validated it (a door renders its report's
	 * part there, so that the one thread that hands results on in order only copies).
	 */
	@FunctionalInterface
	public interface Prepare<T> {
		T apply(ValidationResult result) throws IOException;
	}

	/** What receives each prepared result, in input order. */
	@FunctionalInterface
	public interface Ordered<T> {
		void accept(T prepared) throws IOException;
	}

	private final Templates templates;
	private final FilingFormats formats;
	private final PeriodMapping periods = new PeriodMapping();
	private final Options options;
	/** A typed filing per template and thread, for the fast path. */
	private final ThreadLocal<Map<String, TypedFiling>> typed = ThreadLocal.withInitial(HashMap::new);
	/** The template the last JSON filing of a thread named: the first guess for the next. */
	private final ThreadLocal<CompiledTemplate> lastTemplate = new ThreadLocal<>();
	/** The previous period named for the whole run, whose typed forms are kept per template. */
	private volatile Read sharedPrior;
	/** The previous period's typed filing in the terms of each template, for the fast path. */
	private final Map<String, TypedFiling> priorTyped = new ConcurrentHashMap<>();

	public Pipeline(Templates templates, FilingFormats formats, Options options) {
		this.templates = templates;
		this.formats = formats;
		this.options = options;
	}

	public Pipeline(Templates templates) {
		this(templates, FilingFormats.standard(), Options.DEFAULT);
	}

	public Templates templates() {
		return templates;
	}

	public FilingFormats formats() {
		return formats;
	}

	public PeriodMapping periods() {
		return periods;
	}

	public Options options() {
		return options;
	}

	/** Reads a file: its format, its template by the discovery rule, the filing read with that template's layout. */
	public Read read(Path file) {
		return read(file, 0);
	}

	/** As {@link #read(Path)}, the file's year stated by the set it is in (0: none; then its name or title tells). */
	public Read read(Path file, int year) {
		FilingFormat format;
		try {
			format = formats.formatOf(file);
		} catch (IOException | RuntimeException e) {
			return new Read(file, CompiledTemplate.unreadable(file, e), templates.compiled(templates.chooseId(null, file, year)));
		}
		try {
			if (format.layoutFree()) {
				String guess = templates.chooseId(null, file, year);
				CompiledTemplate context = guess != null ? templates.compiled(guess) : anyTemplate();
				Filing filing = readWith(format, file, context);
				return withTemplate(file, filing, filing.template(), year);
			}
			String named = format.templateOf(file);
			String template = templates.chooseId(named, file, year);
			if (template == null) {
				return noTemplate(file, new Filing(file.toString()).template(named), named);
			}
			CompiledTemplate compiled = templates.compiled(template);
			Filing filing = readWith(format, file, compiled);
			if (filing.template() == null) {
				// a page or hand-written report names no template: it is read, and validated, as the chosen one's
				filing.template(template);
			}
			return new Read(file, filing, compiled);
		} catch (IOException | RuntimeException e) {
			return new Read(file, CompiledTemplate.unreadable(file, e), templates.compiled(templates.chooseId(null, file, year)));
		}
	}

	private Filing readWith(FilingFormat format, Path file, CompiledTemplate context) throws IOException {
		if (format == FilingFormats.FILING) {
			// the textual format is read into the templates' resource set, which is not thread-safe
			synchronized (templates.resourceSet()) {
				return format.read(file, context.context());
			}
		}
		return format.read(file, context.context());
	}

	private Read withTemplate(Path file, Filing filing, String named, int year) {
		String template = templates.chooseId(named, file, year);
		if (template == null) {
			if (isUnreadable(filing)) {
				return new Read(file, filing, null);
			}
			return noTemplate(file, filing, named);
		}
		return new Read(file, filing, templates.compiled(template));
	}

	private Read noTemplate(Path file, Filing filing, String named) {
		String[] why = templates.whyNone(named, file);
		filing.problem(Problem.error(ProblemCodes.NO_TEMPLATE, Location.unknown(file.toString()), why[0], why[1]));
		return new Read(file, filing, null);
	}

	private CompiledTemplate anyTemplate() {
		return templates.compiled(templates.ids().iterator().next());
	}

	/**
	 * The previous period named explicitly ({@code --prior}, a door's setting): read by the same rules as any filing.
	 *
	 * @throws PriorError when it is missing, not a regular file (a folder, a FIFO), or unreadable
	 */
	public Read prior(Path file) throws PriorError {
		String where = file.toString();
		if (!Files.exists(file)) {
			throw priorError(where, "上期填报不存在", "The previous period's filing does not exist");
		}
		if (!Files.isRegularFile(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
			throw priorError(where, "上期填报不是普通文件", "The previous period's filing is not a regular file");
		}
		if (!Files.isReadable(file)) {
			throw priorError(where, "上期填报无法读取", "The previous period's filing cannot be read");
		}
		Read read = read(file);
		for (Problem problem : read.filing().problems()) {
			if (ProblemCodes.UNREADABLE.equals(problem.code())) {
				throw priorError(problem.location() == null ? where : problem.location().toString(),
						"上期填报无法读取：" + problem.zh(), "The previous period's filing cannot be read: " + problem.en());
			}
		}
		return read;
	}

	private static PriorError priorError(String where, String zh, String en) {
		return new PriorError(Problem.error(ProblemCodes.PRIOR_UNREADABLE, Location.unknown(where), zh, en));
	}

	/** The previous period in the terms of a template (through the revision chain), or null. */
	public Filing inTermsOf(CompiledTemplate template, Read prior) {
		return prior == null ? null : periods.inTermsOf(template, prior.filing());
	}

	/** Validates a read filing with its previous period (already in its template's terms, or null). */
	public ValidationResult validate(Read read, Filing prior) {
		if (read.template() == null) {
			return new ValidationResult(read.filing(), read.filing().problems(), List.of());
		}
		return options.includePasses() ? read.template().engine.validate(read.filing(), prior)
				: read.template().engine.validateNonPassing(read.filing(), prior);
	}

	/**
	 * Validates one file with the explicitly named previous period (or null): the fast path
	 * ({@code JsonFilingReader.readInto}, then exact findings only for what did not pass) when the file is JSON and
	 * passes are not asked for; the same findings as the slow path either way.
	 */
	public ValidationResult validate(Path file, Read prior) {
		if (options.fastPath() && !options.includePasses()) {
			ValidationResult fast = fast(file, prior);
			if (fast != null) {
				return fast;
			}
		}
		Read read = read(file);
		return validate(read, read.template() == null ? null : inTermsOf(read.template(), prior));
	}

	/** The fast path for JSON files, or null when the file is not one (or no template can be guessed). */
	private ValidationResult fast(Path file, Read prior) {
		FilingFormat format = formats.byExtension(file);
		if (format != BuiltInFormats.JSON) {
			return null;
		}
		CompiledTemplate guess = lastTemplate.get();
		if (guess == null) {
			String chosen = templates.chooseId(null, file, 0);
			guess = chosen == null ? anyTemplate() : templates.compiled(chosen);
		}
		TypedFiling into = typedFor(guess);
		List<Problem> problems = new JsonFilingReader().readInto(file, into);
		if (problems.stream().anyMatch(p -> ProblemCodes.UNREADABLE.equals(p.code()))) {
			return null;
		}
		String template = templates.chooseId(into.template(), file, 0);
		if (template == null) {
			return null;
		}
		CompiledTemplate compiled = templates.compiled(template);
		if (compiled != guess) {
			into = typedFor(compiled);
			problems = new JsonFilingReader().readInto(file, into);
		}
		lastTemplate.set(compiled);
		return compiled.engine.validateNonPassing(into, problems, priorTyped(compiled, prior));
	}

	private TypedFiling typedFor(CompiledTemplate template) {
		return typed.get().computeIfAbsent(template.plan.templateId(), id -> FigureSlots.filing(template.engine.layout()));
	}

	private TypedFiling priorTyped(CompiledTemplate template, Read prior) {
		if (prior == null) {
			return null;
		}
		if (prior != sharedPrior) {
			TypedFiling filing = FigureSlots.filing(template.engine.layout());
			FigureSlots.bind(filing, inTermsOf(template, prior));
			return filing;
		}
		return priorTyped.computeIfAbsent(template.plan.templateId(), id -> {
			TypedFiling filing = FigureSlots.filing(template.engine.layout());
			FigureSlots.bind(filing, inTermsOf(template, prior));
			return filing;
		});
	}

	/**
	 * The body, year and template a file states (any may be null), whether reading it found it unreadable, and the
	 * file as read when reading it was the way to know them (null for a JSON filing, whose body and year are read the
	 * fast way, without building the filing).
	 */
	public record Stated(String body, Integer year, String template, boolean unreadable, Read read) {

		/** The same, without the file as read (what a set keeps of a file it does not hold). */
		Stated identity() {
			return read == null ? this : new Stated(body, year, template, unreadable, null);
		}
	}

	/** What a file states about its body, year and template: a JSON filing read the fast way, others read whole. */
	public Stated stated(Path file) {
		if (formats.byExtension(file) == BuiltInFormats.JSON) {
			CompiledTemplate guess = lastTemplate.get();
			if (guess == null) {
				String chosen = templates.chooseId(null, file, 0);
				guess = chosen == null ? anyTemplate() : templates.compiled(chosen);
			}
			TypedFiling into = typedFor(guess);
			boolean unreadable = new JsonFilingReader().readInto(file, into).stream().anyMatch(Pipeline::isUnreadable);
			return new Stated(into.body(), into.year(), into.template(), unreadable, null);
		}
		Read read = read(file);
		return new Stated(read.filing().body(), read.filing().year(), read.filing().template(), isUnreadable(read.filing()),
				read);
	}

	/**
	 * Validates the filings of a set (a CLI folder, the Maven filing folder, an Eclipse project, a language
	 * server's workspace), each with the same body's filing of the previous year as its previous period
	 * ({@link SetPriors}, the one pairing rule), brought through the revision chain into its template's terms.
	 * Two passes: the first learns each file's body and year (JSON filings the fast way, holding nothing; any other
	 * file read whole); the second validates in input order, reading a previous period again when it is needed.
	 * Of the first pass's whole reads only those of the first {@link #heldReads()} files are kept for the second
	 * (they are validated first, so few are held at any time); the others are read again: memory stays flat however
	 * large the set, at the cost of a second read of a non-JSON file beyond the first few.
	 */
	public void validateSet(List<Path> files, Sink sink) throws IOException {
		SetPriors pairing = new SetPriors();
		Map<Path, Stated> stated = new HashMap<>();
		Map<Path, Read> held = new ConcurrentHashMap<>();
		int holding = heldReads();
		for (Path file : files) {
			Stated about;
			try {
				about = stated(file);
			} catch (RuntimeException e) {
				continue; // validated (and reported) in the second pass; no one's previous period
			}
			pairing.add(file, about.body(), about.year());
			stated.put(file, about.identity());
			if (about.read() != null && held.size() < holding) {
				held.put(file, about.read());
			}
		}
		maxHeld = held.size();
		validateEach(files, file -> {
			Stated about = stated.get(file);
			Path before = about == null ? null : pairing.priorOf(file, about.body(), about.year());
			Read prior = before == null ? null : read(before);
			Read own = held.remove(file);
			if (own == null) {
				return validate(file, prior);
			}
			return validate(own, own.template() == null ? null : inTermsOf(own.template(), prior));
		}, sink::accept);
	}

	/**
	 * How many whole reads of {@link #validateSet}'s first pass are kept for its second: the files in flight in
	 * {@link #validateEach}'s window.
	 */
	int heldReads() {
		return Math.max(1, options.threads()) * WINDOW_PER_THREAD;
	}

	/** The most reads the last {@link #validateSet} held between its passes (what its memory test reads). */
	volatile int maxHeld;

	/**
	 * Validates files with one explicitly named previous period (or none) on {@link Options#threads()} threads,
	 * handing each result to the sink in input order as soon as it and those before it are done. The files are
	 * taken from the iterable one at a time as the window has room ({@code threads × 8} filings in flight at most),
	 * so a lazily read list (a folder walked, an {@code @list} read line by line) is never held whole.
	 */
	public void validateAll(Iterable<Path> files, Read prior, Sink sink) throws IOException {
		validateAll(files, prior, result -> result, sink::accept);
	}

	/**
	 * As {@link #validateAll(Iterable, Read, Sink)}, each result first prepared in the thread that validated it, the
	 * prepared results handed to the sink in input order.
	 */
	public synchronized <T> void validateAll(Iterable<Path> files, Read prior, Prepare<T> prepare, Ordered<T> sink)
			throws IOException {
		if (prior != sharedPrior) { // the typed forms of another previous period must not serve this one
			priorTyped.clear();
			sharedPrior = prior;
		}
		validateEach(files, file -> prepare.apply(validate(file, prior)), sink);
	}

	/** As {@link #validateAll(Iterable, Read, Sink)}, each file's previous period given by a function (null: none). */
	public void validateAll(Iterable<Path> files, Function<Path, Read> priors, Sink sink) throws IOException {
		validateEach(files, file -> validate(file, priors.apply(file)), sink::accept);
	}

	/** One file's validation (and preparation) in a worker. */
	@FunctionalInterface
	private interface Work<T> {
		T apply(Path file) throws IOException;
	}

	/**
	 * Runs a validation per file on {@link Options#threads()} threads, the results to the sink in input order; the
	 * files are taken from the iterable one at a time as the window has room.
	 */
	private <T> void validateEach(Iterable<Path> files, Work<T> validation, Ordered<T> sink) throws IOException {
		Iterator<Path> next = files.iterator();
		if (!next.hasNext()) {
			return;
		}
		Path first = next.next();
		if (options.threads() <= 1 || !next.hasNext()) {
			sink.accept(validation.apply(first));
			while (next.hasNext()) {
				sink.accept(validation.apply(next.next()));
			}
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
			Thread thread = new Thread(runnable, "formwork-validate");
			thread.setDaemon(true);
			return thread;
		});
		try {
			ArrayDeque<Future<T>> window = new ArrayDeque<>();
			int limit = options.threads() * WINDOW_PER_THREAD;
			window.add(pool.submit(() -> validation.apply(first)));
			while (next.hasNext() || !window.isEmpty()) {
				while (next.hasNext() && window.size() < limit) {
					Path file = next.next();
					window.add(pool.submit(() -> validation.apply(file)));
				}
				sink.accept(take(window.poll()));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** Filings in flight per thread in {@link #validateAll}: enough to keep every core busy, few enough to stay flat. */
	static final int WINDOW_PER_THREAD = 8;

	private static <T> T take(Future<T> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException(cause);
		}
	}

	/** Whether a filing holds the problem that it cannot be read at all (exit 2). */
	public static boolean isUnreadable(Filing filing) {
		return filing.problems().stream().anyMatch(Pipeline::isUnreadable);
	}

	public static boolean isUnreadable(Problem problem) {
		return ProblemCodes.UNREADABLE.equals(problem.code());
	}

	/** Whether no template could be told for a result's filing ({@code filing.noTemplate}). */
	public static boolean hasNoTemplate(ValidationResult result) {
		return result.problems().stream().anyMatch(p -> ProblemCodes.NO_TEMPLATE.equals(p.code()));
	}

	/** Whether a result holds the problem that its filing cannot be read at all (exit 2). */
	public static boolean isUnreadable(ValidationResult result) {
		return result.problems().stream().anyMatch(Pipeline::isUnreadable);
	}

	// ------------------------------------------------------------------ which files of a folder are filings

	/** Folders never searched for filings: the CLI's and build's outputs, IDE output. */
	public static final List<String> EXCLUDED_FOLDERS = List.of("expected", "target", "bin");

	/**
	 * The filings of a folder (and its subfolders), sorted: every file a format of the registry owns by extension,
	 * except under {@link #EXCLUDED_FOLDERS} and hidden folders, and except .form files. Narrative text and pages
	 * count only when they sit in a filing folder ({@code filingFolders}, relative to {@code root}; empty: every
	 * folder), or name a template (filled forms).
	 */
	public List<Path> filings(Path root, List<String> filingFolders) throws IOException {
		List<Path> result = new ArrayList<>();
		try (var walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				if (isFiling(root, file, filingFolders)) {
					result.add(file);
				}
			}
		}
		return result;
	}

	/** The rule of {@link #filings}: for one file under {@code root}. */
	public boolean isFiling(Path root, Path file, List<String> filingFolders) {
		return isFiling(formats, root, file, filingFolders);
	}

	/** The rule of {@link #filings} with the formats of a registry, for one file under {@code root}. */
	public static boolean isFiling(FilingFormats formats, Path root, Path file, List<String> filingFolders) {
		Path relative = root.relativize(file);
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			String folder = relative.getName(i).toString();
			if (EXCLUDED_FOLDERS.contains(folder) || folder.startsWith(".")) {
				return false;
			}
		}
		String name = file.getFileName().toString();
		if (name.endsWith(".form") || name.startsWith(".")) {
			return false;
		}
		FilingFormat format = formats.byExtension(file);
		if (format == null) {
			return false;
		}
		if (format.layoutFree() || format.templateOf(file) != null) {
			return true;
		}
		if (filingFolders == null || filingFolders.isEmpty()) {
			return true;
		}
		Path parent = relative.getParent() == null ? Path.of("") : relative.getParent();
		return filingFolders.stream().anyMatch(folder -> parent.startsWith(Path.of(folder)));
	}
}
