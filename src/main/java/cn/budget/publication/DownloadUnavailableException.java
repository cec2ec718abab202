package cn.budget.publication;

/**
 * A download rendered on request could not be rendered, or found no free render slot (no
 * cause then): the portal answers 503 with a page in the reader's language (never the
 * exception), and the cause is logged.
 */
class DownloadUnavailableException extends RuntimeException {

	DownloadUnavailableException(String download, Throwable cause) {
		super("The download " + download + " could not be rendered", cause);
	}

}
