package cn.budget.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

class DumpTests {

	@Test
	void dump() throws Exception {
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		for (String seed : Seeds.ALL) {
			Assembly a = Seeds.assemble(Seeds.text(seed));
			Files.writeString(Path.of("target/dump-" + seed + ".json"), json.writeValueAsString(a.draft().parts()));
			StringBuilder sb = new StringBuilder(a.draft().template().code() + " " + a.draft().title() + "\n");
			a.report().unplaced().forEach(u -> sb.append(u.line()).append(" ").append(u.reason()).append(" ").append(u.args()).append(" ")
				.append(u.text().length() > 60 ? u.text().substring(0, 60) : u.text()).append("\n"));
			Files.writeString(Path.of("target/report-" + seed + ".txt"), sb.toString());
		}
	}

}
