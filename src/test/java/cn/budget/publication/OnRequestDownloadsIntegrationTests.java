package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import cn.budget.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Word and Excel are not stored at publication but rendered when an anonymous visitor
 * downloads them: from the published version, masked, as the same bytes every time (one
 * ETag), and only for a version the portal shows. The PDF, the data package and the CSV
 * stay stored.
 */
@IntegrationTest
class OnRequestDownloadsIntegrationTests extends PublicationFixture {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void onlyThePdfAndTheDataFilesAreStoredAndWordAndExcelAreRenderedMasked() throws Exception {
		long id = publishedWithSecret();
		assertThat(jdbc.queryForList("select extension from published_file where disclosure_id = ?", String.class, id))
			.containsExactlyInAnyOrder("pdf", "json", "csv");

		MockHttpServletResponse docx = download("/public/disclosures/" + id + ".docx", DOCX);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
			theValuesArePublishedAndMasked(PublishedText.of("docx", docx.getContentAsByteArray()));
			assertThat(word.getTables()).isNotEmpty();
		}
		MockHttpServletResponse xlsx = download("/public/disclosures/" + id + "/versions/1.xlsx", XLSX);
		try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			theValuesArePublishedAndMasked(PublishedText.of("xlsx", xlsx.getContentAsByteArray()));
			assertThat(excel.getNumberOfSheets()).isGreaterThan(1);
		}
		assertThat(docx.getHeader("Content-Disposition")).contains("disclosure-" + id + "-v1.docx");
	}

	@Test
	void theSameVersionDownloadsWithTheSameETag() throws Exception {
		long id = publishedWithSecret();
		for (String extension : new String[] { "docx", "xlsx" }) {
			MockHttpServletResponse first = download("/public/disclosures/" + id + "." + extension, null);
			MockHttpServletResponse again = download("/public/disclosures/" + id + "/versions/1." + extension, null);
			assertThat(again.getHeader("ETag")).isNotBlank().isEqualTo(first.getHeader("ETag"));
			assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		}
	}

	@Test
	void anUnknownOrUnpublishedVersionAnswers404AndThePageOffersAllFiveDownloads() throws Exception {
		long id = publishedWithSecret();
		for (String extension : new String[] { "docx", "xlsx", "pdf" }) {
			mvc.perform(get("/public/disclosures/" + id + "/versions/2." + extension)).andExpect(status().isNotFound());
			mvc.perform(get("/public/disclosures/" + Long.MAX_VALUE + "." + extension))
				.andExpect(status().isNotFound());
			mvc.perform(get("/public/disclosures/" + Long.MAX_VALUE + "/versions/1." + extension))
				.andExpect(status().isNotFound());
		}
		String page = mvc.perform(get("/public/disclosures/" + id)).andReturn().getResponse().getContentAsString();
		for (String extension : new String[] { "docx", "xlsx", "pdf", "json", "csv" }) {
			assertThat(page).contains("/public/disclosures/" + id + "/versions/1." + extension);
		}
	}

	private static void theValuesArePublishedAndMasked(String text) {
		assertThat(text.replaceAll("\\s", "")).contains("761.5", "****").doesNotContain(SECRET, "4,321.98");
	}

	private MockHttpServletResponse download(String path, String mediaType) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		if (mediaType != null) {
			assertThat(response.getContentType()).isEqualTo(mediaType);
		}
		return response;
	}

}
