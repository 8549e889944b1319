package io.formwork.lang.server.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar the build makes, started as an editor starts it ({@code java -jar}, the protocol on its
 * standard input and output): initialize, diagnostics for a broken rule and a garbled file, shutdown, exit.
 * Runs in the integration-test phase, after the server module has made the jar.
 */
class ServerProcessTest {

	@TempDir
	Path dir;

	@Test
	void theJarServesTheProtocolOnItsStandardStreamsAndExitsWhenAsked() throws Exception {
		Path jar = Fixtures.serverJar();
		assertThat(jar).as("the runnable jar (made by package of io.formwork.lang.server)").isRegularFile();
		Path workspace = Files.createDirectories(dir.resolve("workspace"));
		LspSession.exampleWorkspace(workspace);
		Path stderr = dir.resolve("stderr.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-jar", jar.toString()).redirectError(stderr.toFile()).start();
		try {
			RecordingClient client = new RecordingClient();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();

			long started = System.nanoTime();
			InitializeResult result = server.initialize(LspSession.initializeParams(workspace))
					.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
			System.out.printf("initialize answered %d ms after the start of the process%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			assertThat(result.getCapabilities().getHoverProvider().getLeft()).isTrue();
			server.initialized(new InitializedParams());

			String template = LspSession.read(workspace.resolve("gov-info-disclosure-2021.form"));
			String broken = template.replace("assert [in_force] = prior [in_force] + [issued] - [repealed]",
					"assert [in_force] + t2_8[fees, fee_amount] = prior [in_force] + [issued] - [repealed]");
			assertThat(broken).isNotEqualTo(template);
			String templateUri = workspace.resolve("gov-info-disclosure-2021.form").toUri().toString();
			server.getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(templateUri, "form", 1, broken)));
			List<Diagnostic> diagnostics = client.await(templateUri, d -> !d.isEmpty())
					.get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
			assertThat(diagnostics).extracting(d -> d.getMessage().getLeft())
					.contains("不能将件与万元相加。 Cannot add 件 and 万元.");

			String garbled = LspSession.read(Fixtures.fixtures().resolve("garbled/garbled.form"));
			String garbledUri = workspace.resolve("garbled.form").toUri().toString();
			server.getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(garbledUri, "form", 1, garbled)));
			assertThat(client.await(garbledUri, d -> !d.isEmpty()).get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS))
					.isNotEmpty();

			server.shutdown().get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
			server.exit();
			assertThat(process.waitFor(LspSession.WAIT_SECONDS, TimeUnit.SECONDS)).as("the process ended").isTrue();
			assertThat(process.exitValue()).isZero();
		} finally {
			process.destroyForcibly();
		}
		String log = Files.readString(stderr, StandardCharsets.UTF_8);
		assertThat(log).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("ERROR");
	}
}
