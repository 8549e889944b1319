package io.formwork.lang.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import com.google.gson.Gson;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * A request for a method the server does not implement is answered {@code -32601} (method not found), as
 * JSON-RPC says, before it reaches the server (which would fail it as an internal error, {@code -32603}).
 * Notifications pass: an unknown one is ignored by the protocol's rules.
 */
public final class KnownMethods implements MessageConsumer {

	private static final Gson GSON = new Gson();
	private final MessageConsumer next;
	private final Set<String> methods;
	private final Frames.Output out;

	public KnownMethods(MessageConsumer next, Class<?> server, Frames.Output out) {
		this.next = next;
		this.methods = ServiceEndpoints.getSupportedMethods(server).keySet();
		this.out = out;
	}

	/** The request's id as JSON: a number as a number, a string quoted (LSP4J holds it as an Either). */
	static String idJson(RequestMessage request) {
		Object raw = request.getRawId();
		if (raw instanceof Either<?, ?> either) {
			raw = either.isLeft() ? either.getLeft() : either.getRight();
		}
		return raw == null ? "null" : raw instanceof Number number ? number.toString() : GSON.toJson(raw.toString());
	}

	@Override
	public void consume(Message message) {
		if (message instanceof RequestMessage request && request.getMethod() != null
				&& !methods.contains(request.getMethod())) {
			try {
				out.answer(idJson(request), -32601, "Method not found: " + request.getMethod());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return;
		}
		next.consume(message);
	}
}
