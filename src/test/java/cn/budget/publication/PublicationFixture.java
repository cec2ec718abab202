package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.PartContent;
import cn.budget.workflow.RoundOpened;
import cn.budget.workflow.Routes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of publication share: the beans, and a disclosure published with a
 * confidential amount ({@link #SECRET}) that must never reach the public.
 */
abstract class PublicationFixture {

	/** A confidential amount that must never reach the public, in any format. */
	static final String SECRET = "4321.98";

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	PublishedFiles files;

	@Autowired
	JdbcTemplate jdbc;

	long publishedWithSecret() {
		RoundOpened round = routes.open("305");
		long id = round.disclosures().get(0).id();
		routes.write("drafter-jy", id, doc -> {
			DisclosureUpdate update = Disclosures.wholeBudgetDisclosure(doc);
			PartContent procurement = update.getParts().get(5);
			procurement.getTables().get(0).getRows().get(4).getCells().put("amount", new CellContent(SECRET, true));
			return update;
		});
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		DisclosureDocument published = routes.document(id);
		assertThat(published.getState().name()).isEqualTo("PUBLISHED");
		return id;
	}

}
