package cn.budget.review;

import cn.budget.content.DisclosureContent;
import java.util.List;
import java.util.Map;

import cn.budget.disclosure.EditorExtension;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * On the drafting page, every comment of the leader and the reviewers, so that a returned
 * disclosure shows its reasons where it is fixed.
 */
@Component
class CommentPanel implements EditorExtension {

	private final ReviewComments comments;

	CommentPanel(ReviewComments comments) {
		this.comments = comments;
	}

	@Override
	public Map<String, Object> model(Actor actor, DisclosureContent document) {
		List<CommentView> all = comments.of(actor, document.id());
		return all.isEmpty() ? Map.of() : Map.of("editorComments", all);
	}

}
