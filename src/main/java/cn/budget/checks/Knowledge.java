package cn.budget.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.budget.template.FigureVocabulary;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * What the checks know about words: which way an indicator name wants its target, which
 * words fit a level-2 category, which units mean the same, and the words of the text
 * checks. Read from the figure vocabulary the checks share with the import
 * ({@link FigureVocabulary}: change words, last-year words, the names of the figures a
 * part's text states), the shipped {@code checks/*.json} files and then a bureau's own
 * files, in order.
 */
final class Knowledge {

	static final List<String> SHIPPED = List.of("classpath:checks/indicator-directions.json",
			"classpath:checks/text-words.json");

	/** What an indicator wants and the word that says so. */
	record Meaning(Direction direction, String word) {
	}

	private final KnowledgeFile data;

	private final TextPatterns patterns;

	/** Head words, longest first, so that 事故率 wins over 事故 (and 故障降低率 is found whole). */
	private final List<Head> heads;

	private record Head(String word, Direction direction) {
	}

	Knowledge(KnowledgeFile data) {
		this.data = data;
		List<Head> all = new ArrayList<>();
		data.directions().lower().forEach(w -> all.add(new Head(w, Direction.LOWER)));
		data.directions().higher().forEach(w -> all.add(new Head(w, Direction.HIGHER)));
		all.sort(Comparator.comparingInt((Head h) -> h.word().length()).reversed());
		this.heads = List.copyOf(all);
		this.patterns = new TextPatterns(data.text());
	}

	/** The shipped knowledge only. */
	static Knowledge shipped() {
		return load(new DefaultResourceLoader(), List.of());
	}

	/**
	 * The shipped knowledge extended by the given files.
	 * @param extra Spring resource locations, e.g. {@code file:/etc/budget/words.json}
	 * @throws UncheckedIOException when a file cannot be read
	 */
	static Knowledge load(ResourceLoader loader, List<String> extra) {
		ObjectMapper json = new ObjectMapper();
		KnowledgeFile merged = KnowledgeFile.of(FigureVocabulary.shipped());
		List<String> locations = new ArrayList<>(SHIPPED);
		locations.addAll(extra);
		for (String location : locations) {
			Resource resource = loader.getResource(location);
			try (InputStream in = resource.getInputStream()) {
				merged = merged.merge(json.readValue(in, KnowledgeFile.class));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the checks' knowledge file " + location, ex);
			}
		}
		return new Knowledge(merged);
	}

	/**
	 * Which way an indicator wants its target: by an explicit word (反向指标), a ranking
	 * word, or the head word its name ends with; a reduction prefix (降低犯罪率) turns a
	 * 'lower' head round.
	 * @param name the indicator's name, cleaned of units in brackets
	 * @param description its description, may be null
	 * @return the meaning, or empty when the name says nothing about it
	 */
	Optional<Meaning> wanted(String name, String description) {
		String both = name + " " + (description == null ? "" : description);
		for (var explicit : data.directions().explicit().entrySet()) {
			if (both.contains(explicit.getKey())) {
				return Optional.of(new Meaning(explicit.getValue(), explicit.getKey()));
			}
		}
		for (String rank : data.directions().rankWords()) {
			// A ranking wants a small place, whatever it ranks (上级满意度: 全市排名 前8名).
			if (both.contains(rank)) {
				return Optional.of(new Meaning(Direction.LOWER, rank));
			}
		}
		for (Head head : heads) {
			if (name.endsWith(head.word())) {
				boolean reduced = head.direction() == Direction.LOWER
						&& data.directions().reductionPrefixes().stream().anyMatch(name::startsWith);
				return Optional.of(new Meaning(reduced ? Direction.HIGHER : head.direction(), head.word()));
			}
		}
		return Optional.empty();
	}

	/** The category rule for a level-2 category's name, if it has one. */
	Optional<KnowledgeFile.Category> category(String level2) {
		if (level2 == null) {
			return Optional.empty();
		}
		return data.categories().stream().filter(c -> level2.contains(c.match())).findFirst();
	}

	/** Whether two written units mean the same (人 and 名, % and 百分比). */
	boolean sameUnit(String a, String b) {
		String x = normalUnit(a);
		String y = normalUnit(b);
		if (x.equals(y)) {
			return true;
		}
		return data.unitSynonyms().stream().anyMatch(group -> group.contains(x) && group.contains(y));
	}

	static String normalUnit(String unit) {
		return unit == null ? "" : unit.strip().replace("％", "%").replace("﹪", "%");
	}

	KnowledgeFile.TextWords text() {
		return data.text();
	}

	TextPatterns patterns() {
		return patterns;
	}

	List<String> unitsLike(String unit) {
		String u = normalUnit(unit);
		return data.unitSynonyms().stream().filter(g -> g.contains(u)).findFirst().orElse(List.of(u));
	}

}
