package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import cn.budget.Years;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.content.MeasureUnit;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.notification.NotificationView;
import cn.budget.notification.Notifications;
import cn.budget.review.CommentAnchor;
import cn.budget.review.ReviewComments;
import cn.budget.workflow.Decision;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.Routes;
import cn.budget.workflow.TaskView;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resources of 县公安局 (312) that the route matrix calls its routes on, made through the
 * application's services. A route that changes its resource (completes the task, starts
 * the correction, opens the round) gets one in the state it needs on every call: each
 * method checks the state and makes a new one only when an earlier call used it up.
 */
class RouteFixtures {

	static final String SIGN_OFF = "Task_LeaderSignOff";

	private final Routes routes;

	private final DisclosureQueries disclosures;

	private final Inbox inbox;

	private final ReviewComments comments;

	private final Notifications notifications;

	private final long draft;

	private final long onTheRoute;

	private final long roundId;

	private final long published;

	private final long correctable;

	private final AccountFixtures accounts;

	private final FreeSlots slots;

	private final RouteBodies bodies;

	RouteFixtures(ApplicationContext context, MockMvc mvc) {
		this.accounts = new AccountFixtures(context);
		this.bodies = new RouteBodies(mvc, context.getBean(ObjectMapper.class));
		this.routes = context.getBean(Routes.class);
		this.disclosures = context.getBean(DisclosureQueries.class);
		this.inbox = context.getBean(Inbox.class);
		this.comments = context.getBean(ReviewComments.class);
		this.notifications = context.getBean(Notifications.class);
		this.draft = context.getBean(DisclosureDrafting.class)
			.create(Actor.system("test"),
					new NewDisclosure("312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN.label()))
			.id();
		var round = routes.open("312");
		this.roundId = round.id();
		this.onTheRoute = round.disclosures().get(0).id();
		routes.submitOfThePolice(onTheRoute);
		this.slots = new FreeSlots(disclosures, routes);
		this.published = publishedOne();
		this.correctable = publishedOne();
	}

	/** What belongs to people: substitutions, tokens, absences. */
	AccountFixtures accounts() {
		return accounts;
	}

	/**
	 * A year and template for which 312 has no disclosure yet, so creating one is
	 * allowed.
	 */
	FreeSlots.Slot freeSlot() {
		return slots.next();
	}

	/** What the requests send. */
	RouteBodies bodies() {
		return bodies;
	}

	/** A disclosure in drafting, outside any route. */
	long draft() {
		return draft;
	}

	/** The version to send with a change of the draft. */
	long draftVersion() {
		return disclosures.content(Actor.SYSTEM, draft).version();
	}

	/** A disclosure submitted by its drafters and waiting for its leader's sign-off. */
	long onTheRoute() {
		return onTheRoute;
	}

	long round() {
		return roundId;
	}

	/** A published disclosure that stays as it is (the portal's). */
	long published() {
		return published;
	}

	/** A published disclosure without a running correction. */
	long correctable() {
		if (disclosures.content(Actor.SYSTEM, correctable).state() != DisclosureState.PUBLISHED) {
			routes.publishOfThePolice(correctable, "更正");
		}
		return correctable;
	}

	/** The open, unclaimed sign-off task of {@link #onTheRoute()}. */
	String signOffTask() {
		TaskView task = routes.task("leader-ga", onTheRoute, SIGN_OFF).orElseGet(() -> {
			routes.submitOfThePolice(onTheRoute);
			return routes.task("leader-ga", onTheRoute, SIGN_OFF).orElseThrow();
		});
		if (task.assignee() != null) {
			inbox.unclaim(routes.actor(task.assignee()), task.id());
		}
		return task.id();
	}

	/** The sign-off task, claimed by leader-ga. */
	String signOffTaskClaimed() {
		String id = signOffTask();
		inbox.claim(routes.actor("leader-ga"), id);
		return id;
	}

	String signOffTaskAssignee() {
		return routes.task("leader-ga", onTheRoute, SIGN_OFF).orElseThrow().assignee();
	}

	/** A new open comment of the reviewer on {@link #onTheRoute()}. */
	long comment() {
		return comments.add(routes.actor("reviewer"), onTheRoute, new CommentAnchor("duties", null, null, null), "请核对")
			.id();
	}

	/**
	 * A notification of leader-ga (of the task waiting for them), or an id nobody has.
	 */
	long notification() {
		List<NotificationView> theirs = notifications.of(routes.actor("leader-ga"), 1);
		return theirs.isEmpty() ? Long.MAX_VALUE : theirs.get(0).id();
	}

	/** An unread notification of leader-ga: a new sign-off task brings one. */
	long unreadNotification() {
		return unread().orElseGet(() -> {
			routes.complete("leader-ga", onTheRoute, SIGN_OFF, Decision.RETURN, "请补充");
			signOffTask();
			return unread().orElseThrow();
		});
	}

	private Optional<Long> unread() {
		return notifications.of(routes.actor("leader-ga"), 100)
			.stream()
			.filter(n -> !n.read())
			.map(NotificationView::id)
			.findFirst();
	}

	boolean isRead(long notification) {
		return notifications.of(routes.actor("leader-ga"), 100)
			.stream()
			.anyMatch(n -> n.id() == notification && n.read());
	}

	private long publishedOne() {
		long id = routes.open("312").disclosures().get(0).id();
		routes.publishOfThePolice(id, null);
		return id;
	}

}
