package cn.budget.exchange.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stray characters of documents written otherwise than the seeds (full-width digits,
 * grouped thousands, doubled percent signs, Word's field residue) read as what they mean.
 */
class CharactersTests {

	@Test
	void strayCharactersAreReadAsTheFiguresTheyMean() {
		assertThat(Characters.read("收入共计１２，３４５．６万元，即12,345.6万元")).isEqualTo("收入共计12，345.6万元，即12345.6万元");
		assertThat(Characters.read("\t100%%")).isEqualTo("\t100%");
		assertThat(Characters.read("完成率≥95％％")).isEqualTo("完成率≥95％");
		assertThat(Characters.read("1,2,3 项")).isEqualTo("1,2,3 项");
		assertThat(Characters.read("\t{ PAGE \\* MERGEFORMAT }")).isEqualTo("\t");
		assertThat(Characters.onlyFields("PAGE \\* MERGEFORMAT")).isTrue();
		assertThat(Characters.onlyFields("PAGE页码")).isFalse();
	}

}
