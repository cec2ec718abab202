package cn.budget.exchange;

import org.springframework.http.MediaType;

/**
 * An exported file.
 *
 * @param filename a name for the download, from the document's title
 * @param mediaType its type
 * @param content its bytes
 */
public record Export(String filename, MediaType mediaType, byte[] content) {
}
