package io.formwork.pdf;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.formwork.forms.FormProblems;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * Reads one PDF in a thread of its own, so that whatever a hostile file does (a stack overflow from nesting,
 * memory exhausted, a loop) ends as a problem of that file: never a trace, never a hang of the caller.
 */
final class Sandbox {

	/** How long one PDF may take; the content budget stops real work long before. */
	static final long TIMEOUT_SECONDS = 120;
	private static final long STACK = 8L << 20;

	private Sandbox() {
	}

	static PdfFilingReader.Outcome run(String source, Supplier<PdfFilingReader.Outcome> work) {
		AtomicReference<PdfFilingReader.Outcome> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				result.set(work.get());
			} catch (Throwable t) { // a hostile file's StackOverflowError, OutOfMemoryError, or a bug: a problem, not a trace
				failure.set(t);
			}
		}, "formwork-pdf-reader", STACK);
		thread.setDaemon(true);
		thread.start();
		try {
			thread.join(TIMEOUT_SECONDS * 1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return problem(source, "读取被中断", "Reading was interrupted");
		}
		if (thread.isAlive()) {
			thread.interrupt();
			return problem(source, "读取超过 " + TIMEOUT_SECONDS + " 秒，已放弃", "Reading took more than " + TIMEOUT_SECONDS + " s and was given up");
		}
		Throwable t = failure.get();
		if (t instanceof StackOverflowError) {
			return problem(source, "PDF 中的对象嵌套过深，不予读取", "The PDF's objects are nested too deeply and it is not read");
		}
		if (t instanceof OutOfMemoryError) {
			return problem(source, "PDF 解开后过大（疑似 PDF 炸弹），不予读取", "The PDF is too large once decoded (a PDF bomb?) and is not read");
		}
		if (t != null) {
			return problem(source, "无法作为 PDF 读取：" + PdfFilingReader.message(t), "Cannot be read as a PDF: " + PdfFilingReader.message(t));
		}
		return result.get();
	}

	private static PdfFilingReader.Outcome problem(String source, String zh, String en) {
		return new PdfFilingReader.Outcome(null, Problem.error(FormProblems.UNREADABLE, Location.unknown(source), zh, en));
	}
}
