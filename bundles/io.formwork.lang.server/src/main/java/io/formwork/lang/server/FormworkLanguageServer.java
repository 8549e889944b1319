package io.formwork.lang.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.PatternLayout;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Starts the Formwork language server on standard input and output: JSON-RPC (the Language Server Protocol)
 * for templates ({@code .form}) and filings ({@code .filing}) in the folders the client opens.
 * <p>
 * Standard output carries the protocol alone: anything else written to {@code System.out} goes to standard
 * error, with the log (warnings and errors).
 */
public final class FormworkLanguageServer {

	private FormworkLanguageServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
			System.out.println("formwork lsp: Formwork 语言服务器，经标准输入输出通信（LSP）。"
					+ " The Formwork language server over stdio (LSP): .form templates and .filing filings.");
			return;
		}
		InputStream in = System.in;
		OutputStream out = System.out;
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.setOut(err);
		logTo(err);
		Future<Void> listening = start(in, out);
		try {
			listening.get();
		} catch (ExecutionException e) {
			err.println("formwork lsp: 连接已中断。 The connection failed: " + e.getCause());
			System.exit(1);
		}
		// The client closed the connection without the exit notification.
		System.exit(1);
	}

	/** Creates the injector of the server: Xtext's server module with Formwork's bindings over it. */
	public static Injector injector() {
		return Guice.createInjector(Modules.override(new ServerModule()).with(new FormworkServerModule()));
	}

	/**
	 * Starts a server on the given streams and returns the listening future (done when the input ends).
	 * The languages are found through their {@code org.eclipse.xtext.ISetup} service registrations.
	 */
	public static Future<Void> start(InputStream in, OutputStream out) {
		LanguageServerImpl server = injector().getInstance(LanguageServerImpl.class);
		// the framing guards (Frames, KnownMethods): malformed frames are answered and skipped, never wedge it
		Frames.Output output = new Frames.Output(out);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(new Frames(in, output))
				.setOutput(output)
				.wrapMessages(next -> new KnownMethods(next, server.getClass(), output))
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	private static void logTo(PrintStream err) {
		LogManager.resetConfiguration();
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("formwork lsp: %p %c{1} - %m%n"));
		appender.setTarget(ConsoleAppender.SYSTEM_ERR);
		appender.activateOptions();
		LogManager.getRootLogger().addAppender(appender);
		LogManager.getRootLogger().setLevel(Level.WARN);
	}
}
