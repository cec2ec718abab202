package cn.budget.operations;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.identity.Directory;
import cn.budget.review.CommentAnchor;
import cn.budget.review.ReviewComments;
import org.springframework.context.ApplicationContext;

/**
 * Test helper: what people do on a store besides the demo data, through the application's services.
 */
final class Work {

	private Work() {
	}

	/** 县教育局's drafter saves a whole draft of the year, and the reviewer comments on it. */
	static long draftWithComment(ApplicationContext app, int year) {
		Directory directory = app.getBean(Directory.class);
		DisclosureDrafting drafting = app.getBean(DisclosureDrafting.class);
		DisclosureDocument created = drafting.createForSystem("drafter-jy", "305", year, "BUDGET",
				MeasureUnit.WAN_YUAN);
		drafting.update(directory.actorOf("drafter-jy").orElseThrow(), created.getId(),
				Disclosures.wholeBudgetDisclosure(created));
		app.getBean(ReviewComments.class)
			.add(directory.actorOf("reviewer").orElseThrow(), created.getId(),
					new CommentAnchor("overview", null, null, "部门预算概况"), "请核对收支总表的合计。");
		return created.getId();
	}

}
