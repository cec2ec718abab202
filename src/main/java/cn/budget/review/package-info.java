/**
 * Review: comments anchored to a part or a table row, decisions (sign off, approve,
 * return with reasons) and the blackline between submitted versions.
 */
@Surface({ CommentAdded.class, CommentResolved.class, DecisionRecorded.class, ReviewComments.class,
		ReviewDecisions.class, ReviewPageModel.class })
package cn.budget.review;

import cn.budget.shared.Surface;
