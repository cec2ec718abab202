package cn.budget.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.review.CommentAnchor;
import cn.budget.review.ReviewComments;
import cn.budget.workflow.NewRound;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Rounds;
import org.springframework.context.ApplicationContext;

/**
 * Test helper: what people do on a store besides the demo data, through the application's
 * services.
 */
final class Work {

	private Work() {
	}

	/**
	 * The supervisor opens a round of the year for 县教育局, its drafter saves a whole draft
	 * (the route waits at drafting), and the reviewer comments on it.
	 */
	static long routeWithDraftAndComment(ApplicationContext app, int year) {
		Directory directory = app.getBean(Directory.class);
		RoundOpened round = app.getBean(Rounds.class)
			.open(actor(directory, "supervisor"),
					new NewRound(year, "BUDGET", LocalDate.now(app.getBean(Clock.class)), List.of("305")));
		long id = round.disclosures().get(0).id();
		app.getBean(DisclosureDrafting.class)
			.update(actor(directory, "drafter-jy"), id,
					Disclosures.wholeBudgetDisclosure(app.getBean(DisclosureQueries.class).content(Actor.SYSTEM, id)));
		app.getBean(ReviewComments.class)
			.add(actor(directory, "reviewer"), id, new CommentAnchor("overview", null, null, "部门预算概况"), "请核对收支总表的合计。");
		return id;
	}

	static Actor actor(Directory directory, String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
