package cn.budget.exchange.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain text that Word dumps of disclosures come in: paragraphs as lines, each
 * table cell on its own tab-indented line, blank lines between table rows, merged or
 * blank cells as empty tab lines.
 * <p>
 * A cell holding several paragraphs shows up as a tab line followed by untabbed lines;
 * they stay in that cell. After a blank line an untabbed line still belongs to the last
 * cell when it goes on with that cell's numbered list ({@code 1、…} then {@code 2、…});
 * anything else ends the table.
 */
public final class PlainTextReader {

	private static final Pattern ITEM = Pattern.compile("^[\\s\\u3000]*([（(]?)(\\d{1,2})([）)]|、)");

	private final List<Block> blocks = new ArrayList<>();

	private List<Block.Row> rows;

	private List<Block.Cell> cells;

	private boolean previousWasCell;

	private PlainTextReader() {
	}

	public static SourceDocument read(String text) {
		PlainTextReader reader = new PlainTextReader();
		String[] lines = text.replace("\uFEFF", "").split("\\r?\\n|\\r", -1);
		for (int i = 0; i < lines.length; i++) {
			// A line of nothing but field residue (PAGE \* MERGEFORMAT) is no paragraph
			// and ends no row.
			if (!Characters.onlyFields(lines[i])) {
				reader.accept(i + 1, Characters.read(lines[i]));
			}
		}
		reader.endTable();
		return new SourceDocument(reader.blocks);
	}

	private void accept(int line, String raw) {
		if (raw.startsWith("\t")) {
			if (rows == null) {
				rows = new ArrayList<>();
			}
			if (cells == null) {
				cells = new ArrayList<>();
			}
			cells.add(new Block.Cell(line, raw.substring(1)));
			previousWasCell = true;
			return;
		}
		boolean wasCell = previousWasCell;
		previousWasCell = false;
		if (raw.isBlank()) {
			endRow();
			return;
		}
		if (rows != null && (wasCell || continuesLastCell(raw))) {
			appendToLastCell(raw);
			previousWasCell = wasCell;
			return;
		}
		endTable();
		blocks.add(new Block.Paragraph(line, raw));
	}

	private boolean continuesLastCell(String raw) {
		if (Text.hasFieldCode(raw)) {
			return false;
		}
		Optional<Block.Cell> last = lastCell();
		if (last.isEmpty()) {
			return false;
		}
		String[] cellLines = last.get().text().split("\n");
		Matcher before = ITEM.matcher(cellLines[cellLines.length - 1]);
		Matcher after = ITEM.matcher(raw);
		return before.find() && after.find() && before.group(1).equals(after.group(1))
				&& Integer.parseInt(after.group(2)) == Integer.parseInt(before.group(2)) + 1;
	}

	private Optional<Block.Cell> lastCell() {
		if (cells != null && !cells.isEmpty()) {
			return Optional.of(cells.get(cells.size() - 1));
		}
		if (rows != null && !rows.isEmpty()) {
			List<Block.Cell> lastRow = rows.get(rows.size() - 1).cells();
			return lastRow.isEmpty() ? Optional.empty() : Optional.of(lastRow.get(lastRow.size() - 1));
		}
		return Optional.empty();
	}

	private void appendToLastCell(String raw) {
		List<Block.Cell> target = cells != null && !cells.isEmpty() ? cells
				: new ArrayList<>(rows.remove(rows.size() - 1).cells());
		Block.Cell last = target.remove(target.size() - 1);
		target.add(new Block.Cell(last.line(), last.text() + "\n" + raw));
		if (target != cells) {
			rows.add(new Block.Row(target));
		}
	}

	private void endRow() {
		if (cells != null) {
			rows.add(new Block.Row(cells.stream().map(PlainTextReader::unquoted).toList()));
			cells = null;
		}
	}

	private void endTable() {
		endRow();
		if (rows != null) {
			blocks.add(new Block.Table(List.copyOf(rows)));
			rows = null;
		}
	}

	// Cells holding line breaks sometimes come out quoted the way spreadsheets quote
	// them.
	private static Block.Cell unquoted(Block.Cell cell) {
		String t = cell.text().strip();
		if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"") && t.contains("\n")) {
			return new Block.Cell(cell.line(), t.substring(1, t.length() - 1).strip());
		}
		return cell;
	}

}
