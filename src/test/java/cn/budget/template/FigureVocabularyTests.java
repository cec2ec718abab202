package cn.budget.template;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.content.ContentAddress;
import org.junit.jupiter.api.Test;

/**
 * The shared figure vocabulary names only places the budget template has: part fields,
 * and this year's cells of fixed rows in the tables whose text states them.
 */
class FigureVocabularyTests {

	private final FigureVocabulary vocabulary = FigureVocabulary.shipped();

	private final TemplateDefinition budget = ShippedTemplates.current("BUDGET");

	@Test
	void everyFigureIsAFieldOrAFixedRowsCellOfTheTemplate() {
		assertThat(vocabulary.figures()).isNotEmpty().allSatisfy(figure -> {
			ContentAddress at = ContentAddress.parse(figure.figure());
			PartDefinition part = budget.parts()
				.stream()
				.filter(p -> p.key().equals(at.part()))
				.findFirst()
				.orElseThrow();
			if (at.table() == null) {
				assertThat(part.field(at.field())).as(figure.figure()).isPresent();
			}
			else {
				TableDefinition table = part.table(at.table().key()).orElseThrow();
				assertThat(table.fixedRow(at.row().key())).as(figure.figure()).isPresent();
				assertThat(table.column(at.column())).as(figure.figure()).isPresent();
			}
			assertThat(figure.allNames()).as(figure.figure()).isNotEmpty();
		});
	}

	@Test
	void everyTableIsStatedInAFieldOfItsPart() {
		assertThat(vocabulary.tables()).isNotEmpty().allSatisfy(table -> {
			ContentAddress text = ContentAddress.parse(table.statedIn());
			PartDefinition part = budget.parts()
				.stream()
				.filter(p -> p.key().equals(text.part()))
				.findFirst()
				.orElseThrow();
			assertThat(part.field(text.field())).as(table.statedIn()).isPresent();
			TableDefinition definition = part.table(table.table()).orElseThrow();
			for (String column : new String[] { table.previous(), table.change() }) {
				if (column != null) {
					assertThat(definition.column(column)).as(table.table() + " " + column).isPresent();
				}
			}
		});
	}

}
