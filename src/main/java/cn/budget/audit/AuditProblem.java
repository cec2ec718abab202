package cn.budget.audit;

import java.time.LocalDate;

/**
 * What verification found wrong with a chain, at which event, and what showed it: the
 * events themselves, the chain head or a public anchor (then its date and id).
 */
public record AuditProblem(Kind kind, long seq, Source source, LocalDate anchorDate, Long anchorId) {

	/** How the chain was broken. */
	public enum Kind {

		/**
		 * The event's MAC does not match its content: changed, or hashed without the key.
		 */
		CHANGED,
		/** A gap in the sequence: the event was removed. */
		MISSING,
		/** The event is sealed, but for another place in the chain. */
		REORDERED,
		/**
		 * Events after this one were removed: the head or an anchor names a later one.
		 */
		TRUNCATED,
		/** A public anchor's digest no longer matches the chain or its own list. */
		ANCHOR_MISMATCH

	}

	/** What showed the problem. */
	public enum Source {

		EVENT, HEAD, ANCHOR

	}

	static AuditProblem of(Kind kind, long seq, Source source) {
		return new AuditProblem(kind, seq, source, null, null);
	}

	static AuditProblem anchor(Kind kind, long seq, LocalDate date, long anchorId) {
		return new AuditProblem(kind, seq, Source.ANCHOR, date, anchorId);
	}

	/** The message key that explains the problem on the timeline. */
	public String messageKey() {
		return "timeline.problem." + kind + "." + source;
	}

}
