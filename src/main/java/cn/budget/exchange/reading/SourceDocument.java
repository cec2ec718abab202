package cn.budget.exchange.reading;

import java.util.List;

/**
 * A document as read from a file, before it is recognised: its blocks in reading order.
 *
 * @param blocks paragraphs and tables in order; blank paragraphs are left out
 */
public record SourceDocument(List<Block> blocks) {

	public SourceDocument {
		blocks = List.copyOf(blocks);
	}

}
