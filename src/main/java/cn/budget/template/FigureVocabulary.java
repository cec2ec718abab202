package cn.budget.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How running text names the figures of a template, read from
 * {@code template/figure-vocabulary.json}: one source for the import, which takes the
 * figures a text states into the cells that hold them, and for the checks, which compare
 * what a text states with its table. The file's {@code comment} describes its format.
 * <p>
 * Places are written in the content address's text form
 * ({@code overview:table:budget_overview:row:revenue_total:column:current},
 * {@code overview:field:overview_text}); the features that read them parse them.
 *
 * @param up words saying a figure went up (增加)
 * @param down words saying a figure went down (减少)
 * @param previousWords words naming last year (上年, 去年)
 * @param tables the tables whose figures a part's text states
 * @param figures the figures running text names, and their names
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FigureVocabulary(List<String> up, List<String> down, List<String> previousWords, List<Table> tables,
		List<Figure> figures) {

	private static final String LOCATION = "/template/figure-vocabulary.json";

	public FigureVocabulary {
		up = list(up);
		down = list(down);
		previousWords = list(previousWords);
		tables = list(tables);
		figures = list(figures);
	}

	/**
	 * A table whose figures a part's text states.
	 *
	 * @param table the table's key
	 * @param statedIn the address of the part field whose text states them
	 * @param previous the column of last year's figure, or null
	 * @param change the column of the change against last year, or null
	 */
	public record Table(String table, String statedIn, String previous, String change) {
	}

	/**
	 * A figure running text names: a fixed row's cell of this year's figure or a part
	 * field.
	 *
	 * @param figure its address
	 * @param names the words that name it exactly, followed by its amount or its change:
	 * the import takes what follows them into the figure's cell, the checks compare it
	 * with the table
	 * @param looseNames further words the checks compare what follows with the table, but
	 * from which the import takes nothing, as they may begin another item's name
	 * (上年结转专项经费 is not the carry-over)
	 * @param changeNames further words that name it only where its change against last
	 * year is stated (项目经费减少…)
	 * @param wholeWord whether the import counts a name only where it starts a word
	 * (项目支出, not the one project line 交警项目支出)
	 */
	public record Figure(String figure, List<String> names, List<String> looseNames, List<String> changeNames,
			boolean wholeWord) {

		public Figure {
			names = list(names);
			looseNames = list(looseNames);
			changeNames = list(changeNames);
		}

		/** Every word that names the figure. */
		public List<String> allNames() {
			return Stream.of(names, looseNames, changeNames).flatMap(List::stream).toList();
		}

	}

	/** The shipped vocabulary. */
	public static FigureVocabulary shipped() {
		try (InputStream in = FigureVocabulary.class.getResourceAsStream(LOCATION)) {
			return new ObjectMapper().readValue(in, FigureVocabulary.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

}
