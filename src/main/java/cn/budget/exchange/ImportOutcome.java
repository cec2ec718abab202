package cn.budget.exchange;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;

/**
 * What an import did: the disclosure as saved, and its report.
 *
 * @param disclosure the disclosure created or filled
 * @param report the lines read and those that found no place
 */
public record ImportOutcome(DisclosureDocument disclosure, Report report) {

	/**
	 * The report of an import.
	 * @param template the template recognised
	 * @param lines how many lines were read
	 * @param unplaced every line that found no place, with the reason
	 * @param notes how things were read that the reader should check (e.g. which unit a table went to)
	 */
	public record Report(String template, int lines, List<Line> unplaced, List<Line> notes) {
	}

	/**
	 * One line of the report.
	 * @param line the line of the source (for DOCX, paragraphs and cells counted in reading order)
	 * @param text what it said
	 * @param reason why, in the reader's language
	 */
	public record Line(int line, String text, String reason) {
	}

}
