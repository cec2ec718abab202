package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.budget.exchange.reading.Text;

/**
 * What an import could not place: every such line with its text and the reason, in line
 * order. Nothing that was read is dropped without showing up here.
 */
public final class ImportReport {

	/**
	 * A line (or table row or cell) that found no place in the model.
	 *
	 * @param line the line in the source (for DOCX: the paragraph or cell in reading
	 * order)
	 * @param text what it said
	 * @param reason a message key of {@code exchange.properties}
	 * @param args the message's arguments
	 * @param part the key of the part being read when it was met, or null before the
	 * first part
	 */
	public record Unplaced(int line, String text, String reason, List<Object> args, String part) {
	}

	/**
	 * A problem with a value, shown inside a reason: a message key with its arguments.
	 */
	public record Problem(String messageKey, Object[] args) {
	}

	private final List<Unplaced> unplaced = new ArrayList<>();

	private final List<Unplaced> notes = new ArrayList<>();

	private int lines;

	private String part;

	/** The part what follows belongs to, for the counts per part. */
	public void inPart(String partKey) {
		this.part = partKey;
	}

	public void unplaced(int line, String text, String reason, Object... args) {
		unplaced.add(new Unplaced(line, Text.clean(text), reason, List.of(args), part));
	}

	/**
	 * Notes how something was read that the reader should know, e.g. which unit a table
	 * went to.
	 */
	public void note(int line, String text, String reason, Object... args) {
		notes.add(new Unplaced(line, Text.clean(text), reason, List.of(args), part));
	}

	public List<Unplaced> notes() {
		return List.copyOf(notes);
	}

	/** Counts the lines read, for the summary. */
	public void read(int count) {
		lines = Math.max(lines, count);
	}

	public int lines() {
		return lines;
	}

	public List<Unplaced> unplaced() {
		List<Unplaced> sorted = new ArrayList<>(unplaced);
		sorted.sort(Comparator.comparingInt(Unplaced::line));
		return sorted;
	}

}
