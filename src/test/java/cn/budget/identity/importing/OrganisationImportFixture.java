package cn.budget.identity.importing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import cn.budget.identity.Organisation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * What the tests of the organisation import share: the beans they read, and an upload of
 * a file's bytes to the import API as an administrator.
 */
abstract class OrganisationImportFixture {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisation organisation;

	@Autowired
	ObjectMapper json;

	ResultActions upload(byte[] file, String filename, boolean dryRun, boolean skipInvalid) throws Exception {
		return mvc.perform(request(file, filename, dryRun, skipInvalid));
	}

	static MockMultipartHttpServletRequestBuilder request(byte[] file, String filename, boolean dryRun,
			boolean skipInvalid) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/admin/organisation/import");
		request.file(new MockMultipartFile("file", filename, null, file))
			.param("dryRun", String.valueOf(dryRun))
			.param("skipInvalid", String.valueOf(skipInvalid))
			.with(httpBasic("admin", "demo"))
			.with(csrf());
		return request;
	}

	JsonNode body(ResultActions actions) throws Exception {
		return json.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
