package cn.budget.operations;

import cn.budget.shared.DomainException;

/**
 * A backup this store cannot take: PostgreSQL is backed up with pg_dump, an in-memory
 * database not at all, and a backup of the same second exists already.
 */
public class BackupRefusedException extends DomainException {

	BackupRefusedException(String messageKey, Object... args) {
		super(Kind.CONFLICT, messageKey, messageKey, args);
	}

}
