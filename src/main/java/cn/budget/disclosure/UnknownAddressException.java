package cn.budget.disclosure;

import cn.budget.content.ContentAddress;
import cn.budget.shared.DomainException;

/**
 * A well-formed address that names no value of this disclosure: a part, field, table, row
 * or column its template does not have, or a table or row (by position or id) that is no
 * longer there. Refused as invalid content (422), and nothing is stored.
 */
class UnknownAddressException extends DomainException {

	UnknownAddressException(ContentAddress address) {
		super(Kind.INVALID, "error.address.unknown", "No such place in this disclosure: " + address, address);
	}

}
