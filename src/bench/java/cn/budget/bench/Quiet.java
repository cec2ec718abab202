package cn.budget.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The test classpath's logging would print every engine statement: a benchmark logs warnings only. */
final class Quiet {

	private Quiet() {
	}

	static void logs() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
	}

}
