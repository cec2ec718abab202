package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import cn.budget.IntegrationTest;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import cn.budget.support.DatabaseAgnostic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public portal offers the published demo disclosure as Word, Excel and PDF,
 * confidential values masked.
 */
@IntegrationTest
@DatabaseAgnostic
class PublishedDownloadsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureQueries queries;

	@Test
	void thePublishedDemoDisclosureDownloadsMaskedWithoutSigningIn() throws Exception {
		long id = queries.list(Actor.SYSTEM, CopyForwardIntegrationTests.THIS_YEAR - 1, "312").get(0).id();
		byte[] docx = download(id, "docx");
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("平乡县公安局2025年部门预算信息公开", "****", "部门政府采购预算");
		}
		try (var pdf = Loader.loadPDF(download(id, "pdf"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("部门职责及机构设置情况");
		}
		assertThat(download(id, "xlsx")).isNotEmpty();
	}

	private byte[] download(long id, String extension) throws Exception {
		return mvc.perform(get("/public/disclosures/" + id + "." + extension))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
