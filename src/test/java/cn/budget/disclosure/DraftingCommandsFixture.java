package cn.budget.disclosure;

import cn.budget.Years;
import cn.budget.audit.AuditTrail;
import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.MeasureUnit;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of the drafting commands share: the services, a fresh draft of 县公安局 and
 * the people who act on it.
 */
abstract class DraftingCommandsFixture {

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	DisclosureLifecycle lifecycle;

	@Autowired
	AuditTrail audit;

	@Autowired
	Directory directory;

	/** The 公务接待费 of this year, the cell the figure tests place into. */
	static CellView receptionNow(DisclosureContent content) {
		return content.table("three_public", "three_public")
			.flatMap(t -> t.row("reception"))
			.orElseThrow()
			.cell("current");
	}

	long draft() {
		return drafting.createDraft(actor("drafter-ga"), "312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN);
	}

	long version(long id) {
		return document(id).getVersion();
	}

	DisclosureDocument document(long id) {
		return queries.document(actor("drafter-ga"), id);
	}

	Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
