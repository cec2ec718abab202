package cn.budget.disclosure;

import cn.budget.content.DisclosureState;
import cn.budget.shared.DomainException;
import cn.budget.shared.MessageCode;

/**
 * An action that the disclosure's current state does not allow, e.g. editing while in
 * review.
 */
public class IllegalDisclosureStateException extends DomainException {

	private final DisclosureState state;

	public IllegalDisclosureStateException(Long id, DisclosureState state, String action) {
		super(Kind.CONFLICT, "error.wrongState", "Disclosure " + id + " is " + state + " and cannot " + action,
				new MessageCode("state." + state.name()));
		this.state = state;
	}

	public DisclosureState getState() {
		return state;
	}

}
