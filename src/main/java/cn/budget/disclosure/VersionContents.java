package cn.budget.disclosure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.budget.shared.Digests;

/**
 * How a frozen version's document is stored: its heading (state, stamps, schedule) in the
 * version's row, its parts — nearly all of its size — once per disclosure and distinct
 * content in {@code version_body}. A publication freezes the parts of the submission it
 * approves, so the two share one body instead of two copies (docs/decisions.md, "Storage
 * per published disclosure"). Bodies are stored deflated ({@code packed}, V39); those
 * stored before are text ({@code body}). Rows frozen before V35 have the whole document
 * in the row and no body.
 */
@Component
class VersionContents {

	private static final TypeReference<List<PartContent>> PARTS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	/** The document's JSON without its parts (a heading). */
	private final ObjectWriter headings;

	VersionContents(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.headings = json.copy().addMixIn(DisclosureDocument.class, WithoutParts.class).writer();
	}

	// Writing the heading directly: a tree of the whole document with its parts removed
	// afterwards built every table's cells as nodes first (351 KB for seed 001).
	@JsonIgnoreProperties("parts")
	private abstract static class WithoutParts {

	}

	/** What the version's row keeps: its heading and the key of its body. */
	record Stored(String heading, String bodyKey) {
	}

	/** Stores the document's parts unless the disclosure has the same parts stored. */
	Stored store(DisclosureDocument document) {
		String body = write(document.getParts());
		String key = Digests.sha256Hex(body);
		// The disclosure's freezes run one at a time (DisclosureVersions.freeze locks its
		// row first), so the check and the insert do not race.
		Integer stored = jdbc.queryForObject("select count(*) from version_body where disclosure_id = ? and sha256 = ?",
				Integer.class, document.getId(), key);
		if (stored == null || stored == 0) {
			jdbc.update("insert into version_body (disclosure_id, sha256, packed) values (?, ?, ?)", document.getId(),
					key, deflate(body));
		}
		return new Stored(heading(document), key);
	}

	/** The document of a version's row. */
	DisclosureDocument read(long disclosureId, String content, String bodyKey) {
		if (bodyKey == null) {
			return read(content, DisclosureDocument.class);
		}
		String body = jdbc.queryForObject(
				"select body, packed from version_body where disclosure_id = ? and sha256 = ?",
				(row, n) -> row.getString(1) != null ? row.getString(1) : inflate(row.getBytes(2)), disclosureId,
				bodyKey);
		return join(content, body);
	}

	/** The document without its parts, as JSON. */
	String heading(DisclosureDocument document) {
		return write(headings, document);
	}

	/** A heading and its parts as one document again. */
	DisclosureDocument join(String heading, String body) {
		DisclosureDocument document = read(heading, DisclosureDocument.class);
		document.setParts(read(body, PARTS));
		return document;
	}

	String write(Object value) {
		return write(json.writer(), value);
	}

	private static String write(ObjectWriter writer, Object value) {
		try {
			return writer.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Deflate at its best level: a body of seed 001, 351 KB of JSON, takes 36 KB, where
	// PostgreSQL's own compression (pglz) of the text stored 63 KB (docs/benchmarks.md).
	static byte[] deflate(String body) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
			stream.write(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return out.toByteArray();
	}

	static String inflate(byte[] packed) {
		try (InflaterInputStream stream = new InflaterInputStream(new ByteArrayInputStream(packed))) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("A frozen version is unreadable", ex);
		}
	}

	private <T> T read(String content, Class<T> type) {
		try {
			return json.readValue(content, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A frozen version is unreadable", ex);
		}
	}

	private <T> T read(String content, TypeReference<T> type) {
		try {
			return json.readValue(content, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A frozen version is unreadable", ex);
		}
	}

}
