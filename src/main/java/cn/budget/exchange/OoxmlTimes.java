package cn.budget.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Gives a Word or Excel file that POI wrote one fixed time instead of the moment it was
 * written: POI stamps every zip entry and the document's creation time
 * ({@code docProps/core.xml}) with the clock, so the same published version rendered
 * twice would differ. With the version's publication time it is the same bytes in every
 * JVM (one ETag; a backup restored serves what it served before).
 */
final class OoxmlTimes {

	private static final String CORE = "docProps/core.xml";

	private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

	private OoxmlTimes() {
	}

	static byte[] at(byte[] ooxml, Instant at) {
		Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
		// Zip times are local date-times: written in UTC, not the JVM's time zone.
		LocalDateTime time = LocalDateTime.ofInstant(seconds, ZoneOffset.UTC);
		ByteArrayOutputStream out = new ByteArrayOutputStream(ooxml.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				ZipEntry fixed = new ZipEntry(entry.getName());
				fixed.setTimeLocal(time);
				zip.putNextEntry(fixed);
				zip.write(CORE.equals(entry.getName()) ? created(content, seconds) : content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] created(byte[] core, Instant at) {
		String xml = new String(core, StandardCharsets.UTF_8);
		return CREATED.matcher(xml)
			.replaceFirst("$1" + Matcher.quoteReplacement(at.toString()) + "$2")
			.getBytes(StandardCharsets.UTF_8);
	}

}
