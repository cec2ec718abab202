package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.content.MeasureUnit;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.disclosure.PartContent;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default: H2 in file mode under the data directory keeps every saved value
 * across a restart of the application.
 */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aRestartKeepsEverySavedValue() {
		long id;
		DisclosureUpdate saved;
		try (ConfigurableApplicationContext first = start()) {
			DisclosureDrafting drafting = first.getBean(DisclosureDrafting.class);
			DisclosureDocument created = Disclosures.document(drafting.create(Actor.system("drafter-ga"),
					new NewDisclosure("312", 2026, "BUDGET", MeasureUnit.WAN_YUAN.label())));
			saved = Disclosures.wholeBudgetDisclosure(created);
			drafting.update(first.getBean(Directory.class).actorOf("drafter-ga").orElseThrow(), created.getId(), saved);
			id = created.getId();
		}
		try (ConfigurableApplicationContext second = start()) {
			assertReadsAsSaved(Disclosures.document(second.getBean(DisclosureQueries.class).content(Actor.SYSTEM, id)),
					saved);
		}
	}

	private static void assertReadsAsSaved(DisclosureDocument read, DisclosureUpdate saved) {
		for (PartContent part : saved.getParts()) {
			assertThat(read.part(part.getKey()).orElseThrow().getFields()).as(part.getKey())
				.isEqualTo(part.getFields());
			assertThat(read.part(part.getKey()).orElseThrow().getTables()).as(part.getKey())
				.hasSameSizeAs(part.getTables());
		}
		assertThat(read.part("procurement")
			.orElseThrow()
			.getTables()
			.get(0)
			.getRows()
			.get(4)
			.getCells()
			.get("amount")
			.isConfidential()).isTrue();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BudgetDisclosureApplication.class).run("--server.port=0",
				"--app.data-dir=" + dataDir, "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
	}

}
