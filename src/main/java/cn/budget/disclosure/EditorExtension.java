package cn.budget.disclosure;

import cn.budget.content.DisclosureContent;
import java.util.Map;

import cn.budget.identity.Actor;

/**
 * Lets later features add to the drafting page without the disclosure feature knowing
 * them: the workflow shows the drafter's task and its submit form, review shows the
 * comments to deal with.
 */
public interface EditorExtension {

	/**
	 * Model attributes for the page; the page shows a feature's panel when its attributes
	 * are present.
	 */
	Map<String, Object> model(Actor actor, DisclosureContent document);

}
