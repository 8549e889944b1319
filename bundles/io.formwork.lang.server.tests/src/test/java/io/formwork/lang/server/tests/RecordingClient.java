package io.formwork.lang.server.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that keeps the diagnostics the server publishes and lets a test wait for them. */
final class RecordingClient implements LanguageClient {

	final Map<String, List<Diagnostic>> last = new ConcurrentHashMap<>();
	private final List<Waiter> waiters = new ArrayList<>();

	record Waiter(String uri, Predicate<List<Diagnostic>> condition, CompletableFuture<List<Diagnostic>> result) {
	}

	synchronized CompletableFuture<List<Diagnostic>> await(String uri, Predicate<List<Diagnostic>> condition) {
		CompletableFuture<List<Diagnostic>> result = new CompletableFuture<>();
		List<Diagnostic> current = last.get(uri);
		if (current != null && condition.test(current)) {
			result.complete(current);
		} else {
			waiters.add(new Waiter(uri, condition, result));
		}
		return result;
	}

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		last.put(diagnostics.getUri(), diagnostics.getDiagnostics());
		waiters.removeIf(w -> {
			if (w.uri().equals(diagnostics.getUri()) && w.condition().test(diagnostics.getDiagnostics())) {
				w.result().complete(diagnostics.getDiagnostics());
				return true;
			}
			return false;
		});
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
