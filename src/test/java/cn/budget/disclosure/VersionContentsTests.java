package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * A version stored as its heading and its shared parts reads back as the very document
 * that was frozen: exact amounts, instants to the nanosecond, sources and confidential
 * flags.
 */
class VersionContentsTests {

	@Test
	void headingAndPartsJoinToTheFrozenDocument() throws Exception {
		// As Spring Boot configures it (ISO dates), and with numeric timestamps.
		joinsToTheFrozenDocument(Jackson2ObjectMapperBuilder.json()
			.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build());
		joinsToTheFrozenDocument(Jackson2ObjectMapperBuilder.json().build());
	}

	private void joinsToTheFrozenDocument(ObjectMapper json) throws Exception {
		VersionContents contents = new VersionContents(null, json);
		DisclosureDocument frozen = json.readValue(
				"""
						{"id":7,"departmentCode":"312","departmentName":"县公安局","fiscalYear":2026,"title":"预算",
						 "version":3,"state":"APPROVED","roundId":4,"approvalDate":"2026-03-02",
						 "updatedAt":"2026-03-02T01:02:03.123456789Z","updatedBy":"drafter-ga",
						 "parts":[{"key":"p","title":"一、部门职责","fields":{"f":{"value":"说明","confidential":false}},
						  "tables":[{"key":"t1","confidential":true,"rows":[{"key":"r","level":1,"role":"DATA",
						   "cells":{"amount":{"value":"12345678901234567.123456","amount":12345678901234567.123456,
						    "confidential":true,"source":{"kind":"TEXT","sentence":"收入12345678901234567.123456元","line":3}}}}]}]}]}
						""",
				DisclosureDocument.class);
		String heading = contents.heading(frozen);
		String parts = contents.write(frozen.getParts());

		assertThat(heading).doesNotContain("parts").contains("123456789");
		// The same text as the headings stored before it was written directly.
		ObjectNode tree = json.valueToTree(frozen);
		tree.remove("parts");
		assertThat(heading).isEqualTo(json.writeValueAsString(tree));
		assertThat(contents.write(contents.join(heading, parts))).isEqualTo(contents.write(frozen))
			.contains("12345678901234567.123456");
	}

}
