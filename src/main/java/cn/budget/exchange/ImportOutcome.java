package cn.budget.exchange;

import java.util.List;

import cn.budget.content.DisclosureContent;

/**
 * What an import did: the disclosure as saved, and its report.
 *
 * @param disclosure the disclosure created or filled, as stored (in JSON the shape of
 * {@code GET /api/disclosures/{id}})
 * @param report the lines read and those that found no place
 */
public record ImportOutcome(DisclosureContent disclosure, Report report) {

	/**
	 * The report of an import.
	 *
	 * @param template the template recognised
	 * @param lines how many lines were read
	 * @param unplaced every line that found no place, with the reason
	 * @param notes how things were read that the reader should check (e.g. which unit a
	 * table went to)
	 * @param parts per part, how many values were placed from tables and from the text,
	 * and how many lines or figures were not placed
	 */
	public record Report(String template, int lines, List<Line> unplaced, List<Line> notes, List<PartCount> parts) {
	}

	/**
	 * What was placed in one part.
	 *
	 * @param part the part's key, or null for what came before the first part
	 * @param title the part's title in the reader's language
	 * @param fromTables values read from the document's tables
	 * @param fromText figures read from sentences of the text (each listed among the
	 * notes with its sentence)
	 * @param unplaced lines and figures not placed (listed among the unplaced lines or
	 * the notes, with the reason)
	 */
	public record PartCount(String part, String title, int fromTables, int fromText, int unplaced) {
	}

	/**
	 * One line of the report.
	 *
	 * @param line the line of the source (for DOCX, paragraphs and cells counted in
	 * reading order)
	 * @param text what it said
	 * @param reason why, in the reader's language
	 */
	public record Line(int line, String text, String reason) {
	}

}
