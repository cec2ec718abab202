package cn.budget.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.workflow.ProcessStep;
import cn.budget.workflow.ReviewProcess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One timeline per disclosure: its audit events merged with what Camunda's history
 * recorded of its route, and whether the audit chain verifies intact.
 */
@Controller
class TimelinePage {

	static final String VIEW_TIMELINE = "audit/timeline";

	private final AuditTrail trail;

	private final ReviewProcess process;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	TimelinePage(AuditTrail trail, ReviewProcess process, DisclosureQueries disclosures, Directory directory) {
		this.trail = trail;
		this.process = process;
		this.disclosures = disclosures;
		this.directory = directory;
	}

	/**
	 * One line of the timeline: an audit event or a process step; {@code onBehalfOf} is
	 * the absent person a substitute's decision was taken for, {@code address} the
	 * changed place of a content change.
	 */
	record Entry(Instant at, String source, String actor, String onBehalfOf, String kind, String part, String field,
			String from, String to, String hash, String address) {

		// A decision's part names the person it was taken for (AuditRecorder).
		static Entry of(AuditTrail.Event e, Function<String, String> nameOf) {
			boolean decision = "DECISION".equals(e.kind());
			return new Entry(e.at(), "audit", nameOf.apply(e.actor()), decision ? nameOf.apply(e.part()) : null,
					e.kind(), decision ? null : e.part(), e.field(), e.from(), e.to(), e.hash(), e.address());
		}

	}

	@GetMapping("/disclosures/{id}/timeline")
	String timeline(@PathVariable long id, Model model) {
		Actor actor = directory.currentActor();
		DisclosureSummary document = disclosures.summary(actor, id);
		AuditTrail.Checked audit = trail.checked(actor, id);
		List<Entry> entries = new ArrayList<>();
		// A large save makes thousands of events by one person: each name is looked up
		// once.
		Map<String, String> names = new HashMap<>();
		Function<String, String> nameOf = u -> u == null ? null : names.computeIfAbsent(u, this::nameOf);
		audit.events().forEach(e -> entries.add(Entry.of(e, nameOf)));
		for (ProcessStep step : process.historyOf(id)) {
			entries.add(new Entry(step.started(), "process", nameOf.apply(step.assignee()), null, step.type(), null,
					step.name(), null, step.ended() == null ? null : step.ended().toString(), null, null));
		}
		entries.sort(Comparator.comparing(Entry::at));
		model.addAttribute("document", document);
		model.addAttribute("entries", entries);
		model.addAttribute("verification", audit.verification());
		return VIEW_TIMELINE;
	}

	/**
	 * Who acted, by the name people know them by, with the username: a deactivated person
	 * is still found, so the timeline keeps showing who they were.
	 */
	private String nameOf(String username) {
		return directory.user(username).map(u -> u.displayName() + " (" + username + ")").orElse(username);
	}

}
