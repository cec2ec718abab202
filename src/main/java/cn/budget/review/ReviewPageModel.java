package cn.budget.review;

import cn.budget.content.DisclosureContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.checks.DisclosureChecks;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * What a review page shows beside the document: comments by anchor, the blackline since
 * the previous submission (changed cells, fields and header fields, added rows), the
 * submissions with the drafters' explanations and the decisions taken so far.
 */
@Component
public class ReviewPageModel {

	private final DisclosureQueries disclosures;

	private final DisclosureVersions versions;

	private final ReviewComments comments;

	private final ReviewDecisions decisions;

	private final Blackline blackline;

	private final DisclosureChecks checks;

	ReviewPageModel(DisclosureQueries disclosures, DisclosureVersions versions, ReviewComments comments,
			ReviewDecisions decisions, Blackline blackline, DisclosureChecks checks) {
		this.disclosures = disclosures;
		this.versions = versions;
		this.comments = comments;
		this.decisions = decisions;
		this.blackline = blackline;
		this.checks = checks;
	}

	public Map<String, Object> of(Actor actor, long disclosureId) {
		DisclosureContent document = disclosures.content(actor, disclosureId);
		Blackline.Comparison comparison = blackline.compare(actor, disclosureId, null, null);
		List<CommentView> all = comments.of(actor, disclosureId);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("document", document);
		model.put("template", disclosures.templateOf(document));
		model.put("comparison", comparison);
		model.put("changes", new ChangeMarks(comparison.changes()));
		model.put("comments", all);
		model.put("commentsByAnchor", new CommentThreads(all));
		model.put("openComments", all.stream().filter(c -> c.status() == CommentStatus.OPEN).count());
		model.put("submissions", versions.list(disclosureId, VersionInfo.Kind.SUBMISSION));
		model.put("decisionLog", decisions.of(disclosureId));
		// The drafter's explanations of these findings are the submission notes shown
		// beside them.
		model.put("findings", checks.check(document));
		return model;
	}

}
