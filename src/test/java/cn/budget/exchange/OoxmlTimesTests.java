package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A Word or Excel file rendered on request carries the version's publication time, not
 * the clock's: whenever it was written, the same content is the same bytes.
 */
class OoxmlTimesTests {

	private static final Instant PUBLISHED = Instant.parse("2025-03-14T09:26:53.589Z");

	@Test
	void everyTimeInTheFileIsThePublicationTime() throws Exception {
		byte[] stamped = OoxmlTimes.at(written(), PUBLISHED);

		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(stamped))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				// Zip times count in steps of two seconds.
				assertThat(entry.getTimeLocal()).as(entry.getName())
					.isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 26, 52));
			}
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(stamped))) {
			assertThat(document.getProperties().getCoreProperties().getCreated())
				.isEqualTo(Date.from(Instant.parse("2025-03-14T09:26:53Z")));
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("部门预算");
		}
	}

	@Test
	void theSameContentWrittenAtAnotherTimeIsTheSameBytes() throws Exception {
		byte[] written = written();
		// The same file as if written at another time: other entry and creation times.
		byte[] writtenLater = OoxmlTimes.at(written, Instant.parse("2031-01-01T00:00:00Z"));
		assertThat(writtenLater).isNotEqualTo(OoxmlTimes.at(written, PUBLISHED));

		assertThat(OoxmlTimes.at(writtenLater, PUBLISHED)).isEqualTo(OoxmlTimes.at(written, PUBLISHED));
	}

	private static byte[] written() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("部门预算");
			document.write(out);
			return out.toByteArray();
		}
	}

}
