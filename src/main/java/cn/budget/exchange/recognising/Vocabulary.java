package cn.budget.exchange.recognising;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.content.ContentAddress;
import cn.budget.template.FigureVocabulary;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words imports recognise documents by, read from {@code exchange/vocabulary.json}:
 * headings of parts and sections per template, and per table its titles, column headers,
 * header fields and fixed rows. Other provinces' spellings are added there, not in code.
 * How running text names figures, and its change words, come from the figure vocabulary
 * the import shares with the checks ({@link FigureVocabulary}).
 *
 * @param templates per template code, its title words and parts
 * @param dutyGoalLabels the labels inside an itemised duty goal, per column of
 * {@code duty_goals}
 * @param unitAliases short names used for units, e.g. 交警 for 交通警察
 * @param rowRoles the labels of total and subtotal rows
 * @param tables per table key, its words
 * @param figures the figures running text names, with their addresses read
 * @param figureWords the shared figure vocabulary they come from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vocabulary(Map<String, TemplateWords> templates, Map<String, List<String>> dutyGoalLabels,
		Map<String, String> unitAliases, Map<String, List<String>> rowRoles, Map<String, TableWords> tables,
		List<Figure> figures, FigureVocabulary figureWords) {

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
	 * A figure of the shared vocabulary ({@link FigureVocabulary.Figure}) with its
	 * address read: a part field or a fixed row's cell (a template that holds the field
	 * or table in another part is matched by the field or table key).
	 */
	public record Figure(ContentAddress target, List<String> names, List<String> changeNames, boolean wholeWord) {

		static Figure of(FigureVocabulary.Figure figure) {
			return new Figure(ContentAddress.parse(figure.figure()), figure.names(), figure.changeNames(),
					figure.wholeWord());
		}

	}

	public static Vocabulary load(ObjectMapper json) {
		try (InputStream in = Vocabulary.class.getResourceAsStream(LOCATION)) {
			Vocabulary read = json.readValue(in, Vocabulary.class);
			FigureVocabulary shared = FigureVocabulary.shipped();
			return new Vocabulary(read.templates, read.dutyGoalLabels, read.unitAliases, read.rowRoles, read.tables,
					shared.figures().stream().filter(Vocabulary::taken).map(Figure::of).toList(), shared);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	// Figures only the checks name (loose names alone) are not the import's.
	private static boolean taken(FigureVocabulary.Figure figure) {
		return !figure.names().isEmpty() || !figure.changeNames().isEmpty();
	}

	public Optional<PartWords> part(String templateCode, String partKey) {
		return Optional.ofNullable(templates.get(templateCode)).map(t -> t.parts().get(partKey));
	}

	public TableWords table(String tableKey) {
		return tables.getOrDefault(tableKey, TableWords.NONE);
	}

}
