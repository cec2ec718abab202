package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SeedFindingsTests {

	@Test
	void dump() {
		for (var doc : List.of(Seed000Figures.document(), Seed001Figures.document(), Seed002Figures.document())) {
			System.out.println("==== " + doc.getFiscalYear());
			for (Finding f : Docs.check(doc)) {
				System.out.println("F " + f.severity() + " " + f.rule() + " @" + f.location().label() + " [" + f.location().anchor() + "] exp=" + f.expected() + " act=" + f.actual() + " args=" + f.args());
			}
		}
		assertThat(true).isTrue();
	}

}
