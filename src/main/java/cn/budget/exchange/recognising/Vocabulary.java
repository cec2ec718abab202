package cn.budget.exchange.recognising;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.disclosure.ContentAddress;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words imports recognise documents by, read from {@code exchange/vocabulary.json}:
 * headings of parts and sections per template, and per table its titles, column headers,
 * header fields and fixed rows. Other provinces' spellings are added there, not in code.
 *
 * @param templates per template code, its title words and parts
 * @param dutyGoalLabels the labels inside an itemised duty goal, per column of
 * {@code duty_goals}
 * @param unitAliases short names used for units, e.g. 交警 for 交通警察
 * @param rowRoles the labels of total and subtotal rows
 * @param tables per table key, its words
 * @param figures phrases that state a figure of the model in running text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vocabulary(Map<String, TemplateWords> templates, Map<String, List<String>> dutyGoalLabels,
		Map<String, String> unitAliases, Map<String, List<String>> rowRoles, Map<String, TableWords> tables,
		List<Figure> figures) {

	private static final String LOCATION = "/exchange/vocabulary.json";

	/** A template's words. */
	public record TemplateWords(List<String> titleWords, Map<String, PartWords> parts) {
	}

	/**
	 * A part's words.
	 *
	 * @param headings words of the part's heading
	 * @param text the field running text goes to, may be null
	 * @param items the list table numbered items go to once the intro text has been given
	 * @param sections per field or table key, the words of its sub-heading or label
	 */
	public record PartWords(List<String> headings, String text, String items, Map<String, List<String>> sections) {

		public PartWords {
			sections = sections == null ? Map.of() : sections;
		}

	}

	/**
	 * A table's words: its titles, and per key the words of its columns, header fields
	 * and fixed rows; the columns whose merged cells are copied down.
	 */
	public record TableWords(List<String> titles, Map<String, List<String>> columns, Map<String, List<String>> header,
			Map<String, List<String>> rows, List<String> fillDown) {

		static final TableWords NONE = new TableWords(List.of(), Map.of(), Map.of(), Map.of(), List.of());

		public TableWords {
			titles = titles == null ? List.of() : titles;
			columns = columns == null ? Map.of() : columns;
			header = header == null ? Map.of() : header;
			rows = rows == null ? Map.of() : rows;
			fillDown = fillDown == null ? List.of() : fillDown;
		}

	}

	/**
	 * A figure the text may state (a part field or a fixed row's cell, named by its
	 * content address, e.g.
	 * {@code overview:table:budget_overview:row:revenue_total:column:current}; a template
	 * that holds the field or table in another part is matched by the field or table
	 * key), the phrases that name it, and whether a phrase names it only as a word of its
	 * own (项目支出, not the one project line 交警项目支出); further phrases that name it only
	 * where its change against last year is stated (项目经费减少…, 部门预算收支安排…较2019年减少…).
	 */
	public record Figure(ContentAddress target, List<String> phrases, boolean wholeWord, List<String> changePhrases) {

		public Figure {
			changePhrases = changePhrases == null ? List.of() : changePhrases;
		}

		public Figure(ContentAddress target, List<String> phrases, boolean wholeWord) {
			this(target, phrases, wholeWord, List.of());
		}

	}

	public static Vocabulary load(ObjectMapper json) {
		try (InputStream in = Vocabulary.class.getResourceAsStream(LOCATION)) {
			return json.readValue(in, Vocabulary.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	public Optional<PartWords> part(String templateCode, String partKey) {
		return Optional.ofNullable(templates.get(templateCode)).map(t -> t.parts().get(partKey));
	}

	public TableWords table(String tableKey) {
		return tables.getOrDefault(tableKey, TableWords.NONE);
	}

}
