package cn.budget.identity.importing;

import cn.budget.shared.FileRefused;
import org.springframework.http.HttpStatus;

/**
 * A file refused as a whole before any row is looked at: not an XLSX or CSV, too large,
 * too many rows, no recognisable sheet, a sheet without a required column. Carries the
 * answer's status and a message key.
 */
class ImportRefusedException extends FileRefused {

	ImportRefusedException(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
