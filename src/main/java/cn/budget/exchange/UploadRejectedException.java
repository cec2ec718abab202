package cn.budget.exchange;

import cn.budget.shared.FileRefused;
import org.springframework.http.HttpStatus;

/**
 * A file an import refuses before anything is stored: empty, too large, of a wrong type,
 * corrupt, encrypted or unsafe. Carries the answer's status and a message key of
 * {@code exchange.properties}.
 */
class UploadRejectedException extends FileRefused {

	UploadRejectedException(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
