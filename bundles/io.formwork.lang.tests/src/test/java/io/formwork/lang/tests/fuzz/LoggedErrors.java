package io.formwork.lang.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * The errors Xtext logged instead of throwing. Xtext's resource validator catches an exception from a check or
 * from a diagnostic's location, logs it and goes on without the remaining issues; a fuzz test that only
 * watched for exceptions would never see it. Attach once, then {@link #take()} after each run.
 */
final class LoggedErrors extends AppenderSkeleton {

	private final List<String> errors = new ArrayList<>();

	static LoggedErrors attach() {
		LoggedErrors appender = new LoggedErrors();
		Logger.getRootLogger().addAppender(appender);
		return appender;
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			Throwable thrown = event.getThrowableInformation() == null ? null
					: event.getThrowableInformation().getThrowable();
			errors.add(event.getLoggerName() + ": " + event.getRenderedMessage()
					+ (thrown == null ? "" : " (" + thrown + " at " + firstFrame(thrown) + ")"));
		}
	}

	private static String firstFrame(Throwable thrown) {
		for (StackTraceElement frame : thrown.getStackTrace()) {
			if (!frame.getClassName().startsWith("java.")) {
				return frame.toString();
			}
		}
		return "?";
	}

	/** The errors logged since the last call. */
	synchronized List<String> take() {
		List<String> taken = List.copyOf(errors);
		errors.clear();
		return taken;
	}

	@Override
	public void close() {
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
