package cn.budget.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a value came from: a table of an imported document, a sentence of its running
 * text, or a drafter's typing. A value placed from a sentence remembers that sentence and
 * its line, so the drafter and the reviewer can see what it was read from; typing over it
 * makes it typed.
 *
 * @param kind TABLE, TEXT or TYPED
 * @param sentence the sentence a TEXT value was read from; null otherwise
 * @param line the line of the source document, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Provenance of a value: read from a table or a sentence of an imported document, or typed")
public record CellSource(Kind kind, String sentence, Integer line) {

	/** How a value came into the model. */
	public enum Kind {

		/** A cell of a table of an imported document. */
		TABLE,

		/** A figure read from a sentence of an imported document's running text. */
		TEXT,

		/** Typed (or changed) by a drafter. */
		TYPED

	}

	/**
	 * Sentences are kept in full up to this length; longer ones are cut with an ellipsis
	 * (and stored in a column of this length).
	 */
	public static final int MAX_SENTENCE = 1000;

	public static final CellSource TYPED = new CellSource(Kind.TYPED, null, null);

	public CellSource {
		if (sentence != null && sentence.length() > MAX_SENTENCE) {
			sentence = sentence.substring(0, MAX_SENTENCE - 1) + "…";
		}
	}

	/** A figure read from a sentence. */
	public static CellSource text(String sentence, int line) {
		return new CellSource(Kind.TEXT, sentence, line > 0 ? line : null);
	}

	/** A cell of a table. */
	public static CellSource table(int line) {
		return new CellSource(Kind.TABLE, null, line > 0 ? line : null);
	}

	/** Whether the value was read from running text. */
	public boolean fromText() {
		return kind == Kind.TEXT;
	}

}
