package cn.budget.exchange.writing;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's messages in the application's log (with the request id, in the
 * structured format where configured, at the levels
 * {@code logging.level.com.openhtmltopdf} sets), not on the console in a format of its
 * own: by default openhtmltopdf wrote six lines at INFO for every render, a publication's
 * among them, through java.util.logging.
 */
final class PdfLog implements XRLogger {

	private PdfLog() {
	}

	/** Sends openhtmltopdf's messages to SLF4J from now on (for the whole JVM). */
	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
			XRLog.setLoggerImpl(new PdfLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		LoggerFactory.getLogger(where).atLevel(of(level)).setCause(error).log(message);
	}

	// Levels are the logging configuration's (logging.level.*), not set through here.
	@Override
	public void setLevel(String logger, Level level) {
	}

	// Asked before a message is formatted: most never are.
	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
			.isEnabledForLevel(of(diagnostic.getLevel()));
	}

	private static org.slf4j.event.Level of(Level level) {
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			return org.slf4j.event.Level.ERROR;
		}
		if (value >= Level.WARNING.intValue()) {
			return org.slf4j.event.Level.WARN;
		}
		if (value >= Level.INFO.intValue()) {
			return org.slf4j.event.Level.INFO;
		}
		return value >= Level.FINE.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
	}

}
