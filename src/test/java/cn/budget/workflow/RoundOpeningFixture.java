package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Organisation;
import cn.budget.identity.UnitDraft;
import cn.budget.shared.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of a round's opening in the background share: the beans, fresh
 * departments to open it for, and the wait on the opening itself (never on the clock).
 */
abstract class RoundOpeningFixture {

	static final long WAIT_SECONDS = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisation organisation;

	@Autowired
	RoundRecorder recorder;

	@Autowired
	RoundOpening opening;

	@Autowired
	Rounds rounds;

	@Autowired
	DisclosureQueries disclosures;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Directory directory;

	@Autowired
	ObjectMapper json;

	@Autowired
	Messages messages;

	void awaitOpening(long id) throws Exception {
		CompletableFuture<Void> running = opening.runningOf(id).orElse(null);
		if (running != null) {
			running.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		assertThat(rounds.progress(supervisor(), id).pending()).isZero();
	}

	boolean onRoute(int year, String department) {
		List<Long> ids = disclosures.list(Actor.SYSTEM, year, department).stream().map(d -> d.id()).toList();
		return ids.size() == 1 && runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(ids.get(0)))
			.count() == 1;
	}

	/** Fresh departments, each with its 本级 unit: codes first, first + 1, … */
	List<String> departments(int first, int count) {
		List<String> codes = new java.util.ArrayList<>();
		for (int code = first; code < first + count; code++) {
			organisation.createUnit("admin",
					new UnitDraft(String.valueOf(code), "测试局" + code, null, "行政单位", "财政拨款", true));
			organisation.createUnit("admin",
					new UnitDraft(code + "001", "测试局" + code + "本级", String.valueOf(code), "行政单位", "财政拨款", true));
			codes.add(String.valueOf(code));
		}
		return codes;
	}

	void setActive(String unit, boolean active) {
		organisation.updateUnit("admin", unit,
				new UnitDraft(unit, "测试局" + unit.substring(0, 3) + "本级", unit.substring(0, 3), "行政单位", "财政拨款", active));
	}

	Actor supervisor() {
		return directory.actorOf("supervisor").orElseThrow();
	}

}
