package cn.budget.review;

import cn.budget.disclosure.content.DisclosureContent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.budget.checks.DisclosureChecks;
import cn.budget.disclosure.ContentChange;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionKind;
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
		model.put("changes", changesByKey(comparison.changes()));
		model.put("comments", all);
		model.put("commentsByAnchor", all.stream().collect(Collectors.groupingBy(ReviewPageModel::anchorKey)));
		model.put("openComments", all.stream().filter(c -> c.status() == CommentStatus.OPEN).count());
		model.put("submissions", versions.list(disclosureId, VersionKind.SUBMISSION));
		model.put("decisionLog", decisions.of(disclosureId));
		// The drafter's explanations of these findings are the submission notes shown
		// beside them.
		model.put("findings", checks.check(document));
		return model;
	}

	/** The key a comment hangs on: its row, else its part, else the whole document. */
	public static String anchorKey(CommentView comment) {
		CommentAnchor anchor = comment.anchor();
		if (anchor.rowId() != null) {
			return "row:" + anchor.rowId();
		}
		return anchor.partKey() == null ? "document" : "part:" + anchor.partKey();
	}

	// Keys as the page looks them up: cell:rowId:column, field:part:key,
	// header:tableId:key, row:rowId.
	private static Map<String, ContentChange> changesByKey(List<ContentChange> changes) {
		Map<String, ContentChange> byKey = new HashMap<>();
		for (ContentChange c : changes) {
			switch (c.kind()) {
				case CELL -> byKey.put("cell:" + c.rowId() + ":" + c.field(), c);
				case FIELD -> byKey.put("field:" + c.partKey() + ":" + c.field(), c);
				case HEADER -> byKey.put("header:" + c.tableId() + ":" + c.field(), c);
				case ROW_ADDED -> byKey.put("row:" + c.rowId(), c);
				case TABLE_ADDED -> byKey.put("table:" + c.tableId(), c);
				default -> byKey.put("other:" + byKey.size(), c);
			}
		}
		return byKey;
	}

}
