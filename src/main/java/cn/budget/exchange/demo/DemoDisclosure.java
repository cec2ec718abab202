package cn.budget.exchange.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.exchange.DisclosureImports;
import cn.budget.exchange.ImportOutcome;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (unless {@code app.demo-data} is false), imports a real disclosure (seed
 * 001, 平乡县公安局 2020) as last year's published disclosure of the demo 县公安局, last year being
 * relative to the application's clock.
 */
@Component
@Order(40)
class DemoDisclosure implements ApplicationRunner {

	static final String DEPARTMENT = "312";

	static final String DOCUMENT = "/demo/pingxiang-police-2020.txt";

	private static final Logger log = LoggerFactory.getLogger(DemoDisclosure.class);

	private final DisclosureImports imports;

	private final DisclosureQueries queries;

	private final DemoPublisher publisher;

	private final Directory directory;

	private final Clock clock;

	private final boolean enabled;

	DemoDisclosure(DisclosureImports imports, DisclosureQueries queries, DemoPublisher publisher, Directory directory,
			Clock clock, @Value("${app.demo-data:true}") boolean enabled) {
		this.imports = imports;
		this.queries = queries;
		this.publisher = publisher;
		this.directory = directory;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		int year = Year.now(clock).getValue() - 1;
		if (!enabled || directory.department(DEPARTMENT).isEmpty()
				|| !queries.list(Actor.SYSTEM, year, DEPARTMENT).isEmpty()) {
			return;
		}
		ImportOutcome outcome = imports.importAsYear(Actor.system(LifecycleDemoPublisher.SYSTEM), DEPARTMENT, year,
				new ImportFile(DOCUMENT, read()));
		publisher.publish(outcome.disclosure().id());
		log.info("Imported and published the demo disclosure of department {} for {}", DEPARTMENT, year);
	}

	private static byte[] read() {
		try (InputStream in = DemoDisclosure.class.getResourceAsStream(DOCUMENT)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
