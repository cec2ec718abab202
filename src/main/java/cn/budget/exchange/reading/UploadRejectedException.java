package cn.budget.exchange.reading;

import cn.budget.shared.FileRefused;
import org.springframework.http.HttpStatus;

/**
 * A file an import refuses before anything is stored: empty, too large, of a wrong type,
 * corrupt, encrypted or unsafe. Carries the answer's status and a message key of
 * {@code exchange.properties}.
 */
public class UploadRejectedException extends FileRefused {

	public UploadRejectedException(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
