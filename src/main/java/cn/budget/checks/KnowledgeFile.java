package cn.budget.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import cn.budget.content.ContentAddress;
import cn.budget.template.FigureVocabulary;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One knowledge file as written ({@code checks/*.json} or a bureau's own): every section
 * optional. Files are merged in order: lists are added to, maps merged, figure sources of
 * the same table merged row by row. The first is the figure vocabulary the checks share
 * with the import ({@link #of(FigureVocabulary)}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record KnowledgeFile(Directions directions, List<Category> categories, List<List<String>> unitSynonyms,
		TextWords text) {

	KnowledgeFile {
		directions = directions == null ? new Directions(null, null, null, null, null) : directions;
		categories = list(categories);
		unitSynonyms = list(unitSynonyms);
		text = text == null ? new TextWords(null, null, null, null, null, null, null) : text;
	}

	/**
	 * The shared figure vocabulary as the checks read it: its change and last-year words,
	 * and per table the text that states its figures and every name of each fixed row.
	 */
	static KnowledgeFile of(FigureVocabulary shared) {
		List<FigureSource> sources = shared.tables().stream().map(t -> FigureSource.of(t, shared.figures())).toList();
		return new KnowledgeFile(null, null, null,
				new TextWords(shared.up(), shared.down(), null, null, null, shared.previousWords(), sources));
	}

	KnowledgeFile merge(KnowledgeFile other) {
		return new KnowledgeFile(directions.merge(other.directions), concat(categories, other.categories),
				concat(unitSynonyms, other.unitSynonyms), text.merge(other.text));
	}

	/** Head words of indicator names and what they want. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Directions(List<String> lower, List<String> higher, List<String> reductionPrefixes,
			Map<String, Direction> explicit, List<String> rankWords) {

		Directions {
			lower = list(lower);
			higher = list(higher);
			reductionPrefixes = list(reductionPrefixes);
			explicit = explicit == null ? Map.of() : explicit;
			rankWords = list(rankWords);
		}

		Directions merge(Directions o) {
			return new Directions(concat(lower, o.lower), concat(higher, o.higher),
					concat(reductionPrefixes, o.reductionPrefixes), union(explicit, o.explicit, (a, b) -> b),
					concat(rankWords, o.rankWords));
		}

	}

	/**
	 * What an indicator under a level-2 category should show: a word, a unit, or a date
	 * target.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Category(String match, List<String> words, List<String> units, boolean dates) {

		Category {
			words = list(words);
			units = list(units);
		}

	}

	/** The words of the text checks. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TextWords(List<String> up, List<String> down, List<String> reasons, List<String> reasonExclusions,
			List<String> leftovers, List<String> previousWords, List<FigureSource> figures) {

		TextWords {
			up = list(up);
			down = list(down);
			reasons = list(reasons);
			reasonExclusions = list(reasonExclusions);
			leftovers = list(leftovers);
			previousWords = list(previousWords);
			figures = list(figures);
		}

		TextWords merge(TextWords o) {
			Map<String, FigureSource> byTable = new LinkedHashMap<>();
			concat(figures, o.figures).forEach(f -> byTable.merge(f.table(), f, FigureSource::merge));
			return new TextWords(concat(up, o.up), concat(down, o.down), concat(reasons, o.reasons),
					concat(reasonExclusions, o.reasonExclusions), concat(leftovers, o.leftovers),
					concat(previousWords, o.previousWords), List.copyOf(byTable.values()));
		}

	}

	/**
	 * Figures of a table that a part's text field states: the columns of this year, last
	 * year and the change, and per fixed row the labels the text uses for it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FigureSource(String part, String field, String table, String current, String previous, String change,
			Map<String, List<String>> rows) {

		FigureSource {
			rows = rows == null ? Map.of() : rows;
		}

		static FigureSource of(FigureVocabulary.Table table, List<FigureVocabulary.Figure> figures) {
			ContentAddress text = ContentAddress.parse(table.statedIn());
			Map<String, List<String>> rows = new LinkedHashMap<>();
			String current = null;
			for (FigureVocabulary.Figure figure : figures) {
				ContentAddress at = ContentAddress.parse(figure.figure());
				if (at.row() != null && table.table().equals(at.table().key())) {
					current = at.column();
					rows.put(at.row().key(), figure.allNames());
				}
			}
			return new FigureSource(text.part(), text.field(), table.table(), current, table.previous(), table.change(),
					rows);
		}

		FigureSource merge(FigureSource o) {
			return new FigureSource(part, field, table, current, previous, change,
					union(rows, o.rows, KnowledgeFile::concat));
		}

	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	private static <K, V> Map<K, V> union(Map<K, V> a, Map<K, V> b, BinaryOperator<V> both) {
		Map<K, V> all = new LinkedHashMap<>(a);
		b.forEach((k, v) -> all.merge(k, v, both));
		return all;
	}

}
