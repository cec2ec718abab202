package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every bad file gets a 4xx answer with a message a person understands, nothing is
 * stored, and the product goes on working.
 */
@IntegrationTest
@DatabaseAgnostic
class BadInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureQueries queries;

	private int before;

	@BeforeEach
	void count() {
		before = queries.list(Actor.SYSTEM, null, null).size();
	}

	@AfterEach
	void nothingStoredAndStillHealthy() throws Exception {
		assertThat(queries.list(Actor.SYSTEM, null, null)).hasSize(before);
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void aFileOfAnotherTypeIsUnsupported() throws Exception {
		upload("budget.pdf", "%PDF-1.7 not a disclosure".getBytes(StandardCharsets.US_ASCII))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("“budget.pdf”不是可导入的文件类型。请上传 Word 文档（.docx）或从 Word 另存的纯文本（.txt）。"));
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		upload("empty.docx", new byte[0]).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.empty"));
		upload("blank.txt", "\n\n   \n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.empty"));
	}

	@Test
	void aCorruptWordDocumentIsRefused() throws Exception {
		byte[] truncated = java.util.Arrays.copyOf(BadFiles.docx("一、部门职责"), 600);
		upload("broken.docx", truncated).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.corrupt"));
		upload("random.docx", "PK but not really a zip".getBytes(StandardCharsets.US_ASCII))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void anEncryptedWordDocumentIsRefusedInEnglishToo() throws Exception {
		mvc.perform(
				multipart("/api/imports").file(new MockMultipartFile("file", "locked.docx", null, BadFiles.encrypted()))
					.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
					.with(httpBasic("drafter-ga", "demo")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.encrypted"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("This Word document is protected by a password")));
	}

	@Test
	void anExternalEntityIsNeverResolved() throws Exception {
		upload("xxe.docx", BadFiles.withExternalEntity()).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.unsafe"));
	}

	@Test
	void aZipBombIsStoppedBeforeItUnpacks() throws Exception {
		upload("bomb.docx", BadFiles.zipBomb()).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.zipBomb"));
	}

	@Test
	void aFileOverTheLimitIsTooLarge() throws Exception {
		upload("huge.txt", new byte[11 * 1024 * 1024]).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("文件超过 10 MB 的上限，请拆分或压缩后再导入。"));
	}

	@Test
	void aTextWithoutAYearNeedsOne() throws Exception {
		upload("noyear.txt", "部门预算信息公开\n一、部门职责及机构设置情况\n1、维护治安。\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("import.rejected.year"));
	}

	@Test
	void afterAllThatAGoodFileStillImports() throws Exception {
		upload(Seeds.WEIXIAN_2020, Seeds.text(Seeds.WEIXIAN_2020).getBytes(StandardCharsets.UTF_8), Years.next())
			.andExpect(status().isCreated());
		before++;
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return upload(name, content, Years.next());
	}

	private ResultActions upload(String name, byte[] content, int year) throws Exception {
		return mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", name, null, content))
			.param("fiscalYear", name.startsWith("noyear") ? "" : String.valueOf(year))
			.with(httpBasic("drafter-ga", "demo")));
	}

}
