package io.formwork.lang.server.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import io.formwork.lang.server.FormworkLanguageServer;

/**
 * A Formwork language server started in this JVM and an LSP4J client talking to it over piped streams (real
 * JSON-RPC messages both ways), or the runnable jar started as a process and a client on its standard streams, on a temporary workspace holding copies of the example catalog, the 2021
 * template and two 2021 filings.
 */
final class LspSession implements AutoCloseable {

	/** The bound on every wait for the server: generous, since the machine may be busy. */
	static final long WAIT_SECONDS = 60;

	final Path workspace;
	final LanguageServer server;
	final InitializeResult initialized;
	private final RecordingClient client = new RecordingClient();
	private final Future<Void> serverListening;
	private final Future<Void> clientListening;
	private final List<AutoCloseable> streams = new ArrayList<>();
	/** The server's process, or null when it runs in this JVM. */
	private final Process process;

	LspSession(Path workspace) throws Exception {
		this(workspace, initializeParams(workspace));
	}

	LspSession(Path workspace, InitializeParams params) throws Exception {
		this.workspace = workspace;
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream toClient = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 16);
		streams.addAll(List.of(toServer, serverIn, toClient, clientIn));
		serverListening = FormworkLanguageServer.start(serverIn, toClient);
		process = null;
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
		server = launcher.getRemoteProxy();
		clientListening = launcher.startListening();
		initialized = server.initialize(params).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/**
	 * A client of the server as an editor starts it: the runnable jar as a process ({@code java -jar}), the protocol
	 * on its standard input and output, its standard error to a file.
	 */
	LspSession(Path workspace, Path jar, Path stderr) throws Exception {
		this.workspace = workspace;
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		process = new ProcessBuilder(java, "-jar", jar.toString()).redirectError(stderr.toFile()).start();
		serverListening = CompletableFuture.completedFuture(null);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		server = launcher.getRemoteProxy();
		clientListening = launcher.startListening();
		initialized = server.initialize(initializeParams(workspace)).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/** A workspace with copies of real example files (the catalog, the 2019 and 2021 templates, a filing with errors). */
	static Path exampleWorkspace(Path dir) throws IOException {
		Path examples = Fixtures.examples().resolve("gov-info-disclosure");
		for (String name : List.of("gov-info-disclosure-catalog.form", "gov-info-disclosure-2019.form",
				"gov-info-disclosure-2021.form")) {
			Files.copy(examples.resolve(name), dir.resolve(name));
		}
		Files.copy(examples.resolve("filings/example-city-2021-error.filing"), dir.resolve("example-city-2021-error.filing"));
		return dir;
	}

	/** What a client such as VS Code or Neovim says it can do, for the parts that change the answer. */
	static InitializeParams initializeParams(Path workspace) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setRootUri(workspace.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setFoldingRange(new FoldingRangeCapabilities());
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		return params;
	}

	String uri(String fileName) {
		return workspace.resolve(fileName).toUri().toString();
	}

	/** Opens a document with the given text, as an editor does when the user opens a file. */
	void open(String fileName, String text) {
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
		server.getTextDocumentService().didOpen(
				new DidOpenTextDocumentParams(new TextDocumentItem(uri(fileName), extension, 1, text)));
	}

	/** The next diagnostics published for a file that satisfy the condition (earlier ones are skipped). */
	List<Diagnostic> diagnostics(String fileName, Predicate<List<Diagnostic>> condition) throws Exception {
		return client.await(uri(fileName), condition).get(WAIT_SECONDS, TimeUnit.SECONDS);
	}

	/** The last diagnostics published for a file so far, or null. */
	List<Diagnostic> lastDiagnostics(String fileName) {
		return client.last.get(uri(fileName));
	}

	@Override
	public void close() throws Exception {
		try {
			server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
			if (process != null) {
				server.exit();
				if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		} finally {
			if (process != null && process.isAlive()) {
				process.destroyForcibly();
			}
			for (AutoCloseable stream : streams) {
				stream.close();
			}
			serverListening.cancel(true);
			clientListening.cancel(true);
		}
	}

	/** The text without its {@code <|>} cursor marker, and the cursor's position. */
	record Cursor(String text, Position position) {
		static Cursor in(String marked) {
			int offset = marked.indexOf("<|>");
			if (offset < 0) {
				throw new IllegalArgumentException("no <|> cursor in the text");
			}
			return new Cursor(marked.replace("<|>", ""), Texts.position(marked, offset));
		}
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
