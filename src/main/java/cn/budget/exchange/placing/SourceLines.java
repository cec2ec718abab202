package cn.budget.exchange.placing;

import java.util.List;

import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * How the assembler looks at the lines of a source document as a whole: their cleaned
 * text, which short lines are captions of the table below them, which lines before the
 * first part are its title, and the last line read.
 */
final class SourceLines {

	private static final int MAX_CAPTION = 80;

	private static final int CAPTION_LINES = 3;

	private SourceLines() {
	}

	/** A paragraph's text without Word's field residue and stray spaces. */
	static String line(Block.Paragraph paragraph) {
		return Text.clean(Text.withoutFieldCode(paragraph.text()));
	}

	/** The lines of every paragraph, in order. */
	static List<String> paragraphs(List<Block> blocks) {
		return blocks.stream().filter(Block.Paragraph.class::isInstance).map(b -> line((Block.Paragraph) b)).toList();
	}

	/**
	 * Whether the paragraph at an index is a caption: short lines right above a table
	 * (its title, unit, 编制单位 …) describe the table.
	 */
	static boolean isCaption(List<Block> blocks, int index) {
		for (int i = index; i < blocks.size() && i < index + CAPTION_LINES; i++) {
			if (blocks.get(i) instanceof Block.Table) {
				return true;
			}
			String line = line((Block.Paragraph) blocks.get(i));
			if (line.length() > MAX_CAPTION || line.matches(".*[。；;：:]$") || line.contains("，")) {
				return false;
			}
		}
		return false;
	}

	/** Whether a line before the first part reads as a sentence, not as the title. */
	static boolean isSentence(String line) {
		return line.length() > MAX_CAPTION / 2 || line.matches(".*[。：:，,；;]$") || line.matches("^(根据|按照|依据|现将).*");
	}

	/** The last line of a document, for the report's count of lines read. */
	static int lastLine(List<Block> blocks) {
		if (blocks.isEmpty()) {
			return 0;
		}
		Block block = blocks.get(blocks.size() - 1);
		if (block instanceof Block.Table table && !table.rows().isEmpty()) {
			List<Block.Cell> cells = table.rows().get(table.rows().size() - 1).cells();
			return cells.isEmpty() ? block.line() : cells.get(cells.size() - 1).line();
		}
		return block.line();
	}

}
