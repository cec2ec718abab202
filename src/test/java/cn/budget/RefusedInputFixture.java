package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.PartContent;
import cn.budget.workflow.Routes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the tests of refused input share: a fresh disclosure of 县公安局 on its route, the
 * calls that change it, and the check that a refusal changed nothing.
 */
abstract class RefusedInputFixture {

	static final String LONG_501 = "长".repeat(501);

	@Autowired
	MockMvc mvc;

	@Autowired
	Routes routes;

	@Autowired
	ObjectMapper json;

	DisclosureDocument created() {
		long id = routes.open("312").disclosures().get(0).id();
		return routes.document(id);
	}

	ResultActions putApi(long id, DisclosureUpdate update, String language) throws Exception {
		return mvc.perform(put("/api/disclosures/" + id).with(httpBasic("drafter-ga", "demo"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(update)));
	}

	/**
	 * An update of one part, built on a fresh copy so that the test's snapshot stays as
	 * stored.
	 */
	DisclosureUpdate part(DisclosureDocument document, String key) {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(document.getVersion());
		PartContent part = routes.document(document.getId()).part(key).orElseThrow();
		update.getParts().add(part);
		return update;
	}

	void assertUnchanged(DisclosureDocument before) {
		DisclosureDocument after = routes.document(before.getId());
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getTitle()).isEqualTo(before.getTitle());
		for (PartContent part : before.getParts()) {
			PartContent stored = after.part(part.getKey()).orElseThrow();
			assertThat(stored.getFields()).isEqualTo(part.getFields());
			assertThat(stored.getTables()).isEqualTo(part.getTables());
		}
	}

}
