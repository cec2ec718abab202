package cn.budget.exchange.reading;

/**
 * An uploaded file.
 *
 * @param filename the name it was uploaded with, may be null
 * @param content its bytes
 */
public record ImportFile(String filename, byte[] content) {
}
